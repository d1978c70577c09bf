import type { Projection, RecordedOf } from '#app/read-store';
import type { PlanEvent } from '../plan/plan.events.js';
import { evolve as evolvePlan, initialState, lineKey, type PlanState } from '../plan/plan.js';
import { PLAN_EVENT_TYPES } from '../plan/plan.events.js';

/**
 * The facts behind the target tracking sheet 目标跟踪表: the plan's state as the decider sees it
 * (so targets, carried lines and adjustments mean exactly what they mean to the domain) plus the
 * actuals per day, so the sheet can be computed for any as-of date.
 */
export interface TrackingSheetDocument {
  id: string;
  team: string;
  period: string;
  status: string;
  plan: PlanState;
  /** Per `salespersonId:metric`, the sum of actuals per date. */
  actualsByDate: Record<string, Record<string, number>>;
  lastPosition: number;
  updatedAt: string;
}

export function evolveTrackingSheet(document: TrackingSheetDocument | null, event: RecordedOf<PlanEvent>, id: string): TrackingSheetDocument {
  if (document && event.position <= document.lastPosition) return document;
  const plan = evolvePlan(document?.plan ?? initialState(), { type: event.type, data: event.data } as PlanEvent);
  let actualsByDate = document?.actualsByDate ?? {};
  if (event.type === 'ActualRecorded') {
    const key = lineKey(event.data.salespersonId, event.data.metric);
    const days = actualsByDate[key] ?? {};
    actualsByDate = { ...actualsByDate, [key]: { ...days, [event.data.date]: (days[event.data.date] ?? 0) + event.data.amount } };
  }
  return {
    id,
    team: plan.status === 'none' ? (plan.team ?? '') : plan.team,
    period: plan.status === 'none' ? (plan.period ?? '') : plan.period,
    status: plan.status,
    plan,
    actualsByDate,
    lastPosition: event.position,
    updatedAt: event.createdAt,
  };
}

export const trackingSheetProjection: Projection<TrackingSheetDocument, PlanEvent> = {
  name: 'tracking-sheet',
  version: 1,
  collection: 'tracking_sheets',
  indexes: ['team', 'period'],
  eventTypes: PLAN_EVENT_TYPES,
  keys: (event) => [event.data.planId],
  evolve: evolveTrackingSheet,
};
