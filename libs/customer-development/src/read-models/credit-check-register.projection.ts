import type { Projection, RecordedOf } from '#app/read-store';
import { occurredOn } from '#app/shared-kernel';
import type { CreditInvestigation, ProspectEvent } from '../prospect/prospect.events.js';

/** What screening made of a credit check (step 4); ProspectRedefined and ProspectStopped answer a reported issue on the prospect. */
export type CreditCheckOutcome = 'awaiting_screening' | 'key_prospect' | 'reinvestigation_requested' | 'credit_issue_reported';

/** One recorded new-customer credit investigation form 新客户信用调查表, with its computed grade. */
export interface CreditCheckDocument extends CreditInvestigation {
  id: string;
  prospectId: string;
  team: string;
  checkNumber: number;
  /** Recorded on a stopped prospect, re-opening it (Decision 8). */
  reopened: boolean;
  recordedBy: string;
  recordedOn: string;
  /** The salesperson the prospect was assigned to when the check was recorded, else who recorded it. */
  salespersonId: string;
  outcome: CreditCheckOutcome;
  outcomeOn: string | null;
  outcomeBy: string | null;
  /** The unclear points of a re-investigation request, or the reported credit issue. */
  outcomeNotes: string[];
  lastPosition: number;
}

const HANDLED = [
  'CreditCheckRecorded',
  'ProspectScreenedAsKey',
  'ProspectReinvestigationRequested',
  'CreditIssueReported',
] as const satisfies readonly ProspectEvent['type'][];
type CreditCheckEvent = Extract<ProspectEvent, { type: (typeof HANDLED)[number] }>;

export const creditCheckId = (prospectId: string, checkNumber: number): string => `${prospectId}:${checkNumber}`;

export function evolveCreditCheck(document: CreditCheckDocument | null, event: RecordedOf<CreditCheckEvent>, id: string): CreditCheckDocument | null {
  if (document && event.position <= document.lastPosition) return document;
  if (event.type === 'CreditCheckRecorded') {
    if (document) return document;
    const { assignedSalespersonId, checkNumber, reopened, recordedBy, prospectId, team, ...investigation } = event.data;
    return {
      ...investigation,
      id,
      prospectId,
      team,
      checkNumber,
      reopened,
      recordedBy,
      recordedOn: occurredOn(event),
      salespersonId: assignedSalespersonId ?? recordedBy,
      outcome: 'awaiting_screening',
      outcomeOn: null,
      outcomeBy: null,
      outcomeNotes: [],
      lastPosition: event.position,
    };
  }
  if (!document) return null;
  const decided = { ...document, outcomeOn: occurredOn(event), lastPosition: event.position };
  switch (event.type) {
    case 'ProspectScreenedAsKey':
      return { ...decided, outcome: 'key_prospect', outcomeBy: event.data.screenedBy, outcomeNotes: event.data.comment ? [event.data.comment] : [] };
    case 'ProspectReinvestigationRequested':
      return { ...decided, outcome: 'reinvestigation_requested', outcomeBy: event.data.requestedBy, outcomeNotes: event.data.unclearPoints };
    case 'CreditIssueReported':
      return { ...decided, outcome: 'credit_issue_reported', outcomeBy: event.data.reportedBy, outcomeNotes: [event.data.description] };
    default: {
      const _exhaustive: never = event;
      return document;
    }
  }
}

/** The credit check register: every recorded credit check, one document per prospect × check number. */
export const creditCheckRegisterProjection: Projection<CreditCheckDocument, CreditCheckEvent> = {
  name: 'credit-check-register',
  version: 1,
  collection: 'credit_checks',
  indexes: ['team', 'prospectId', 'grade', 'investigatedOn'],
  eventTypes: HANDLED,
  keys: (event) => [creditCheckId(event.data.prospectId, event.data.checkNumber)],
  evolve: evolveCreditCheck,
};
