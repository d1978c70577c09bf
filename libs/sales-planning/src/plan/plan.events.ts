import type { Event } from '#app/eventsourcing';
import { decisionTypesOf, eventTypesOf, type DecisionTable, type DecisionType, type ExplainedKind, type Metric, type Money } from '#app/shared-kernel';
import type { TeamSummarySubmittedV2 } from './team-summary-submitted.v2.js';

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


export interface ReviewAction {
  action: string;
  owner: string;
  deadline: string;
}

export interface SalespersonReview {
  salespersonId: string;
  findings: string;
  rating: 'on_track' | 'needs_attention' | 'off_track';
  actions: ReviewAction[];
  comment?: string;
}

export type ProgressReviewRecorded = Event<
  'ProgressReviewRecorded',
  PlanRef & { reviewNumber: number; reviewDate: string; reviews: SalespersonReview[]; reviewedBy: string }
>;

export interface ProposedTarget {
  metric: Metric;
  originalTarget: number;
  proposedTarget: number;
}

export type DifficultyReportSubmitted = Event<
  'DifficultyReportSubmitted',
  PlanRef & {
    reportNumber: number;
    salespersonId: string;
    difficulty: string;
    cause: 'internal' | 'external';
    evidence: string;
    supportRequested: string;
    proposals: ProposedTarget[];
    effectiveFrom: string;
    submittedBy: string;
  }
>;

export interface TargetChange {
  salespersonId: string;
  metric: Metric;
  from: number;
  to: number;
}

export type TargetAdjustmentProposed = Event<
  'TargetAdjustmentProposed',
  PlanRef & { adjustmentNumber: number; changes: TargetChange[]; reason: string; difficultyReports: number[]; proposedBy: string }
>;
export type TargetAdjustmentApproved = Event<
  'TargetAdjustmentApproved',
  PlanRef & { adjustmentNumber: number; changes: TargetChange[]; approvedBy: string; comment?: string }
>;
export type TargetAdjustmentRejected = Event<
  'TargetAdjustmentRejected',
  PlanRef & { adjustmentNumber: number; rejectedBy: string; reason: string }
>;

/** The items of the follow-up sheet a supervisor comments on: a review's finding about a salesperson, or a difficulty report. */
export const FOLLOW_UP_ITEM_KINDS = ['review', 'difficulty_report'] as const;
export type FollowUpItemKind = (typeof FOLLOW_UP_ITEM_KINDS)[number];

export type FollowUpItemCommented = Event<
  'FollowUpItemCommented',
  PlanRef & { salespersonId: string; item: FollowUpItemKind; number: number; comment: string; commentedBy: string }
>;

export interface MetricTotal {
  metric: Metric;
  target: number;
  actual: number;
  currency?: string;
}

export type PersonalSummarySubmitted = Event<
  'PersonalSummarySubmitted',
  PlanRef & { salespersonId: string; summary: string; totals: MetricTotal[]; submittedBy: string }
>;

export type TeamSummarySubmitted = Event<
  'TeamSummarySubmitted',
  PlanRef & { summary: string; analysis: string; totals: MetricTotal[]; submittedBy: string }
>;

/** A part of a shortfall with its own history: where it first arose and every period it passed through. */
export interface ShortfallPiece {
  /** The carried line this piece continues, absent for a shortfall that arose in this period. */
  lineId?: string;
  originPeriod: string;
  path: string[];
  amount: number;
}

export interface AppraisalItem {
  salespersonId: string;
  salespersonName: string;
  metric: Metric;
  currency?: string;
  baseTarget: number;
  carriedIn: number;
  adjustments: number;
  effectiveTarget: number;
  actual: number;
  /** actual ÷ effective target in basis points (10000 = 100 %); null when there is no target (Decision 4). */
  completionBasisPoints: number | null;
  /** Decision 6: max(0, effective target − actual). */
  shortfall: number;
  pieces: ShortfallPiece[];
  /** Carried lines (by id) and how much of each the actuals settled. */
  settled: { lineId: string; amount: number }[];
}

export type Rating = 'excellent' | 'good' | 'satisfactory' | 'poor';

export type PlanAppraised = Event<
  'PlanAppraised',
  PlanRef & {
    items: AppraisalItem[];
    rating: Rating;
    comments: string;
    salespersonRatings: { salespersonId: string; rating: Rating; comment?: string }[];
    appraisedBy: string;
  }
>;

export interface AppraisalCorrection {
  salespersonId: string;
  metric: Metric;
  field: 'effectiveTarget' | 'actual';
  from: number;
  to: number;
  reason: string;
}

export type AppraisalRevised = Event<
  'AppraisalRevised',
  PlanRef & { revision: number; corrections: AppraisalCorrection[]; items: AppraisalItem[]; revisedBy: string }
>;
export type AppraisalApproved = Event<'AppraisalApproved', PlanRef & { revision: number; approvedBy: string; comment?: string }>;
export type AppraisalRejected = Event<'AppraisalRejected', PlanRef & { revision: number; rejectedBy: string; reason: string }>;

export interface CarryOverLine {
  lineId: string;
  salespersonId: string;
  salespersonName: string;
  metric: Metric;
  amount: number;
  currency?: string;
  originPeriod: string;
  /** Every period the line passed through, oldest first, ending with the period it was unmet in. */
  path: string[];
  sourcePlanId: string;
}

export type ResultsPublished = Event<
  'ResultsPublished',
  PlanRef & {
    items: AppraisalItem[];
    carryOver: CarryOverLine[];
    nextPeriod: string;
    nextPlanId: string;
    publishedBy: string;
  }
>;

export type CarryOverReceived = Event<
  'CarryOverReceived',
  PlanRef & { sourcePlanId: string; sourcePeriod: string; lines: CarryOverLine[]; appliedAs: 'pending_approval' | 'active' }
>;

export type CarryOverWaived = Event<
  'CarryOverWaived',
  PlanRef & { lineId: string; salespersonId: string; metric: Metric; amount: number; originPeriod: string; waivedBy: string; reason: string }
>;

export type PlanEvent =
  | PlanOpened
  | PlanSubmitted
  | PlanApproved
  | PlanRejected
  | PlanBookSubmitted
  | PlanBookApproved
  | PlanBookRejected
  | ActualRecorded
  | ProgressReviewRecorded
  | DifficultyReportSubmitted
  | TargetAdjustmentProposed
  | TargetAdjustmentApproved
  | TargetAdjustmentRejected
  | FollowUpItemCommented
  | PersonalSummarySubmitted
  | TeamSummarySubmitted
  | TeamSummarySubmittedV2
  | PlanAppraised
  | AppraisalRevised
  | AppraisalApproved
  | AppraisalRejected
  | ResultsPublished
  | CarryOverReceived
  | CarryOverWaived;

export const PLAN_DECISION_SUBJECTS = ['plan', 'plan_book', 'target_adjustment', 'appraisal', 'carry_over', 'results'] as const;
export type PlanDecisionSubject = (typeof PLAN_DECISION_SUBJECTS)[number];

const approval = <S extends PlanDecisionSubject>(subject: S) => ({ decision: 'approval', subject }) as const;
const rejection = <S extends PlanDecisionSubject>(subject: S) => ({ decision: 'rejection', subject }) as const;

/**
 * Every event type of the plan stream, and which of them are decisions an auditor lists (the
 * decision log) and explains: approvals, rejections, waivers and publications.
 */
export const PLAN_DECISIONS = {
  PlanOpened: null,
  PlanSubmitted: null,
  PlanApproved: approval('plan'),
  PlanRejected: rejection('plan'),
  PlanBookSubmitted: null,
  PlanBookApproved: approval('plan_book'),
  PlanBookRejected: rejection('plan_book'),
  ActualRecorded: null,
  ProgressReviewRecorded: null,
  DifficultyReportSubmitted: null,
  TargetAdjustmentProposed: null,
  TargetAdjustmentApproved: approval('target_adjustment'),
  TargetAdjustmentRejected: rejection('target_adjustment'),
  FollowUpItemCommented: null,
  PersonalSummarySubmitted: null,
  TeamSummarySubmitted: null,
  'TeamSummarySubmitted.v2': null,
  PlanAppraised: null,
  AppraisalRevised: null,
  AppraisalApproved: approval('appraisal'),
  AppraisalRejected: rejection('appraisal'),
  ResultsPublished: { decision: 'publication', subject: 'results' },
  CarryOverReceived: null,
  CarryOverWaived: { decision: 'waiver', subject: 'carry_over' },
} as const satisfies DecisionTable<PlanEvent['type'], PlanDecisionSubject>;

/**
 * Plan events that are not decisions but follow from one, and that auditors can have explained like
 * one (ExplainDecision): a carried-in line follows from the publication of its period's results,
 * which its correlation id leads to (Decision 7).
 */
export const PLAN_EXPLAINED_CONSEQUENCES = {
  CarryOverReceived: { decision: 'carry_over', subject: 'carry_over' },
} as const satisfies Partial<Record<PlanEvent['type'], { decision: ExplainedKind; subject: PlanDecisionSubject }>>;

export const PLAN_EVENT_TYPES: readonly PlanEvent['type'][] = eventTypesOf<PlanEvent['type']>(PLAN_DECISIONS);

export type PlanDecisionType = DecisionType<typeof PLAN_DECISIONS>;
export type PlanDecisionEvent = Extract<PlanEvent, { type: PlanDecisionType }>;

export const PLAN_DECISION_TYPES: readonly PlanDecisionType[] = decisionTypesOf(PLAN_DECISIONS);
