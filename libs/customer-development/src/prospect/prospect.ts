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
  switch (event.type) {
    case 'ProspectAssigned':
      return { ...state, assignedSalespersonId: event.data.salespersonId };
    case 'CreditCheckRecorded': {
      const { checkNumber, grade, suggestedCreditLimit } = event.data;
      const { application: _void, ...rest } = state;
      return { ...rest, status: 'investigated', latestCreditCheck: { checkNumber, grade, suggestedCreditLimit } };
    }
    case 'ProspectScreenedAsKey':
      return { ...state, status: 'key_prospect' };
    case 'ProspectReinvestigationRequested':
      return { ...state, status: 'reinvestigation_requested' };
    case 'CreditIssueReported':
      return { ...state, status: 'on_hold' };
    case 'ProspectRedefined':
      return { ...state, status: 'investigated' };
    case 'ProspectStopped':
      return { ...state, status: 'stopped' };
    case 'DevelopmentApplicationSubmitted':
      return {
        ...state,
        status: 'application_submitted',
        applicationVersion: event.data.version,
        application: { version: event.data.version, submittedBy: event.data.submittedBy, expectedDealValue: event.data.expectedDealValue },
      };
    case 'DevelopmentApplicationApprovedBySupervisor':
      return state.application
        ? { ...state, status: 'supervisor_approved', application: { ...state.application, supervisorApprovedBy: event.data.approvedBy } }
        : state;
    case 'DevelopmentApplicationRejectedBySupervisor':
    case 'DevelopmentApplicationRejectedByManager':
      return { ...state, status: 'application_rejected' };
    case 'DevelopmentApplicationApprovedByManager':
      return { ...state, status: 'approved' };
    case 'DevelopmentStarted':
      return { ...state, status: 'in_development' };
    case 'DevelopmentReportFiled':
      return { ...state, reportCount: event.data.reportNumber };
    case 'DevelopmentReportCommented':
      return state;
    case 'ProspectConverted':
      return { ...state, status: 'converted' };
    case 'ProspectAbandoned':
      return { ...state, status: 'abandoned' };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}
