import type { Projection, RecordedOf } from '#app/read-store';
import { occurredOn, type EventHandling, type Handles } from '#app/shared-kernel';
import { PROSPECT_EVENT_TYPES, type ProspectEvent } from '../../prospect/prospect.events.js';
import { PROSPECT_STATUS_AFTER } from '../../prospect/prospect.js';
import type { ProspectKeyDates, ProspectListItem } from './prospect-list.responses.js';
import { PROSPECT_LIST_QUERIES } from './prospect-list.queries.js';

export const PROSPECT_LIST = 'prospect-list';

/** A row of the list with the lower-cased industry and region its case-insensitive filters match. */
export interface ProspectListDocument extends ProspectListItem {
  industryKey: string;
  regionKey: string;
}

/** Every prospect event is activity on the row (status, dates, updatedAt). */
const HANDLING = Object.fromEntries(PROSPECT_EVENT_TYPES.map((type) => [type, 'apply'])) as { readonly [T in ProspectEvent['type']]: 'apply' } satisfies EventHandling<ProspectEvent>;

export const textKey = (text: string): string => text.normalize('NFKC').trim().toLowerCase();

function added(event: RecordedOf<Extract<ProspectEvent, { type: 'ProspectAdded' }>>, id: string): ProspectListDocument {
  const d = event.data;
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
    status: 'listed',
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
  };
}

export function evolveProspectList(document: ProspectListDocument | null, event: RecordedOf<ProspectEvent>, id: string): ProspectListDocument | null {
  if (document && event.position <= document.lastPosition) return document;
  if (event.type === 'ProspectAdded') return document ?? added(event, id);
  if (!document) return null;
  const on = occurredOn(event);
  const doc: ProspectListDocument = { ...document, status: PROSPECT_STATUS_AFTER[event.type] ?? document.status, updatedAt: event.createdAt, lastPosition: event.position };
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

export const prospectListProjection: Projection<ProspectListDocument, ProspectEvent> & Handles<ProspectEvent> = {
  name: PROSPECT_LIST,
  version: 2,
  handling: HANDLING,
  collection: 'prospect_list',
  get queries() {
    return Object.values(PROSPECT_LIST_QUERIES);
  },
  eventTypes: PROSPECT_EVENT_TYPES,
  keys: (event) => [event.data.prospectId],
  evolve: evolveProspectList,
};
