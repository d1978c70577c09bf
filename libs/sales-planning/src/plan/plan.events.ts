import type { Event } from '#app/eventsourcing';
import type { Metric, Money } from '../shared/metric.js';

/** The persisted contract of the plan stream. A shape here is never edited: add `<Type>.v2` and an upcaster. */

export interface CompanyTarget {
  metric: Metric;
  amount: number;
  currency?: string;
}

export interface TargetLine {
  salespersonId: string;
  salespersonName: string;
  metric: Metric;
  amount: number;
  currency?: string;
}

export interface SubPlans {
  paymentCollection: string;
  pricingStrategy: string;
  channelStrategy: string;
  advertisingAndPromotion: string;
  staffingAndTraining: string;
  appraisalRuleChanges: string;
  productStrategy: string;
}

export interface MarketIndicator {
  indicator: string;
  assessment: string;
}

interface PlanRef {
  planId: string;
  team: string;
  period: string;
}

export type PlanOpened = Event<
  'PlanOpened',
  PlanRef & { currency: string; companyTargets: CompanyTarget[]; problems: string[]; notes?: string; openedBy: string }
>;

export type PlanSubmitted = Event<
  'PlanSubmitted',
  PlanRef & {
    version: number;
    targets: TargetLine[];
    profitTarget: Money;
    expenseBudget: { amount: Money; controlNotes: string };
    subPlans: SubPlans;
    otherContent?: string;
    submittedBy: string;
  }
>;

export type PlanApproved = Event<'PlanApproved', PlanRef & { version: number; approvedBy: string; comment?: string }>;
export type PlanRejected = Event<'PlanRejected', PlanRef & { version: number; rejectedBy: string; reason: string }>;

export type PlanBookSubmitted = Event<
  'PlanBookSubmitted',
  PlanRef & { version: number; outlook: string; marketIndicators: MarketIndicator[]; submittedBy: string }
>;
export type PlanBookApproved = Event<'PlanBookApproved', PlanRef & { version: number; approvedBy: string; comment?: string }>;
export type PlanBookRejected = Event<'PlanBookRejected', PlanRef & { version: number; rejectedBy: string; reason: string }>;

export type ActualRecorded = Event<
  'ActualRecorded',
  PlanRef & {
    salespersonId: string;
    metric: Metric;
    amount: number;
    currency?: string;
    date: string;
    reference: string;
    recordedBy: string;
  }
>;

export type PlanEvent =
  | PlanOpened
  | PlanSubmitted
  | PlanApproved
  | PlanRejected
  | PlanBookSubmitted
  | PlanBookApproved
  | PlanBookRejected
  | ActualRecorded;

export const PLAN_EVENT_TYPES: readonly PlanEvent['type'][] = [
  'PlanOpened',
  'PlanSubmitted',
  'PlanApproved',
  'PlanRejected',
  'PlanBookSubmitted',
  'PlanBookApproved',
  'PlanBookRejected',
  'ActualRecorded',
];
