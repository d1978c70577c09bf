import type { Projection, RecordedOf } from '#app/read-store';
import { appliedTypes, type Applied, type EventHandling, type Handles } from '#app/shared-kernel';
import type { PlanEvent, TargetLine } from '../../plan/plan.events.js';
import { PLAN_STATUS_AFTER, addAdjustments, carriedLinesOf, lineKey, type CarriedLine, type PlanStatus } from '../../plan/plan.js';
import { TRACKING_SHEET_QUERIES } from './tracking-sheet.queries.js';

export const TRACKING_SHEET = 'tracking-sheet';

/**
 * The facts behind the target tracking sheet 目标跟踪表: the base targets of the latest submitted
 * version, the approved adjustments and the carried lines per salesperson × metric, plus the actuals
 * per day, so the sheet can be computed for any as-of date. Carried lines may arrive before the
 * plan is opened (status `none`).
 */
export interface TrackingSheetDocument {
  id: string;
  team: string;
  period: string;
  status: PlanStatus | 'none';
  /** Null until the plan is opened. */
  currency: string | null;
  targets: TargetLine[];
  /** Approved adjustment deltas per `salespersonId:metric`. */
  adjustments: Record<string, number>;
  carriedIn: CarriedLine[];
  /** Per `salespersonId:metric`, the sum of actuals per date. */
  actualsByDate: Record<string, Record<string, number>>;
  lastPosition: number;
  updatedAt: string;
}

const HANDLING = {
  PlanOpened: 'apply',
  PlanSubmitted: 'apply',
  PlanApproved: 'apply',
  PlanRejected: 'apply',
  PlanBookSubmitted: 'apply',
  PlanBookApproved: 'apply',
  PlanBookRejected: 'apply',
  ActualRecorded: 'apply',
  ProgressReviewRecorded: 'ignore',
  DifficultyReportSubmitted: 'ignore',
  TargetAdjustmentProposed: 'ignore',
  TargetAdjustmentApproved: 'apply',
  TargetAdjustmentRejected: 'ignore',
  FollowUpItemCommented: 'ignore',
  PersonalSummarySubmitted: 'ignore',
  TeamSummarySubmitted: 'apply',
  'TeamSummarySubmitted.v2': 'apply',
  PlanAppraised: 'apply',
  AppraisalRevised: 'apply',
  AppraisalApproved: 'apply',
  AppraisalRejected: 'apply',
  ResultsPublished: 'apply',
  CarryOverReceived: 'apply',
  CarryOverWaived: 'apply',
} as const satisfies EventHandling<PlanEvent>;

export type TrackingSheetEvent = Extract<PlanEvent, { type: Applied<typeof HANDLING> }>;

function facts(doc: TrackingSheetDocument, event: RecordedOf<TrackingSheetEvent>): Partial<TrackingSheetDocument> {
  switch (event.type) {
    case 'PlanOpened':
      return doc.status === 'none' ? { currency: event.data.currency } : {};
    case 'PlanSubmitted':
      return { targets: event.data.targets };
    case 'PlanApproved':
      return { carriedIn: doc.carriedIn.map((c) => (c.status === 'pending_approval' ? { ...c, status: 'active' as const } : c)) };
    case 'ActualRecorded': {
      const key = lineKey(event.data.salespersonId, event.data.metric);
      const days = doc.actualsByDate[key] ?? {};
      return { actualsByDate: { ...doc.actualsByDate, [key]: { ...days, [event.data.date]: (days[event.data.date] ?? 0) + event.data.amount } } };
    }
    case 'TargetAdjustmentApproved':
      return { adjustments: addAdjustments(doc.adjustments, event.data.changes) };
    case 'CarryOverReceived':
      return { carriedIn: [...doc.carriedIn, ...carriedLinesOf(event.data.lines, doc.status === 'none' ? 'pending_approval' : event.data.appliedAs)] };
    case 'CarryOverWaived':
      return { carriedIn: doc.carriedIn.map((c) => (c.lineId === event.data.lineId ? { ...c, status: 'waived' as const } : c)) };
    case 'PlanRejected':
    case 'PlanBookSubmitted':
    case 'PlanBookApproved':
    case 'PlanBookRejected':
    case 'TeamSummarySubmitted':
    case 'TeamSummarySubmitted.v2':
    case 'PlanAppraised':
    case 'AppraisalRevised':
    case 'AppraisalApproved':
    case 'AppraisalRejected':
    case 'ResultsPublished':
      return {};
    default: {
      const _exhaustive: never = event;
      return {};
    }
  }
}

export function evolveTrackingSheet(document: TrackingSheetDocument | null, event: RecordedOf<TrackingSheetEvent>, id: string): TrackingSheetDocument {
  if (document && event.position <= document.lastPosition) return document;
  const doc: TrackingSheetDocument = document ?? {
    id,
    team: event.data.team,
    period: event.data.period,
    status: 'none',
    currency: null,
    targets: [],
    adjustments: {},
    carriedIn: [],
    actualsByDate: {},
    lastPosition: 0,
    updatedAt: event.createdAt,
  };
  const opening = doc.status === 'none' && event.type === 'PlanOpened';
  const status = doc.status === 'none' ? (opening ? 'draft' : 'none') : event.type === 'PlanOpened' ? doc.status : (PLAN_STATUS_AFTER[event.type] ?? doc.status);
  return { ...doc, ...facts(doc, event), status, lastPosition: event.position, updatedAt: event.createdAt };
}

export const trackingSheetProjection: Projection<TrackingSheetDocument, TrackingSheetEvent> & Handles<PlanEvent> = {
  name: TRACKING_SHEET,
  version: 2,
  collection: 'tracking_sheets',
  get queries() {
    return Object.values(TRACKING_SHEET_QUERIES);
  },
  handling: HANDLING,
  eventTypes: appliedTypes(HANDLING),
  keys: (event) => [event.data.planId],
  evolve: evolveTrackingSheet,
};
