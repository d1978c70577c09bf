import type { Money } from '#app/shared-kernel';
import type { SizeClass } from '../../shared/size-class.js';
import type { CreditGrade } from '../../prospect/credit-grade.js';
import type { DevelopmentStage, PaymentBehaviour, ProspectContact } from '../../prospect/prospect.events.js';
import type { ProspectStatus } from '../../prospect/prospect.js';

/** The dates a user of the list looks for (YYYY-MM-DD); null until the step happened. */
export interface ProspectKeyDates {
  addedOn: string;
  /** investigatedOn of the latest credit check. */
  lastCreditCheckOn: string | null;
  screenedAsKeyOn: string | null;
  applicationSubmittedOn: string | null;
  approvedOn: string | null;
  developmentStartedOn: string | null;
  /** The day the latest development report was filed. */
  lastReportOn: string | null;
  convertedOn: string | null;
  /** Converted, stopped or abandoned; cleared when a new credit check re-opens a stopped prospect. */
  closedOn: string | null;
}

export interface CreditCheckSummary {
  checkNumber: number;
  grade: CreditGrade;
  totalPoints: number;
  suggestedCreditLimit: Money;
  paymentBehaviour: PaymentBehaviour;
  investigatedOn: string;
}

/** A row of the potential customer list 潜在客户名单 (ListProspects). */
export interface ProspectListItem {
  id: string;
  prospectId: string;
  team: string;
  name: string;
  normalisedName: string;
  industry: string;
  region: string;
  size: SizeClass;
  contact: ProspectContact;
  source: string;
  initialAssessment: string;
  registrationNumber: string | null;
  assignedSalespersonId: string | null;
  assignedSalespersonName: string | null;
  status: ProspectStatus;
  latestCreditGrade: CreditGrade | null;
  latestCreditCheck: CreditCheckSummary | null;
  /** From the development application, then from the latest report that gives one. */
  expectedDealValue: Money | null;
  /** The stage of the latest development report. */
  developmentStage: DevelopmentStage | null;
  reportCount: number;
  keyDates: ProspectKeyDates;
  updatedAt: string;
  lastPosition: number;
}
