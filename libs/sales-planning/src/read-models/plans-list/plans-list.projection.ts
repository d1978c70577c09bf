import type { Projection, RecordedOf } from '#app/read-store';
import { actorNameOf, parsePeriod, periodBounds, withActor, type EventHandling, type Handles } from '#app/shared-kernel';
import { PLAN_EVENT_TYPES, type PlanEvent } from '../../plan/plan.events.js';
import { PLAN_STATUS_AFTER } from '../../plan/plan.js';
import type { Awaiting, PlanSummary } from './plans-list.responses.js';
import { PLANS_LIST_QUERIES } from './plans-list.queries.js';

export const PLANS_LIST = 'plans-list';

export type PlanListDocument = PlanSummary;

/** Every plan event is activity: the list is sorted by the latest. */
const HANDLING = Object.fromEntries(PLAN_EVENT_TYPES.map((type) => [type, 'apply'])) as { readonly [T in PlanEvent['type']]: 'apply' } satisfies EventHandling<PlanEvent>;

type Wait = { what: Awaiting; by: string | null } | null;

/** What the plan awaits after the event; undefined when the event leaves it as it was. */
function awaitingAfter(event: RecordedOf<PlanEvent>): Wait | undefined {
  switch (event.type) {
    case 'PlanSubmitted':
    case 'PlanBookSubmitted':
      return { what: event.type === 'PlanSubmitted' ? 'plan_approval' : 'plan_book_approval', by: event.data.submittedBy };
    case 'TargetAdjustmentProposed':
      return { what: 'adjustment_approval', by: event.data.proposedBy };
    case 'TeamSummarySubmitted':
    case 'TeamSummarySubmitted.v2':
      return { what: 'appraisal', by: event.data.submittedBy };
    case 'AppraisalRevised':
      return { what: 'appraisal_review', by: event.data.revisedBy };
    case 'PlanAppraised':
    case 'AppraisalApproved':
      return { what: 'publication', by: null };
    case 'PlanOpened':
    case 'PlanApproved':
    case 'PlanRejected':
    case 'PlanBookApproved':
    case 'PlanBookRejected':
    case 'TargetAdjustmentApproved':
    case 'TargetAdjustmentRejected':
    case 'AppraisalRejected':
    case 'ResultsPublished':
      return null;
    case 'ActualRecorded':
    case 'ProgressReviewRecorded':
    case 'DifficultyReportSubmitted':
    case 'FollowUpItemCommented':
    case 'PersonalSummarySubmitted':
    case 'CarryOverReceived':
    case 'CarryOverWaived':
      return undefined;
    default: {
      const _exhaustive: never = event;
      return undefined;
    }
  }
}


function opened(event: Extract<RecordedOf<PlanEvent>, { type: 'PlanOpened' }>, id: string): PlanListDocument {
  const { team, period, currency } = event.data;
  return {
    id,
    team,
    period,
    granularity: parsePeriod(period).granularity,
    periodStart: periodBounds(period).start,
    status: 'draft',
    currency,
    planVersion: 0,
    bookVersion: 0,
    awaiting: null,
    awaitingSubmittedBy: null,
    awaitingSubmittedByName: null,
    awaitingSince: null,
    people: withActor([], event.metadata),
    openedAt: event.createdAt,
    updatedAt: event.createdAt,
    lastPosition: event.position,
  };
}

/** The plans list: one document per opened plan, with what it awaits from whom and since when. */
export function evolvePlanList(document: PlanListDocument | null, event: RecordedOf<PlanEvent>, id: string): PlanListDocument | null {
  if (document && event.position <= document.lastPosition) return document;
  if (!document) return event.type === 'PlanOpened' ? opened(event, id) : null;
  if (event.type === 'PlanOpened') return document;
  const wait = awaitingAfter(event);
  const awaiting = wait === undefined ? document.awaiting : (wait?.what ?? null);
  return {
    ...document,
    status: PLAN_STATUS_AFTER[event.type] ?? document.status,
    planVersion: event.type === 'PlanSubmitted' ? event.data.version : document.planVersion,
    bookVersion: event.type === 'PlanBookSubmitted' ? event.data.version : document.bookVersion,
    awaiting,
    awaitingSubmittedBy: wait === undefined ? document.awaitingSubmittedBy : (wait?.by ?? null),
    awaitingSubmittedByName: wait === undefined ? (document.awaitingSubmittedByName ?? null) : wait?.by ? actorNameOf(event.metadata, wait.by) : null,
    awaitingSince: awaiting === null ? null : awaiting === document.awaiting ? document.awaitingSince : event.createdAt,
    people: withActor(document.people, event.metadata),
    updatedAt: event.createdAt,
    lastPosition: event.position,
  };
}

export const plansListProjection: Projection<PlanListDocument, PlanEvent> & Handles<PlanEvent> = {
  name: PLANS_LIST,
  version: 3,
  collection: 'plans',
  get queries() {
    return Object.values(PLANS_LIST_QUERIES);
  },
  handling: HANDLING,
  eventTypes: PLAN_EVENT_TYPES,
  keys: (event) => [event.data.planId],
  evolve: evolvePlanList,
};
