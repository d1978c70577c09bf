import type { Projection, RecordedOf } from '#app/read-store';
import { actorNameOf, appliedTypes, occurredAtOf, type Applied, type EventHandling, type Handles } from '#app/shared-kernel';
import type { PlanEvent } from '../../plan/plan.events.js';
import type { FollowUpEntry, FollowUpSheetDocument } from './follow-up-sheet.responses.js';
import { FOLLOW_UP_SHEET_QUERIES } from './follow-up-sheet.queries.js';

export const FOLLOW_UP_SHEET = 'follow-up-sheet';

const HANDLING = {
  PlanOpened: 'apply',
  PlanSubmitted: 'apply',
  PlanApproved: 'ignore',
  PlanRejected: 'ignore',
  PlanBookSubmitted: 'ignore',
  PlanBookApproved: 'ignore',
  PlanBookRejected: 'ignore',
  ActualRecorded: 'ignore',
  ProgressReviewRecorded: 'apply',
  DifficultyReportSubmitted: 'apply',
  TargetAdjustmentProposed: 'apply',
  TargetAdjustmentApproved: 'apply',
  TargetAdjustmentRejected: 'apply',
  FollowUpItemCommented: 'apply',
  PersonalSummarySubmitted: 'apply',
  TeamSummarySubmitted: 'ignore',
  'TeamSummarySubmitted.v2': 'ignore',
  PlanAppraised: 'ignore',
  AppraisalRevised: 'ignore',
  AppraisalApproved: 'ignore',
  AppraisalRejected: 'ignore',
  ResultsPublished: 'ignore',
  CarryOverReceived: 'ignore',
  CarryOverWaived: 'ignore',
} as const satisfies EventHandling<PlanEvent>;

export type FollowUpSheetEvent = Extract<PlanEvent, { type: Applied<typeof HANDLING> }>;

const empty = (): FollowUpEntry => ({ reviews: [], difficultyReports: [], adjustments: [], summarySubmitted: false });

function update(doc: FollowUpSheetDocument, salespersonId: string, change: (entry: FollowUpEntry) => FollowUpEntry): FollowUpSheetDocument {
  return { ...doc, salespeople: { ...doc.salespeople, [salespersonId]: change(doc.salespeople[salespersonId] ?? empty()) } };
}


function decideAdjustment(doc: FollowUpSheetDocument, adjustmentNumber: number, outcome: 'approved' | 'rejected', decidedBy: string, decidedByName: string, reason?: string): FollowUpSheetDocument {
  let next = doc;
  for (const [id, entry] of Object.entries(doc.salespeople)) {
    const adjustment = entry.adjustments.find((a) => a.adjustmentNumber === adjustmentNumber);
    if (!adjustment) continue;
    const cited = new Set(adjustment.difficultyReports);
    next = update(next, id, (e) => ({
      ...e,
      adjustments: e.adjustments.map((a) =>
        a.adjustmentNumber === adjustmentNumber ? { ...a, outcome, decidedBy, decidedByName, ...(reason ? { decisionReason: reason } : {}) } : a,
      ),
      difficultyReports: e.difficultyReports.map((r) => (cited.has(r.reportNumber) ? { ...r, outcome: outcome === 'approved' ? 'adjustment_approved' : 'adjustment_rejected' } : r)),
    }));
  }
  return next;
}

export function evolveFollowUpSheet(document: FollowUpSheetDocument | null, event: RecordedOf<FollowUpSheetEvent>, id: string): FollowUpSheetDocument {
  if (document && event.position <= document.lastPosition) return document;
  let doc: FollowUpSheetDocument = document ?? { id, team: event.data.team, period: event.data.period, salespeople: {}, lastPosition: 0 };
  switch (event.type) {
    case 'PlanSubmitted':
      for (const t of event.data.targets) doc = update(doc, t.salespersonId, (e) => ({ ...e, name: t.salespersonName }));
      break;
    case 'ProgressReviewRecorded':
      for (const r of event.data.reviews) {
        doc = update(doc, r.salespersonId, (e) => ({
          ...e,
          reviews: [
            ...e.reviews,
            {
              reviewNumber: event.data.reviewNumber,
              reviewDate: event.data.reviewDate,
              findings: r.findings,
              rating: r.rating,
              actions: r.actions,
              ...(r.comment ? { comment: r.comment } : {}),
              reviewedBy: event.data.reviewedBy,
              reviewedByName: actorNameOf(event.metadata, event.data.reviewedBy),
              supervisorComments: [],
            },
          ],
        }));
      }
      break;
    case 'DifficultyReportSubmitted': {
      const d = event.data;
      doc = update(doc, d.salespersonId, (e) => ({
        ...e,
        difficultyReports: [
          ...e.difficultyReports,
          {
            reportNumber: d.reportNumber,
            difficulty: d.difficulty,
            cause: d.cause,
            evidence: d.evidence,
            supportRequested: d.supportRequested,
            proposals: d.proposals,
            effectiveFrom: d.effectiveFrom,
            submittedAt: event.createdAt,
            outcome: 'pending',
            supervisorComments: [],
          },
        ],
      }));
      break;
    }
    case 'TargetAdjustmentProposed': {
      const d = event.data;
      const cited = new Set(d.difficultyReports);
      for (const salespersonId of new Set(d.changes.map((c) => c.salespersonId))) {
        doc = update(doc, salespersonId, (e) => ({
          ...e,
          adjustments: [
            ...e.adjustments,
            { adjustmentNumber: d.adjustmentNumber, changes: d.changes.filter((c) => c.salespersonId === salespersonId), reason: d.reason, difficultyReports: d.difficultyReports, outcome: 'pending' },
          ],
          difficultyReports: e.difficultyReports.map((r) => (cited.has(r.reportNumber) ? { ...r, outcome: 'adjustment_proposed' } : r)),
        }));
      }
      break;
    }
    case 'TargetAdjustmentApproved':
      doc = decideAdjustment(doc, event.data.adjustmentNumber, 'approved', event.data.approvedBy, actorNameOf(event.metadata, event.data.approvedBy), event.data.comment);
      break;
    case 'TargetAdjustmentRejected':
      doc = decideAdjustment(doc, event.data.adjustmentNumber, 'rejected', event.data.rejectedBy, actorNameOf(event.metadata, event.data.rejectedBy), event.data.reason);
      break;
    case 'FollowUpItemCommented': {
      const d = event.data;
      const comment = { comment: d.comment, commentedBy: d.commentedBy, commentedByName: actorNameOf(event.metadata, d.commentedBy), commentedAt: occurredAtOf(event) };
      doc = update(doc, d.salespersonId, (e) =>
        d.item === 'review'
          ? { ...e, reviews: e.reviews.map((r) => (r.reviewNumber === d.number ? { ...r, supervisorComments: [...r.supervisorComments, comment] } : r)) }
          : { ...e, difficultyReports: e.difficultyReports.map((r) => (r.reportNumber === d.number ? { ...r, supervisorComments: [...r.supervisorComments, comment] } : r)) },
      );
      break;
    }
    case 'PersonalSummarySubmitted':
      doc = update(doc, event.data.salespersonId, (e) => ({ ...e, summarySubmitted: true, summary: event.data.summary, summarySubmittedAt: event.createdAt }));
      break;
    case 'PlanOpened':
      break;
    default: {
      const _exhaustive: never = event;
      break;
    }
  }
  return { ...doc, lastPosition: event.position };
}

export const followUpSheetProjection: Projection<FollowUpSheetDocument, FollowUpSheetEvent> & Handles<PlanEvent> = {
  name: FOLLOW_UP_SHEET,
  version: 2,
  collection: 'follow_up_sheets',
  get queries() {
    return Object.values(FOLLOW_UP_SHEET_QUERIES);
  },
  handling: HANDLING,
  eventTypes: appliedTypes(HANDLING),
  keys: (event) => [event.data.planId],
  evolve: evolveFollowUpSheet,
};
