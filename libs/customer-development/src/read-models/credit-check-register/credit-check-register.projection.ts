import type { Projection, RecordedOf } from '#app/read-store';
import { appliedTypes, occurredOn, type Applied, type EventHandling, type Handles } from '#app/shared-kernel';
import type { ProspectEvent } from '../../prospect/prospect.events.js';
import type { CreditCheckDocument } from './credit-check-register.responses.js';
import { CREDIT_CHECK_REGISTER_QUERIES } from './credit-check-register.queries.js';

export const CREDIT_CHECK_REGISTER = 'credit-check-register';

const HANDLING = {
  ProspectAdded: 'ignore',
  ProspectAssigned: 'ignore',
  CreditCheckRecorded: 'apply',
  ProspectScreenedAsKey: 'apply',
  ProspectReinvestigationRequested: 'apply',
  CreditIssueReported: 'apply',
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
  ProspectConverted: 'ignore',
  ProspectAbandoned: 'ignore',
} as const satisfies EventHandling<ProspectEvent>;

type CreditCheckEvent = Extract<ProspectEvent, { type: Applied<typeof HANDLING> }>;

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
export const creditCheckRegisterProjection: Projection<CreditCheckDocument, CreditCheckEvent> & Handles<ProspectEvent> = {
  name: CREDIT_CHECK_REGISTER,
  version: 1,
  collection: 'credit_checks',
  get queries() {
    return Object.values(CREDIT_CHECK_REGISTER_QUERIES);
  },
  handling: HANDLING,
  eventTypes: appliedTypes(HANDLING),
  keys: (event) => [creditCheckId(event.data.prospectId, event.data.checkNumber)],
  evolve: evolveCreditCheck,
};
