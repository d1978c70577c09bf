import type { Command } from '#app/eventsourcing';
import type { Money } from '../shared/metric.js';
import type { MarketIndicator, SubPlans } from './plan.events.js';

export interface QuantityInput {
  metric: string;
  amount: number;
  currency?: string;
}

export interface TargetInput extends QuantityInput {
  salespersonId: string;
  salespersonName: string;
}

export type OpenPlan = Command<
  'OpenPlan',
  { planId: string; team: string; period: string; currency: string; companyTargets: QuantityInput[]; problems: string[]; notes?: string }
>;

export type SubmitPlan = Command<
  'SubmitPlan',
  {
    planId: string;
    targets: TargetInput[];
    profitTarget: Money;
    expenseBudget: { amount: Money; controlNotes: string };
    subPlans: SubPlans;
    otherContent?: string;
  }
>;

export type ApprovePlan = Command<'ApprovePlan', { planId: string; comment?: string }>;
export type RejectPlan = Command<'RejectPlan', { planId: string; reason: string }>;
export type SubmitPlanBook = Command<'SubmitPlanBook', { planId: string; outlook: string; marketIndicators: MarketIndicator[] }>;
export type ApprovePlanBook = Command<'ApprovePlanBook', { planId: string; comment?: string }>;
export type RejectPlanBook = Command<'RejectPlanBook', { planId: string; reason: string }>;
export type RecordActual = Command<
  'RecordActual',
  { planId: string; metric: string; amount: number; currency?: string; date: string; reference: string }
>;

export type PlanCommand =
  | OpenPlan
  | SubmitPlan
  | ApprovePlan
  | RejectPlan
  | SubmitPlanBook
  | ApprovePlanBook
  | RejectPlanBook
  | RecordActual;
