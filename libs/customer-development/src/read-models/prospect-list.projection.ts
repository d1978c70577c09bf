import type { Projection, RecordedOf } from '#app/read-store';
import { occurredOn, type Money } from '#app/shared-kernel';
import type { SizeClass } from '../shared/size-class.js';
import type { CreditGrade } from '../prospect/credit-grade.js';
import {
  PROSPECT_EVENT_TYPES,
  type DevelopmentStage,
  type PaymentBehaviour,
  type ProspectContact,
  type ProspectEvent,
} from '../prospect/prospect.events.js';
import { evolveProspect, type ExistingProspectState, type ProspectStatus } from '../prospect/prospect.js';

/** The dates a user of the list looks for (YYYY-MM-DD); null until the step happened. */
export interface ProspectKeyDates {
  addedOn: string;
  /** investigatedOn of the latest credit check. */
  lastCreditCheckOn: string | null;
  screenedAsKeyOn: string | null;
  applicationSubmittedOn: string | null;
  approvedOn: string | null;
  developmentStartedOn: string | null;
  /** The day the latest development report was filed. */
  lastReportOn: string | null;
  convertedOn: string | null;
  /** Converted, stopped or abandoned; cleared when a new credit check re-opens a stopped prospect. */
  closedOn: string | null;
}

export interface CreditCheckSummary {
  checkNumber: number;
  grade: CreditGrade;
  totalPoints: number;
  suggestedCreditLimit: Money;
  paymentBehaviour: PaymentBehaviour;
  investigatedOn: string;
}

/** A row of the potential customer list 潜在客户名单. */
export interface ProspectListDocument {
  id: string;
  prospectId: string;
  team: string;
  name: string;
  normalisedName: string;
  industry: string;
  /** Lower-cased industry and region, for case-insensitive filters. */
  industryKey: string;
  region: string;
  regionKey: string;
  size: SizeClass;
  contact: ProspectContact;
  source: string;
  initialAssessment: string;
  registrationNumber: string | null;
  assignedSalespersonId: string | null;
  assignedSalespersonName: string | null;
  status: ProspectStatus;
  latestCreditGrade: CreditGrade | null;
  latestCreditCheck: CreditCheckSummary | null;
  /** From the development application, then from the latest report that gives one. */
  expectedDealValue: Money | null;
  /** The stage of the latest development report. */
  developmentStage: DevelopmentStage | null;
  reportCount: number;
  keyDates: ProspectKeyDates;
  updatedAt: string;
  lastPosition: number;
  /** The decider's state, so `status` means exactly what it means to the domain. */
  prospect: ExistingProspectState;
}

export const textKey = (text: string): string => text.normalize('NFKC').trim().toLowerCase();

function added(event: RecordedOf<Extract<ProspectEvent, { type: 'ProspectAdded' }>>, id: string): ProspectListDocument {
  const d = event.data;
  const prospect = evolveProspect({ status: 'none' }, { type: event.type, data: d }) as ExistingProspectState;
  return {
    id,
    prospectId: d.prospectId,
    team: d.team,
    name: d.name,
    normalisedName: d.normalisedName,
    industry: d.industry,
    industryKey: textKey(d.industry),
    region: d.region,
    regionKey: textKey(d.region),
    size: d.size,
    contact: d.contact,
    source: d.source,
    initialAssessment: d.initialAssessment,
    registrationNumber: d.registrationNumber ?? null,
    assignedSalespersonId: d.assignedSalespersonId ?? null,
    assignedSalespersonName: d.assignedSalespersonName ?? null,
    status: prospect.status,
    latestCreditGrade: null,
    latestCreditCheck: null,
    expectedDealValue: null,
    developmentStage: null,
    reportCount: 0,
    keyDates: {
      addedOn: occurredOn(event),
      lastCreditCheckOn: null,
      screenedAsKeyOn: null,
      applicationSubmittedOn: null,
      approvedOn: null,
      developmentStartedOn: null,
      lastReportOn: null,
      convertedOn: null,
      closedOn: null,
    },
    updatedAt: event.createdAt,
    lastPosition: event.position,
    prospect,
  };
}

export function evolveProspectList(document: ProspectListDocument | null, event: RecordedOf<ProspectEvent>, id: string): ProspectListDocument | null {
  if (document && event.position <= document.lastPosition) return document;
  if (event.type === 'ProspectAdded') return document ?? added(event, id);
  if (!document) return null;
  const prospect = evolveProspect(document.prospect, { type: event.type, data: event.data } as ProspectEvent);
  if (prospect.status === 'none') return document;
  const on = occurredOn(event);
  const doc: ProspectListDocument = { ...document, status: prospect.status, prospect, updatedAt: event.createdAt, lastPosition: event.position };
  const dates = (changes: Partial<ProspectKeyDates>): ProspectKeyDates => ({ ...doc.keyDates, ...changes });
  switch (event.type) {
    case 'ProspectAssigned':
      return { ...doc, assignedSalespersonId: event.data.salespersonId, assignedSalespersonName: event.data.salespersonName };
    case 'CreditCheckRecorded': {
      const d = event.data;
      return {
        ...doc,
        registrationNumber: d.registrationNumber,
        latestCreditGrade: d.grade,
        latestCreditCheck: {
          checkNumber: d.checkNumber,
          grade: d.grade,
          totalPoints: d.totalPoints,
          suggestedCreditLimit: d.suggestedCreditLimit,
          paymentBehaviour: d.paymentBehaviour,
          investigatedOn: d.investigatedOn,
        },
        keyDates: dates({ lastCreditCheckOn: d.investigatedOn, closedOn: null }),
      };
    }
    case 'ProspectScreenedAsKey':
      return { ...doc, keyDates: dates({ screenedAsKeyOn: on }) };
    case 'ProspectStopped':
    case 'ProspectAbandoned':
      return { ...doc, keyDates: dates({ closedOn: on }) };
    case 'DevelopmentApplicationSubmitted':
      return { ...doc, expectedDealValue: event.data.expectedDealValue, keyDates: dates({ applicationSubmittedOn: on }) };
    case 'DevelopmentApplicationApprovedByManager':
      return { ...doc, keyDates: dates({ approvedOn: on }) };
    case 'DevelopmentStarted':
      return { ...doc, expectedDealValue: event.data.expectedDealValue, keyDates: dates({ developmentStartedOn: on }) };
    case 'DevelopmentReportFiled':
      return {
        ...doc,
        reportCount: event.data.reportNumber,
        developmentStage: event.data.stage,
        expectedDealValue: event.data.expectedDealValue ?? doc.expectedDealValue,
        keyDates: dates({ lastReportOn: on }),
      };
    case 'ProspectConverted':
      return { ...doc, keyDates: dates({ convertedOn: event.data.convertedOn, closedOn: event.data.convertedOn }) };
    case 'ProspectReinvestigationRequested':
    case 'CreditIssueReported':
    case 'ProspectRedefined':
    case 'DevelopmentApplicationApprovedBySupervisor':
    case 'DevelopmentApplicationRejectedBySupervisor':
    case 'DevelopmentApplicationRejectedByManager':
    case 'DevelopmentReportCommented':
      return doc;
    default: {
      const _exhaustive: never = event;
      return doc;
    }
  }
}

export const prospectListProjection: Projection<ProspectListDocument, ProspectEvent> = {
  name: 'prospect-list',
  version: 1,
  collection: 'prospect_list',
  indexes: ['team', 'status', 'normalisedName'],
  eventTypes: PROSPECT_EVENT_TYPES,
  keys: (event) => [event.data.prospectId],
  evolve: evolveProspectList,
};
