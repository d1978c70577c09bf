import type { Projection, RecordedOf } from '#app/read-store';
import { appliedTypes, parsePeriod, periodBounds, type Applied, type EventHandling, type Handles } from '#app/shared-kernel';
import type { PlanEvent } from '../../plan/plan.events.js';
import type { LedgerEntry } from './rollover-ledger.responses.js';

export const ROLLOVER_LEDGER = 'rollover-ledger';

/** Period roll-over ledger: one document per team × period. */
export interface RolloverLedgerDocument {
  id: string;
  team: string;
  period: string;
  granularity: string;
  periodStart: string;
  entries: LedgerEntry[];
  published: boolean;
  /** At publication: salespeople with targets, and those of them with a shortfall. */
  salespeople: string[];
  withShortfall: string[];
  /** Salesperson id → name, from the lines and appraisal items (absent on documents of version 1). */
  names?: Record<string, string>;
  lastPosition: number;
}

export const ledgerId = (team: string, period: string): string => `${team}|${period}`;

const HANDLING = {
  PlanOpened: 'ignore',
  PlanSubmitted: 'ignore',
  PlanApproved: 'ignore',
  PlanRejected: 'ignore',
  PlanBookSubmitted: 'ignore',
  PlanBookApproved: 'ignore',
  PlanBookRejected: 'ignore',
  ActualRecorded: 'ignore',
  ProgressReviewRecorded: 'ignore',
  DifficultyReportSubmitted: 'ignore',
  TargetAdjustmentProposed: 'ignore',
  TargetAdjustmentApproved: 'ignore',
  TargetAdjustmentRejected: 'ignore',
  PersonalSummarySubmitted: 'ignore',
  TeamSummarySubmitted: 'ignore',
  'TeamSummarySubmitted.v2': 'ignore',
  PlanAppraised: 'ignore',
  AppraisalRevised: 'ignore',
  AppraisalApproved: 'ignore',
  AppraisalRejected: 'ignore',
  ResultsPublished: 'apply',
  CarryOverReceived: 'apply',
  CarryOverWaived: 'apply',
} as const satisfies EventHandling<PlanEvent>;

type LedgerEvent = Extract<PlanEvent, { type: Applied<typeof HANDLING> }>;

export function evolveRolloverLedger(document: RolloverLedgerDocument | null, event: RecordedOf<LedgerEvent>, id: string): RolloverLedgerDocument {
  if (document && event.position <= document.lastPosition) return document;
  const { team, period } = event.data;
  const doc: RolloverLedgerDocument = document ?? {
    id,
    team,
    period,
    granularity: parsePeriod(period).granularity,
    periodStart: periodBounds(period).start,
    entries: [],
    published: false,
    salespeople: [],
    withShortfall: [],
    names: {},
    lastPosition: 0,
  };
  const named = (people: readonly { salespersonId: string; salespersonName: string }[]) => ({ ...doc.names, ...Object.fromEntries(people.map((p) => [p.salespersonId, p.salespersonName])) });
  switch (event.type) {
    case 'CarryOverReceived': {
      const known = new Set(doc.entries.filter((e) => e.kind === 'carried_in').map((e) => e.lineId));
      const entries = event.data.lines
        .filter((l) => !known.has(l.lineId))
        .map((l): LedgerEntry => ({
          kind: 'carried_in',
          lineId: l.lineId,
          salespersonId: l.salespersonId,
          salespersonName: l.salespersonName,
          metric: l.metric,
          amount: l.amount,
          ...(l.currency ? { currency: l.currency } : {}),
          originPeriod: l.originPeriod,
          path: l.path,
          counterpartPeriod: event.data.sourcePeriod,
        }));
      return { ...doc, entries: [...doc.entries, ...entries], names: named(event.data.lines), lastPosition: event.position };
    }
    case 'CarryOverWaived': {
      const d = event.data;
      const carried = doc.entries.find((e) => e.kind === 'carried_in' && e.lineId === d.lineId);
      const entry: LedgerEntry = {
        kind: 'waived',
        lineId: d.lineId,
        salespersonId: d.salespersonId,
        salespersonName: carried?.salespersonName ?? doc.names?.[d.salespersonId] ?? d.salespersonId,
        metric: d.metric,
        amount: d.amount,
        ...(carried?.currency ? { currency: carried.currency } : {}),
        originPeriod: d.originPeriod,
        path: carried?.path ?? [d.originPeriod],
      };
      return { ...doc, entries: [...doc.entries, entry], lastPosition: event.position };
    }
    case 'ResultsPublished': {
      const d = event.data;
      const carriedIn = new Map(doc.entries.filter((e) => e.kind === 'carried_in').map((e) => [e.lineId, e]));
      const settled = d.items.flatMap((item) =>
        item.settled.map((s): LedgerEntry => {
          const line = carriedIn.get(s.lineId);
          return {
            kind: 'settled',
            lineId: s.lineId,
            salespersonId: item.salespersonId,
            salespersonName: item.salespersonName,
            metric: item.metric,
            amount: s.amount,
            ...(item.currency ? { currency: item.currency } : {}),
            originPeriod: line?.originPeriod ?? d.period,
            path: line?.path ?? [],
          };
        }),
      );
      const out = d.carryOver.map((l): LedgerEntry => ({
        kind: 'carried_out',
        lineId: l.lineId,
        salespersonId: l.salespersonId,
        salespersonName: l.salespersonName,
        metric: l.metric,
        amount: l.amount,
        ...(l.currency ? { currency: l.currency } : {}),
        originPeriod: l.originPeriod,
        path: l.path,
        counterpartPeriod: d.nextPeriod,
      }));
      const salespeople = [...new Set(d.items.map((i) => i.salespersonId))];
      const withShortfall = [...new Set(d.items.filter((i) => i.shortfall > 0).map((i) => i.salespersonId))];
      return {
        ...doc,
        entries: [...doc.entries.filter((e) => e.kind !== 'settled' && e.kind !== 'carried_out'), ...settled, ...out],
        published: true,
        salespeople,
        withShortfall,
        names: named(d.items),
        lastPosition: event.position,
      };
    }
    default: {
      const _exhaustive: never = event;
      return doc;
    }
  }
}

export const rolloverLedgerProjection: Projection<RolloverLedgerDocument, LedgerEvent> & Handles<PlanEvent> = {
  name: ROLLOVER_LEDGER,
  version: 2,
  collection: 'rollover_ledger',
  indexes: ['team', 'periodStart', 'granularity'],
  handling: HANDLING,
  eventTypes: appliedTypes(HANDLING),
  keys: (event) => [ledgerId(event.data.team, event.data.period)],
  evolve: evolveRolloverLedger,
};
