import type { Projection, RecordedOf } from '#app/read-store';
import { appliedTypes, occurredAtOf, type Applied, type EventHandling, type Handles } from '#app/shared-kernel';
import type { ProspectEvent } from '../../prospect/prospect.events.js';
import { DEVELOPMENT_REPORTS_QUERIES } from './development-reports.queries.js';
import type { DevelopmentReportsDocument } from './development-reports.responses.js';

export const DEVELOPMENT_REPORTS = 'development-reports';

const HANDLING = {
  ProspectAdded: 'apply',
  ProspectAssigned: 'apply',
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
  DevelopmentReportFiled: 'apply',
  DevelopmentReportCommented: 'apply',
  ProspectConverted: 'ignore',
  ProspectAbandoned: 'ignore',
} as const satisfies EventHandling<ProspectEvent>;

type ReportsEvent = Extract<ProspectEvent, { type: Applied<typeof HANDLING> }>;

/** The customer development forms 客户开发表 of a prospect, each with the supervisor's comments (step 7). */
export function evolveDevelopmentReports(document: DevelopmentReportsDocument | null, event: RecordedOf<ReportsEvent>, id: string): DevelopmentReportsDocument | null {
  if (document && event.position <= document.lastPosition) return document;
  if (event.type === 'ProspectAdded') {
    const d = event.data;
    return document ?? { id, prospectId: d.prospectId, team: d.team, name: d.name, assignedSalespersonId: d.assignedSalespersonId ?? null, reports: [], lastPosition: event.position };
  }
  if (!document) return null;
  switch (event.type) {
    case 'ProspectAssigned':
      return { ...document, assignedSalespersonId: event.data.salespersonId, lastPosition: event.position };
    case 'DevelopmentReportFiled': {
      const d = event.data;
      const entry = {
        reportNumber: d.reportNumber,
        visitDate: d.visitDate,
        method: d.method,
        discussed: d.discussed,
        result: d.result,
        stage: d.stage,
        nextStep: d.nextStep,
        expectedDealValue: d.expectedDealValue ?? null,
        problems: d.problems ?? null,
        filedBy: d.filedBy,
        filedAt: occurredAtOf(event),
        supervisorComments: [],
      };
      return { ...document, reports: [...document.reports, entry], lastPosition: event.position };
    }
    case 'DevelopmentReportCommented': {
      const d = event.data;
      const comment = { comment: d.comment, commentedBy: d.commentedBy, commentedAt: occurredAtOf(event) };
      const reports = document.reports.map((r) => (r.reportNumber === d.reportNumber ? { ...r, supervisorComments: [...r.supervisorComments, comment] } : r));
      return { ...document, reports, lastPosition: event.position };
    }
    default: {
      const _exhaustive: never = event;
      return document;
    }
  }
}

export const developmentReportsProjection: Projection<DevelopmentReportsDocument, ReportsEvent> & Handles<ProspectEvent> = {
  name: DEVELOPMENT_REPORTS,
  version: 1,
  collection: 'development_reports',
  get queries() {
    return Object.values(DEVELOPMENT_REPORTS_QUERIES);
  },
  handling: HANDLING,
  eventTypes: appliedTypes(HANDLING),
  keys: (event) => [event.data.prospectId],
  evolve: evolveDevelopmentReports,
};
