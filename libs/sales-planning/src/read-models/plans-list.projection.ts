import type { Projection, RecordedOf } from '#app/read-store';
import { PLAN_EVENT_TYPES, type PlanEvent } from '../plan/plan.events.js';
import { evolve as evolvePlan, initialState, type PlanState } from '../plan/plan.js';
import { parsePeriod, periodBounds } from '#app/shared-kernel';

/** What a plan waits for, and from whom: the manager's approval queue reads this. */
export type Awaiting = 'plan_approval' | 'plan_book_approval' | 'adjustment_approval' | 'appraisal' | 'appraisal_review' | 'publication';

export interface PlanListDocument {
  id: string;
  team: string;
  period: string;
  granularity: string;
  periodStart: string;
  status: string;
  currency: string;
  planVersion: number;
  bookVersion: number;
  awaiting: Awaiting | null;
  /** Who submitted what awaits a decision (excluded from deciding it, Decision 1). */
  awaitingSubmittedBy: string | null;
  awaitingSince: string | null;
  openedAt: string;
  updatedAt: string;
  lastPosition: number;
  plan: PlanState;
}

function awaiting(plan: PlanState): { what: Awaiting; by: string | null } | null {
  if (plan.status === 'none') return null;
  if (plan.status === 'submitted') return { what: 'plan_approval', by: plan.planSubmittedBy ?? null };
  if (plan.status === 'book_submitted') return { what: 'plan_book_approval', by: plan.bookSubmittedBy ?? null };
  if (plan.status === 'executing' && plan.pendingAdjustment) return { what: 'adjustment_approval', by: plan.pendingAdjustment.proposedBy };
  if (plan.status === 'summarised') return { what: 'appraisal', by: plan.teamSummaryBy ?? null };
  if (plan.status === 'appraisal_revised') return { what: 'appraisal_review', by: plan.appraisal?.revisedBy ?? null };
  if (plan.status === 'appraised' || plan.status === 'appraisal_approved') return { what: 'publication', by: null };
  return null;
}

export function evolvePlanList(document: PlanListDocument | null, event: RecordedOf<PlanEvent>, id: string): PlanListDocument | null {
  if (document && event.position <= document.lastPosition) return document;
  const plan = evolvePlan(document?.plan ?? initialState(), { type: event.type, data: event.data } as PlanEvent);
  if (plan.status === 'none') return null;
  const wait = awaiting(plan);
  const changedWait = wait?.what !== document?.awaiting;
  const p = parsePeriod(plan.period);
  return {
    id,
    team: plan.team,
    period: plan.period,
    granularity: p.granularity,
    periodStart: periodBounds(plan.period).start,
    status: plan.status,
    currency: plan.currency,
    planVersion: plan.planVersion,
    bookVersion: plan.bookVersion,
    awaiting: wait?.what ?? null,
    awaitingSubmittedBy: wait?.by ?? null,
    awaitingSince: wait ? (changedWait ? event.createdAt : (document?.awaitingSince ?? event.createdAt)) : null,
    openedAt: document?.openedAt ?? event.createdAt,
    updatedAt: event.createdAt,
    lastPosition: event.position,
    plan,
  };
}

export const plansListProjection: Projection<PlanListDocument, PlanEvent> = {
  name: 'plans-list',
  version: 1,
  collection: 'plans',
  indexes: ['team', 'period', 'status', 'awaiting', 'updatedAt'],
  eventTypes: PLAN_EVENT_TYPES,
  keys: (event) => [event.data.planId],
  evolve: evolvePlanList,
};
