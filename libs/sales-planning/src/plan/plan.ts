import { deterministicUuid } from '#app/eventsourcing';
import { isMoneyMetric, type Metric } from '#app/shared-kernel';
import type { LineInput } from './appraisal.js';
import type { AppraisalItem, CarryOverLine, CompanyTarget, FollowUpItemKind, PlanEvent, TargetChange, TargetLine } from './plan.events.js';

export const PLAN_STATUSES = [
  'draft',
  'submitted',
  'rejected',
  'approved',
  'book_submitted',
  'book_rejected',
  'executing',
  'summarised',
  'appraised',
  'appraisal_revised',
  'appraisal_approved',
  'appraisal_rejected',
  'published',
] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** pending_approval until the plan is approved (Decision 7), then active; waived by a manager. */
export const CARRIED_LINE_STATUSES = ['pending_approval', 'active', 'waived'] as const;

export interface CarriedLine extends CarryOverLine {
  status: (typeof CARRIED_LINE_STATUSES)[number];
}

export interface OpenPlanState {
  status: PlanStatus;
  planId: string;
  team: string;
  period: string;
  currency: string;
  companyTargets: CompanyTarget[];
  problems: string[];
  planVersion: number;
  planSubmittedBy?: string;
  bookVersion: number;
  bookSubmittedBy?: string;
  /** Base targets of the latest submitted version. */
  targets: TargetLine[];
  carriedIn: CarriedLine[];
  /** Approved adjustment deltas per `salespersonId:metric`. */
  adjustments: Record<string, number>;
  adjustmentCount: number;
  pendingAdjustment?: { adjustmentNumber: number; changes: TargetChange[]; proposedBy: string };
  reviewCount: number;
  difficultyReportCount: number;
  /** The follow-up sheet's items a supervisor may comment on, as `followUpItemKey`s. */
  followUpItems: string[];
  /** Sum of recorded actuals per `salespersonId:metric`. */
  actuals: Record<string, number>;
  personalSummaries: string[];
  teamSummaryBy?: string;
  appraisal?: { items: AppraisalItem[]; appraisedBy: string; revision: number; revisedBy?: string };
}

/** Before PlanOpened a stream may already hold carried lines waiting for the plan (Decision 7). */
export type PlanState = { status: 'none'; pendingCarryIn: CarriedLine[]; team?: string; period?: string } | OpenPlanState;

export const initialState = (): PlanState => ({ status: 'none', pendingCarryIn: [] });

/** The plan's status after each event; null keeps the status it had. */
export const PLAN_STATUS_AFTER: { readonly [T in PlanEvent['type']]: PlanStatus | null } = {
  PlanOpened: 'draft',
  PlanSubmitted: 'submitted',
  PlanApproved: 'approved',
  PlanRejected: 'rejected',
  PlanBookSubmitted: 'book_submitted',
  PlanBookApproved: 'executing',
  PlanBookRejected: 'book_rejected',
  ActualRecorded: null,
  ProgressReviewRecorded: null,
  DifficultyReportSubmitted: null,
  TargetAdjustmentProposed: null,
  TargetAdjustmentApproved: null,
  TargetAdjustmentRejected: null,
  FollowUpItemCommented: null,
  PersonalSummarySubmitted: null,
  TeamSummarySubmitted: 'summarised',
  'TeamSummarySubmitted.v2': 'summarised',
  PlanAppraised: 'appraised',
  AppraisalRevised: 'appraisal_revised',
  AppraisalApproved: 'appraisal_approved',
  AppraisalRejected: 'appraisal_rejected',
  ResultsPublished: 'published',
  CarryOverReceived: null,
  CarryOverWaived: null,
};

/** Carried lines received while the plan has not been approved await the manager's approval with it (Decision 7). */
export const carriedLinesOf = (lines: readonly CarryOverLine[], appliedAs: CarriedLine['status']): CarriedLine[] => lines.map((l) => ({ ...l, status: appliedAs }));

/** One plan per team × period (spec): the id is derived from them, so a second OpenPlan meets the first. */
export const planIdFor = (team: string, period: string): string => deterministicUuid(`plan:${team}:${period}`);

export const planStream = (planId: string): string => `plan-${planId}`;

export const followUpItemKey = (item: FollowUpItemKind, number: number, salespersonId: string): string => `${item}:${number}:${salespersonId}`;

export const salespersonOfFollowUpItem = (key: string): string => key.split(':').slice(2).join(':');

export const lineKey = (salespersonId: string, metric: Metric | string): string => `${salespersonId}:${metric}`;

/** What the lines of a plan are made of: the decider's state has it, and so has the tracking sheet. */
export type PlanLineFacts = Pick<OpenPlanState, 'currency' | 'targets' | 'carriedIn' | 'adjustments' | 'actuals'>;

/** Every salesperson × metric line of the plan with the parts of its effective target. */
export function planLines(state: PlanLineFacts): LineInput[] {
  const lines = new Map<string, LineInput>();
  const line = (salespersonId: string, salespersonName: string, metric: Metric): LineInput => {
    const key = lineKey(salespersonId, metric);
    let l = lines.get(key);
    if (!l) {
      l = {
        salespersonId,
        salespersonName,
        metric,
        ...(isMoneyMetric(metric) ? { currency: state.currency } : {}),
        baseTarget: 0,
        adjustments: state.adjustments[key] ?? 0,
        carried: [],
        actual: state.actuals[key] ?? 0,
      };
      lines.set(key, l);
    }
    return l;
  };
  for (const t of state.targets) line(t.salespersonId, t.salespersonName, t.metric).baseTarget += t.amount;
  for (const c of state.carriedIn) {
    if (c.status !== 'active') continue;
    line(c.salespersonId, c.salespersonName, c.metric).carried.push({ lineId: c.lineId, amount: c.amount, originPeriod: c.originPeriod, path: c.path });
  }
  return [...lines.values()];
}

/** Salespeople with a target line (base or an active carried line). */
export const salespeopleWithTargets = (state: OpenPlanState): string[] => [...new Set(planLines(state).map((l) => l.salespersonId))];

/** Whether the salesperson has a target line: one of `salespeopleWithTargets`, without building every line (each actual asks). */
export const hasTargets = (state: OpenPlanState, salespersonId: string): boolean =>
  state.targets.some((t) => t.salespersonId === salespersonId) || state.carriedIn.some((c) => c.status === 'active' && c.salespersonId === salespersonId);

export function evolve(state: PlanState, event: PlanEvent): PlanState {
  if (state.status === 'none') {
    if (event.type === 'CarryOverReceived') {
      return { ...state, team: event.data.team, period: event.data.period, pendingCarryIn: [...state.pendingCarryIn, ...carriedLinesOf(event.data.lines, 'pending_approval')] };
    }
    if (event.type === 'CarryOverWaived') {
      return { ...state, pendingCarryIn: waive(state.pendingCarryIn, event.data.lineId) };
    }
    if (event.type !== 'PlanOpened') return state;
    const d = event.data;
    return {
      status: 'draft',
      planId: d.planId,
      team: d.team,
      period: d.period,
      currency: d.currency,
      companyTargets: d.companyTargets,
      problems: d.problems,
      planVersion: 0,
      bookVersion: 0,
      targets: [],
      carriedIn: state.pendingCarryIn,
      adjustments: {},
      adjustmentCount: 0,
      reviewCount: 0,
      difficultyReportCount: 0,
      followUpItems: [],
      actuals: {},
      personalSummaries: [],
    };
  }
  if (event.type === 'PlanOpened') return state;
  return { ...evolveOpen(state, event), status: PLAN_STATUS_AFTER[event.type] ?? state.status };
}

const waive = (lines: readonly CarriedLine[], lineId: string): CarriedLine[] => lines.map((l) => (l.lineId === lineId ? { ...l, status: 'waived' as const } : l));

/** Adds the amounts of approved target changes to the approved adjustments per line. */
export function addAdjustments(adjustments: Readonly<Record<string, number>>, changes: readonly TargetChange[]): Record<string, number> {
  const next = { ...adjustments };
  for (const c of changes) {
    const key = lineKey(c.salespersonId, c.metric);
    next[key] = (next[key] ?? 0) + (c.to - c.from);
  }
  return next;
}

function evolveOpen(state: OpenPlanState, event: PlanEvent): OpenPlanState {
  switch (event.type) {
    case 'PlanOpened':
    case 'PlanRejected':
    case 'PlanBookApproved':
    case 'PlanBookRejected':
    case 'AppraisalApproved':
    case 'AppraisalRejected':
    case 'ResultsPublished':
      return state;
    case 'PlanSubmitted':
      return { ...state, planVersion: event.data.version, planSubmittedBy: event.data.submittedBy, targets: event.data.targets };
    case 'PlanApproved':
      return { ...state, carriedIn: state.carriedIn.map((c) => (c.status === 'pending_approval' ? { ...c, status: 'active' as const } : c)) };
    case 'PlanBookSubmitted':
      return { ...state, bookVersion: event.data.version, bookSubmittedBy: event.data.submittedBy };
    case 'ActualRecorded': {
      const key = lineKey(event.data.salespersonId, event.data.metric);
      return { ...state, actuals: { ...state.actuals, [key]: (state.actuals[key] ?? 0) + event.data.amount } };
    }
    case 'ProgressReviewRecorded':
      return {
        ...state,
        reviewCount: event.data.reviewNumber,
        followUpItems: [...state.followUpItems, ...event.data.reviews.map((r) => followUpItemKey('review', event.data.reviewNumber, r.salespersonId))],
      };
    case 'DifficultyReportSubmitted':
      return {
        ...state,
        difficultyReportCount: event.data.reportNumber,
        followUpItems: [...state.followUpItems, followUpItemKey('difficulty_report', event.data.reportNumber, event.data.salespersonId)],
      };
    case 'FollowUpItemCommented':
      return state;
    case 'TargetAdjustmentProposed':
      return {
        ...state,
        adjustmentCount: event.data.adjustmentNumber,
        pendingAdjustment: { adjustmentNumber: event.data.adjustmentNumber, changes: event.data.changes, proposedBy: event.data.proposedBy },
      };
    case 'TargetAdjustmentApproved': {
      const { pendingAdjustment: _done, ...rest } = state;
      return { ...rest, adjustments: addAdjustments(state.adjustments, event.data.changes) };
    }
    case 'TargetAdjustmentRejected': {
      const { pendingAdjustment: _done, ...rest } = state;
      return rest;
    }
    case 'PersonalSummarySubmitted':
      return { ...state, personalSummaries: [...state.personalSummaries, event.data.salespersonId] };
    case 'TeamSummarySubmitted':
    case 'TeamSummarySubmitted.v2':
      return { ...state, teamSummaryBy: event.data.submittedBy };
    case 'PlanAppraised':
      return { ...state, appraisal: { items: event.data.items, appraisedBy: event.data.appraisedBy, revision: 0 } };
    case 'AppraisalRevised':
      return { ...state, appraisal: { ...state.appraisal!, items: event.data.items, revision: event.data.revision, revisedBy: event.data.revisedBy } };
    case 'CarryOverReceived':
      return { ...state, carriedIn: [...state.carriedIn, ...carriedLinesOf(event.data.lines, event.data.appliedAs)] };
    case 'CarryOverWaived':
      return { ...state, carriedIn: waive(state.carriedIn, event.data.lineId) };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}
