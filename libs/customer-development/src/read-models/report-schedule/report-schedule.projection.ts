import type { Projection, RecordedOf } from '#app/read-store';
import { appliedTypes, occurredOn, type Applied, type EventHandling, type Handles, type Money } from '#app/shared-kernel';
import type { DevelopmentStage, ProspectEvent } from '../../prospect/prospect.events.js';
import { REPORT_SCHEDULE_QUERIES } from './report-schedule.queries.js';

/**
 * When each prospect in development last reported (step 7, 定期汇报). A document lives from the
 * prospect's listing until it is converted or abandoned; only while in development does it carry
 * `lastActivityOn`, the day overdue reports are measured from.
 */
export interface ReportScheduleDocument {
  id: string;
  prospectId: string;
  team: string;
  name: string;
  salespersonId: string | null;
  salespersonName: string | null;
  inDevelopment: boolean;
  developmentStartedOn: string | null;
  /** The day the latest development report was filed. */
  lastReportOn: string | null;
  lastReportNumber: number;
  lastVisitDate: string | null;
  lastStage: DevelopmentStage | null;
  lastNextStep: string | null;
  /** In development: lastReportOn, else developmentStartedOn. Null when not in development. */
  lastActivityOn: string | null;
  expectedDealValue: Money | null;
  lastPosition: number;
}

export const REPORT_SCHEDULE = 'development-report-schedule';

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
  DevelopmentStarted: 'apply',
  DevelopmentReportFiled: 'apply',
  DevelopmentReportCommented: 'ignore',
  ProspectConverted: 'apply',
  ProspectAbandoned: 'apply',
} as const satisfies EventHandling<ProspectEvent>;

type ScheduleEvent = Extract<ProspectEvent, { type: Applied<typeof HANDLING> }>;

export function evolveReportSchedule(document: ReportScheduleDocument | null, event: RecordedOf<ScheduleEvent>, id: string): ReportScheduleDocument | null {
  if (document && event.position <= document.lastPosition) return document;
  if (event.type === 'ProspectAdded') {
    if (document) return document;
    const d = event.data;
    return {
      id,
      prospectId: d.prospectId,
      team: d.team,
      name: d.name,
      salespersonId: d.assignedSalespersonId ?? null,
      salespersonName: d.assignedSalespersonName ?? null,
      inDevelopment: false,
      developmentStartedOn: null,
      lastReportOn: null,
      lastReportNumber: 0,
      lastVisitDate: null,
      lastStage: null,
      lastNextStep: null,
      lastActivityOn: null,
      expectedDealValue: null,
      lastPosition: event.position,
    };
  }
  if (!document) return null;
  const on = occurredOn(event);
  switch (event.type) {
    case 'ProspectAssigned':
      return { ...document, salespersonId: event.data.salespersonId, salespersonName: event.data.salespersonName, lastPosition: event.position };
    case 'DevelopmentStarted':
      return {
        ...document,
        salespersonId: event.data.salespersonId,
        inDevelopment: true,
        developmentStartedOn: on,
        lastActivityOn: on,
        expectedDealValue: event.data.expectedDealValue,
        lastPosition: event.position,
      };
    case 'DevelopmentReportFiled': {
      const d = event.data;
      return {
        ...document,
        lastReportOn: on,
        lastReportNumber: d.reportNumber,
        lastVisitDate: d.visitDate,
        lastStage: d.stage,
        lastNextStep: d.nextStep,
        lastActivityOn: document.inDevelopment ? on : null,
        expectedDealValue: d.expectedDealValue ?? document.expectedDealValue,
        lastPosition: event.position,
      };
    }
    case 'ProspectConverted':
    case 'ProspectAbandoned':
      return null;
    default: {
      const _exhaustive: never = event;
      return document;
    }
  }
}

export const reportScheduleProjection: Projection<ReportScheduleDocument, ScheduleEvent> & Handles<ProspectEvent> = {
  name: REPORT_SCHEDULE,
  version: 1,
  collection: 'development_report_schedule',
  get queries() {
    return Object.values(REPORT_SCHEDULE_QUERIES);
  },
  handling: HANDLING,
  eventTypes: appliedTypes(HANDLING),
  keys: (event) => [event.data.prospectId],
  evolve: evolveReportSchedule,
};
