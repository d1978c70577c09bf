import type { Projection, RecordedOf } from '#app/read-store';
import type { ActualRecorded } from '#app/sales-planning';
import { occurredOn, type Money } from '#app/shared-kernel';
import type { CreditGrade } from '../prospect/credit-grade.js';
import type { ProspectConverted } from '../prospect/prospect.events.js';
import type { ConversionLeftUnattributed, PlanAttempt } from '../application/conversion-attribution.events.js';

/** pending: the conversion process has not answered yet; attributed: a plan counts it; unattributed: no executing plan took it. */
export type ConversionStatus = 'pending' | 'attributed' | 'unattributed';

/** A `new_customers` actual with the reference `prospect:<id>`, by the conversion process or by hand. */
export interface ConversionActual {
  planId: string;
  period: string;
  salespersonId: string;
  date: string;
  recordedBy: string;
}

/** The conversion ledger: every converted prospect and how it counts on the team's plans. */
export interface ConversionDocument {
  id: string;
  prospectId: string;
  team: string;
  name: string;
  salespersonId: string;
  convertedOn: string;
  convertedBy: string;
  grade: CreditGrade;
  suggestedCreditLimit: Money;
  status: ConversionStatus;
  /** More than one would be counting the conversion twice. */
  actuals: ConversionActual[];
  /** The plans tried and why none took the conversion; kept after a later attribution by hand. */
  unattributedAttempts: PlanAttempt[];
  unattributedOn: string | null;
  lastPosition: number;
}

export type ConversionLedgerEvent = ProspectConverted | ActualRecorded | ConversionLeftUnattributed;

const PROSPECT_REFERENCE = /^prospect:(.+)$/;

/** The prospect a `new_customers` actual counts, from its reference `prospect:<id>`. */
export function conversionOf(actual: ActualRecorded['data']): string | null {
  if (actual.metric !== 'new_customers') return null;
  return PROSPECT_REFERENCE.exec(actual.reference)?.[1] ?? null;
}

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

export const conversionLedgerProjection: Projection<ConversionDocument, ConversionLedgerEvent> = {
  name: 'conversion-ledger',
  version: 1,
  collection: 'conversions',
  indexes: ['team', 'status', 'convertedOn'],
  eventTypes: ['ProspectConverted', 'ActualRecorded', 'ConversionLeftUnattributed'],
  keys: (event) => {
    if (event.type === 'ActualRecorded') {
      const prospectId = conversionOf(event.data);
      return prospectId ? [prospectId] : [];
    }
    return [event.data.prospectId];
  },
  evolve: evolveConversionLedger,
};
