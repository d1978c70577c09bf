import type { Money } from '#app/shared-kernel';
import type { PlanAttempt } from '../../application/conversion-attribution.events.js';
import type { CreditGrade } from '../../prospect/credit-grade.js';

/** pending: the conversion process has not answered yet; attributed: a plan counts it; unattributed: no executing plan took it. */
export const CONVERSION_STATUSES = ['pending', 'attributed', 'unattributed'] as const;
export type ConversionStatus = (typeof CONVERSION_STATUSES)[number];

/** A `new_customers` actual with the reference `prospect:<id>`, by the conversion process or by hand. */
export interface ConversionActual {
  planId: string;
  period: string;
  salespersonId: string;
  date: string;
  recordedBy: string;
}

/** The conversion ledger: every converted prospect and how it counts on the team's plans (ListConversions answers the documents as they are). */
export interface ConversionDocument {
  id: string;
  prospectId: string;
  team: string;
  name: string;
  salespersonId: string;
  convertedOn: string;
  convertedBy: string;
  grade: CreditGrade;
  suggestedCreditLimit: Money;
  status: ConversionStatus;
  /** More than one would be counting the conversion twice. */
  actuals: ConversionActual[];
  /** The plans tried and why none took the conversion; kept after a later attribution by hand. */
  unattributedAttempts: PlanAttempt[];
  unattributedOn: string | null;
  lastPosition: number;
}
