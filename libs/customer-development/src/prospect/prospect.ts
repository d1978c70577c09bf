import type { Money } from '#app/shared-kernel';
import type { CreditGrade } from './credit-grade.js';
import type { ProspectEvent } from './prospect.events.js';

export const PROSPECT_STATUSES = [
  'listed',
  'investigated',
  'reinvestigation_requested',
  'key_prospect',
  'on_hold',
  'stopped',
  'application_submitted',
  'supervisor_approved',
  'application_rejected',
  'approved',
  'in_development',
  'converted',
  'abandoned',
] as const;
export type ProspectStatus = (typeof PROSPECT_STATUSES)[number];

export interface LatestCreditCheck {
  checkNumber: number;
  grade: CreditGrade;
  suggestedCreditLimit: Money;
}

export interface PendingApplication {
  version: number;
  submittedBy: string;
  supervisorApprovedBy?: string;
  expectedDealValue: Money;
}

export interface ExistingProspectState {
  status: ProspectStatus;
  prospectId: string;
  team: string;
  name: string;
  assignedSalespersonId?: string;
  latestCreditCheck?: LatestCreditCheck;
  applicationVersion: number;
  application?: PendingApplication;
  reportCount: number;
}

export type ProspectState = { status: 'none' } | ExistingProspectState;

export const initialProspectState = (): ProspectState => ({ status: 'none' });

/** The prospect's status after each event; null keeps the status it had. */
export const PROSPECT_STATUS_AFTER: { readonly [T in ProspectEvent['type']]: ProspectStatus | null } = {
  ProspectAdded: 'listed',
  ProspectAssigned: null,
  CreditCheckRecorded: 'investigated',
  ProspectScreenedAsKey: 'key_prospect',
  ProspectReinvestigationRequested: 'reinvestigation_requested',
  CreditIssueReported: 'on_hold',
  ProspectRedefined: 'investigated',
  ProspectStopped: 'stopped',
  DevelopmentApplicationSubmitted: 'application_submitted',
  DevelopmentApplicationApprovedBySupervisor: 'supervisor_approved',
  DevelopmentApplicationRejectedBySupervisor: 'application_rejected',
  DevelopmentApplicationApprovedByManager: 'approved',
  DevelopmentApplicationRejectedByManager: 'application_rejected',
  DevelopmentStarted: 'in_development',
  DevelopmentReportFiled: null,
  DevelopmentReportCommented: null,
  ProspectConverted: 'converted',
  ProspectAbandoned: 'abandoned',
};

export const prospectStream = (prospectId: string): string => `prospect-${prospectId}`;

export function evolveProspect(state: ProspectState, event: ProspectEvent): ProspectState {
  if (event.type === 'ProspectAdded') {
    const d = event.data;
    return {
      status: 'listed',
      prospectId: d.prospectId,
      team: d.team,
      name: d.name,
      ...(d.assignedSalespersonId ? { assignedSalespersonId: d.assignedSalespersonId } : {}),
      applicationVersion: 0,
      reportCount: 0,
    };
  }
  if (state.status === 'none') return state;
  return { ...evolveExisting(state, event), status: PROSPECT_STATUS_AFTER[event.type] ?? state.status };
}

function evolveExisting(state: ExistingProspectState, event: Exclude<ProspectEvent, { type: 'ProspectAdded' }>): ExistingProspectState {
  switch (event.type) {
    case 'ProspectAssigned':
      return { ...state, assignedSalespersonId: event.data.salespersonId };
    case 'CreditCheckRecorded': {
      const { checkNumber, grade, suggestedCreditLimit } = event.data;
      const { application: _void, ...rest } = state;
      return { ...rest, latestCreditCheck: { checkNumber, grade, suggestedCreditLimit } };
    }
    case 'DevelopmentApplicationSubmitted':
      return {
        ...state,
        applicationVersion: event.data.version,
        application: { version: event.data.version, submittedBy: event.data.submittedBy, expectedDealValue: event.data.expectedDealValue },
      };
    case 'DevelopmentApplicationApprovedBySupervisor':
      return state.application ? { ...state, application: { ...state.application, supervisorApprovedBy: event.data.approvedBy } } : state;
    case 'DevelopmentReportFiled':
      return { ...state, reportCount: event.data.reportNumber };
    case 'ProspectScreenedAsKey':
    case 'ProspectReinvestigationRequested':
    case 'CreditIssueReported':
    case 'ProspectRedefined':
    case 'ProspectStopped':
    case 'DevelopmentApplicationRejectedBySupervisor':
    case 'DevelopmentApplicationRejectedByManager':
    case 'DevelopmentApplicationApprovedByManager':
    case 'DevelopmentStarted':
    case 'DevelopmentReportCommented':
    case 'ProspectConverted':
    case 'ProspectAbandoned':
      return state;
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}
