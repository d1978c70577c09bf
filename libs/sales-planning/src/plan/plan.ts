import { deterministicUuid } from '#app/eventsourcing';
import type { Metric } from '../shared/metric.js';
import type { CompanyTarget, PlanEvent, TargetLine } from './plan.events.js';

export type PlanStatus =
  | 'draft'
  | 'submitted'
  | 'rejected'
  | 'approved'
  | 'book_submitted'
  | 'book_rejected'
  | 'executing';

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
  targets: TargetLine[];
  /** Sum of recorded actuals per `salespersonId:metric`. */
  actuals: Record<string, number>;
}

export type PlanState = { status: 'none' } | OpenPlanState;

export const initialState = (): PlanState => ({ status: 'none' });

/** One plan per team × period (spec): the id is derived from them, so a second OpenPlan meets the first. */
export const planIdFor = (team: string, period: string): string => deterministicUuid(`plan:${team}:${period}`);

export const planStream = (planId: string): string => `plan-${planId}`;

export const lineKey = (salespersonId: string, metric: Metric | string): string => `${salespersonId}:${metric}`;

export function evolve(state: PlanState, event: PlanEvent): PlanState {
  if (event.type === 'PlanOpened') {
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
      actuals: {},
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'PlanSubmitted':
      return {
        ...state,
        status: 'submitted',
        planVersion: event.data.version,
        planSubmittedBy: event.data.submittedBy,
        targets: event.data.targets,
      };
    case 'PlanApproved':
      return { ...state, status: 'approved' };
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
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}
