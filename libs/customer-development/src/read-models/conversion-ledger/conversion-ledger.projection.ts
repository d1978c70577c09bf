import type { Projection, RecordedOf } from '#app/read-store';
import { conversionOf, type PlanEvent } from '#app/sales-planning';
import { appliedTypes, occurredOn, type Applied, type EventHandling, type Handles } from '#app/shared-kernel';
import type { ConversionEvent } from '../../application/conversion-attribution.events.js';
import type { ProspectEvent } from '../../prospect/prospect.events.js';
import type { ConversionActual, ConversionDocument, ConversionStatus } from './conversion-ledger.responses.js';
import { CONVERSION_LEDGER_QUERIES } from './conversion-ledger.queries.js';

export const CONVERSION_LEDGER = 'conversion-ledger';

/** The ledger reads the prospect, conversion and plan streams. */
type ConversionLedgerSource = ProspectEvent | ConversionEvent | PlanEvent;

const HANDLING = {
  ProspectAdded: 'ignore',
  ProspectAssigned: 'ignore',
  CreditCheckRecorded: 'ignore',
  ProspectScreenedAsKey: 'ignore',
  ProspectReinvestigationRequested: 'ignore',
  CreditIssueReported: 'ignore',
  ProspectRedefined: 'ignore',
  ProspectStopped: 'ignore',
  DevelopmentApplicationSubmitted: 'ignore',
  DevelopmentApplicationApprovedBySupervisor: 'ignore',
  DevelopmentApplicationRejectedBySupervisor: 'ignore',
  DevelopmentApplicationApprovedByManager: 'ignore',
  DevelopmentApplicationRejectedByManager: 'ignore',
  DevelopmentStarted: 'ignore',
  DevelopmentReportFiled: 'ignore',
  DevelopmentReportCommented: 'ignore',
  ProspectConverted: 'apply',
  ProspectAbandoned: 'ignore',
  ConversionLeftUnattributed: 'apply',
  PlanOpened: 'ignore',
  PlanSubmitted: 'ignore',
  PlanApproved: 'ignore',
  PlanRejected: 'ignore',
  PlanBookSubmitted: 'ignore',
  PlanBookApproved: 'ignore',
  PlanBookRejected: 'ignore',
  ActualRecorded: 'apply',
  ProgressReviewRecorded: 'ignore',
  DifficultyReportSubmitted: 'ignore',
  TargetAdjustmentProposed: 'ignore',
  TargetAdjustmentApproved: 'ignore',
  TargetAdjustmentRejected: 'ignore',
  FollowUpItemCommented: 'ignore',
  PersonalSummarySubmitted: 'ignore',
  TeamSummarySubmitted: 'ignore',
  'TeamSummarySubmitted.v2': 'ignore',
  PlanAppraised: 'ignore',
  AppraisalRevised: 'ignore',
  AppraisalApproved: 'ignore',
  AppraisalRejected: 'ignore',
  ResultsPublished: 'ignore',
  CarryOverReceived: 'ignore',
  CarryOverWaived: 'ignore',
} as const satisfies EventHandling<ConversionLedgerSource>;

export type ConversionLedgerEvent = Extract<ConversionLedgerSource, { type: Applied<typeof HANDLING> }>;

const statusOf = (doc: Pick<ConversionDocument, 'actuals' | 'unattributedOn'>): ConversionStatus =>
  doc.actuals.length > 0 ? 'attributed' : doc.unattributedOn !== null ? 'unattributed' : 'pending';

export function evolveConversionLedger(document: ConversionDocument | null, event: RecordedOf<ConversionLedgerEvent>, id: string): ConversionDocument | null {
  if (document && event.position <= document.lastPosition) return document;
  if (event.type === 'ProspectConverted') {
    if (document) return document;
    const d = event.data;
    return {
      id,
      prospectId: d.prospectId,
      team: d.team,
      name: d.name,
      salespersonId: d.salespersonId,
      convertedOn: d.convertedOn,
      convertedBy: d.convertedBy,
      grade: d.grade,
      suggestedCreditLimit: d.suggestedCreditLimit,
      status: 'pending',
      actuals: [],
      unattributedAttempts: [],
      unattributedOn: null,
      lastPosition: event.position,
    };
  }
  if (!document) return null;
  let next: ConversionDocument;
  switch (event.type) {
    case 'ActualRecorded': {
      const d = event.data;
      const actual: ConversionActual = { planId: d.planId, period: d.period, salespersonId: d.salespersonId, date: d.date, recordedBy: d.recordedBy };
      next = { ...document, actuals: [...document.actuals, actual] };
      break;
    }
    case 'ConversionLeftUnattributed':
      next = { ...document, unattributedAttempts: event.data.attempts, unattributedOn: occurredOn(event) };
      break;
    default: {
      const _exhaustive: never = event;
      return document;
    }
  }
  return { ...next, status: statusOf(next), lastPosition: event.position };
}

export const conversionLedgerProjection: Projection<ConversionDocument, ConversionLedgerEvent> & Handles<ConversionLedgerSource> = {
  name: CONVERSION_LEDGER,
  version: 1,
  collection: 'conversions',
  get queries() {
    return Object.values(CONVERSION_LEDGER_QUERIES);
  },
  handling: HANDLING,
  eventTypes: appliedTypes(HANDLING),
  keys: (event) => {
    if (event.type === 'ActualRecorded') {
      const prospectId = conversionOf(event.data);
      return prospectId ? [prospectId] : [];
    }
    return [event.data.prospectId];
  },
  evolve: evolveConversionLedger,
};
