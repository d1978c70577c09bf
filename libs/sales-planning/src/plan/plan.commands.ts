import type { Command } from '#app/eventsourcing';
import type { Money } from '#app/shared-kernel';
import type { CarryOverLine, FollowUpItemKind, MarketIndicator, Rating, SalespersonReview, SubPlans } from './plan.events.js';

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
/** `salespersonId`, when given, must be the actor: a salesperson records actuals for themself only. */
export type RecordActual = Command<
  'RecordActual',
  { planId: string; metric: string; amount: number; currency?: string; date: string; reference: string; salespersonId?: string }
>;

/**
 * Issued by the conversion process (actor `system`), never over HTTP: a converted prospect counts
 * as one `new_customers` actual for the salesperson who converted it.
 */
export type RecordConversionActual = Command<
  'RecordConversionActual',
  { planId: string; salespersonId: string; prospectId: string; convertedOn: string }
>;

export type RecordProgressReview = Command<'RecordProgressReview', { planId: string; reviewDate: string; reviews: SalespersonReview[] }>;

export type SubmitDifficultyReport = Command<
  'SubmitDifficultyReport',
  {
    planId: string;
    difficulty: string;
    cause: 'internal' | 'external';
    evidence: string;
    supportRequested: string;
    proposals: { metric: string; proposedTarget: number }[];
    effectiveFrom: string;
  }
>;

export type ProposeTargetAdjustment = Command<
  'ProposeTargetAdjustment',
  { planId: string; changes: { salespersonId: string; metric: string; to: number }[]; reason: string; difficultyReports?: number[] }
>;
export type ApproveTargetAdjustment = Command<'ApproveTargetAdjustment', { planId: string; adjustmentNumber: number; comment?: string }>;
export type RejectTargetAdjustment = Command<'RejectTargetAdjustment', { planId: string; adjustmentNumber: number; reason: string }>;

/** The supervisor's comment on an item of the follow-up sheet (目标跟进表): a salesperson's review finding or difficulty report. */
export type CommentOnFollowUpItem = Command<
  'CommentOnFollowUpItem',
  { planId: string; salespersonId: string; item: FollowUpItemKind; number: number; comment: string }
>;

export type SubmitPersonalSummary = Command<'SubmitPersonalSummary', { planId: string; summary: string }>;
export type SubmitTeamSummary = Command<'SubmitTeamSummary', { planId: string; summary: string; analysis: string }>;

export type AppraisePlan = Command<
  'AppraisePlan',
  {
    planId: string;
    rating: Rating;
    comments: string;
    salespersonRatings?: { salespersonId: string; rating: Rating; comment?: string }[];
  }
>;
export type ReviseAppraisal = Command<
  'ReviseAppraisal',
  { planId: string; corrections: { salespersonId: string; metric: string; field: 'effectiveTarget' | 'actual'; to: number; reason: string }[] }
>;
export type ApproveAppraisal = Command<'ApproveAppraisal', { planId: string; comment?: string }>;
export type RejectAppraisal = Command<'RejectAppraisal', { planId: string; reason: string }>;
export type PublishResults = Command<'PublishResults', { planId: string }>;

/** Issued by the carry-over process (actor `system`), never over HTTP. */
export type ReceiveCarryOver = Command<
  'ReceiveCarryOver',
  { planId: string; team: string; period: string; sourcePlanId: string; sourcePeriod: string; lines: CarryOverLine[] }
>;
export type WaiveCarryOver = Command<'WaiveCarryOver', { planId: string; lineId: string; reason: string }>;

export type PlanCommand =
  | OpenPlan
  | SubmitPlan
  | ApprovePlan
  | RejectPlan
  | SubmitPlanBook
  | ApprovePlanBook
  | RejectPlanBook
  | RecordActual
  | RecordConversionActual
  | RecordProgressReview
  | SubmitDifficultyReport
  | ProposeTargetAdjustment
  | ApproveTargetAdjustment
  | RejectTargetAdjustment
  | CommentOnFollowUpItem
  | SubmitPersonalSummary
  | SubmitTeamSummary
  | AppraisePlan
  | ReviseAppraisal
  | ApproveAppraisal
  | RejectAppraisal
  | PublishResults
  | ReceiveCarryOver
  | WaiveCarryOver;
