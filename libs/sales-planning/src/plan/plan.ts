import { deterministicUuid } from '#app/eventsourcing';
import { isMoneyMetric, type Metric } from '#app/shared-kernel';
import type { LineInput } from './appraisal.js';
import type { AppraisalItem, CarryOverLine, CompanyTarget, PlanEvent, TargetChange, TargetLine } from './plan.events.js';

export type PlanStatus =
  | 'draft'
  | 'submitted'
  | 'rejected'
  | 'approved'
  | 'book_submitted'
  | 'book_rejected'
  | 'executing'
  | 'summarised'
  | 'appraised'
  | 'appraisal_revised'
  | 'appraisal_approved'
  | 'appraisal_rejected'
  | 'published';

export interface CarriedLine extends CarryOverLine {
  /** pending_approval until the plan is approved (Decision 7), then active; waived by a manager. */
  status: 'pending_approval' | 'active' | 'waived';
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
  /** Sum of recorded actuals per `salespersonId:metric`. */
  actuals: Record<string, number>;
  personalSummaries: string[];
  teamSummaryBy?: string;
  appraisal?: { items: AppraisalItem[]; appraisedBy: string; revision: number; revisedBy?: string };
}

/** Before PlanOpened a stream may already hold carried lines waiting for the plan (Decision 7). */
export type PlanState = { status: 'none'; pendingCarryIn: CarriedLine[]; team?: string; period?: string } | OpenPlanState;

export const initialState = (): PlanState => ({ status: 'none', pendingCarryIn: [] });

/** One plan per team × period (spec): the id is derived from them, so a second OpenPlan meets the first. */
export const planIdFor = (team: string, period: string): string => deterministicUuid(`plan:${team}:${period}`);

export const planStream = (planId: string): string => `plan-${planId}`;

export const lineKey = (salespersonId: string, metric: Metric | string): string => `${salespersonId}:${metric}`;

/** Every salesperson × metric line of the plan with the parts of its effective target. */
export function planLines(state: OpenPlanState): LineInput[] {
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

export function evolve(state: PlanState, event: PlanEvent): PlanState {
  if (state.status === 'none') {
    if (event.type === 'CarryOverReceived') {
      return {
        ...state,
        team: event.data.team,
        period: event.data.period,
        pendingCarryIn: [...state.pendingCarryIn, ...event.data.lines.map((l) => ({ ...l, status: 'pending_approval' as const }))],
      };
    }
    if (event.type === 'CarryOverWaived') {
      return { ...state, pendingCarryIn: state.pendingCarryIn.map((l) => (l.lineId === event.data.lineId ? { ...l, status: 'waived' as const } : l)) };
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
      actuals: {},
      personalSummaries: [],
    };
  }
  switch (event.type) {
    case 'PlanOpened':
      return state;
    case 'PlanSubmitted':
      return { ...state, status: 'submitted', planVersion: event.data.version, planSubmittedBy: event.data.submittedBy, targets: event.data.targets };
    case 'PlanApproved':
      return {
        ...state,
        status: 'approved',
        carriedIn: state.carriedIn.map((c) => (c.status === 'pending_approval' ? { ...c, status: 'active' as const } : c)),
      };
    case 'PlanRejected':
      return { ...state, status: 'rejected' };
    case 'PlanBookSubmitted':
      return { ...state, status: 'book_submitted', bookVersion: event.data.version, bookSubmittedBy: event.data.submittedBy };
    case 'PlanBookApproved':
      return { ...state, status: 'executing' };
    case 'PlanBookRejected':
      return { ...state, status: 'book_rejected' };
    case 'ActualRecorded': {
      const key = lineKey(event.data.salespersonId, event.data.metric);
      return { ...state, actuals: { ...state.actuals, [key]: (state.actuals[key] ?? 0) + event.data.amount } };
    }
    case 'ProgressReviewRecorded':
      return { ...state, reviewCount: event.data.reviewNumber };
    case 'DifficultyReportSubmitted':
      return { ...state, difficultyReportCount: event.data.reportNumber };
    case 'TargetAdjustmentProposed':
      return {
        ...state,
        adjustmentCount: event.data.adjustmentNumber,
        pendingAdjustment: { adjustmentNumber: event.data.adjustmentNumber, changes: event.data.changes, proposedBy: event.data.proposedBy },
      };
    case 'TargetAdjustmentApproved': {
      const adjustments = { ...state.adjustments };
      for (const c of event.data.changes) {
        const key = lineKey(c.salespersonId, c.metric);
        adjustments[key] = (adjustments[key] ?? 0) + (c.to - c.from);
      }
      const { pendingAdjustment: _done, ...rest } = state;
      return { ...rest, adjustments };
    }
    case 'TargetAdjustmentRejected': {
      const { pendingAdjustment: _done, ...rest } = state;
      return rest;
    }
    case 'PersonalSummarySubmitted':
      return { ...state, personalSummaries: [...state.personalSummaries, event.data.salespersonId] };
    case 'TeamSummarySubmitted':
    case 'TeamSummarySubmitted.v2':
      return { ...state, status: 'summarised', teamSummaryBy: event.data.submittedBy };
    case 'PlanAppraised':
      return { ...state, status: 'appraised', appraisal: { items: event.data.items, appraisedBy: event.data.appraisedBy, revision: 0 } };
    case 'AppraisalRevised':
      return {
        ...state,
        status: 'appraisal_revised',
        appraisal: { ...state.appraisal!, items: event.data.items, revision: event.data.revision, revisedBy: event.data.revisedBy },
      };
    case 'AppraisalApproved':
      return { ...state, status: 'appraisal_approved' };
    case 'AppraisalRejected':
      return { ...state, status: 'appraisal_rejected' };
    case 'ResultsPublished':
      return { ...state, status: 'published' };
    case 'CarryOverReceived':
      return { ...state, carriedIn: [...state.carriedIn, ...event.data.lines.map((l) => ({ ...l, status: event.data.appliedAs }))] };
    case 'CarryOverWaived':
      return { ...state, carriedIn: state.carriedIn.map((c) => (c.lineId === event.data.lineId ? { ...c, status: 'waived' as const } : c)) };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}
