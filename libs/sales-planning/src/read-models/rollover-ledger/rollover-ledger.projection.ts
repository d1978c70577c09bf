import type { Projection, RecordedOf } from '#app/read-store';
import { appliedTypes, parsePeriod, periodBounds, type Applied, type EventHandling, type Handles } from '#app/shared-kernel';
import { appraiseLine } from '../../plan/appraisal.js';
import type { PlanEvent } from '../../plan/plan.events.js';
import { addAdjustments, carriedLinesOf, lineKey, planLines, type PlanLineFacts } from '../../plan/plan.js';
import type { LedgerEntry } from './rollover-ledger.responses.js';
import { ROLLOVER_LEDGER_QUERIES } from './rollover-ledger.queries.js';

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
  /** Until publication, the plan's lines (targets, adjustments, carried lines, actuals): the settlement of carried debt as actuals arrive. */
  facts: PlanLineFacts;
  /** Salesperson id → name (as stored: personal data), from the targets, carried lines and appraisal items. */
  names: Record<string, string>;
  lastPosition: number;
}

export const ledgerId = (team: string, period: string): string => `${team}|${period}`;

const HANDLING = {
  PlanOpened: 'apply',
  PlanSubmitted: 'apply',
  PlanApproved: 'apply',
  PlanRejected: 'ignore',
  PlanBookSubmitted: 'ignore',
  PlanBookApproved: 'ignore',
  PlanBookRejected: 'ignore',
  ActualRecorded: 'apply',
  ProgressReviewRecorded: 'ignore',
  DifficultyReportSubmitted: 'ignore',
  TargetAdjustmentProposed: 'ignore',
  TargetAdjustmentApproved: 'apply',
  TargetAdjustmentRejected: 'ignore',
  FollowUpItemCommented: 'ignore',
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
    facts: { currency: '', targets: [], carriedIn: [], adjustments: {}, actuals: {} },
    names: {},
    lastPosition: 0,
  };
  if (doc.published && event.type !== 'CarryOverReceived' && event.type !== 'CarryOverWaived') return { ...doc, lastPosition: event.position };
  switch (event.type) {
    case 'PlanOpened':
      return withFacts(doc, { currency: event.data.currency }, event.position);
    case 'PlanSubmitted':
      return withFacts({ ...doc, names: named(doc, event.data.targets) }, { targets: event.data.targets }, event.position);
    case 'PlanApproved':
      return withFacts(doc, { carriedIn: doc.facts.carriedIn.map((c) => (c.status === 'pending_approval' ? { ...c, status: 'active' as const } : c)) }, event.position);
    case 'TargetAdjustmentApproved':
      return withFacts(doc, { adjustments: addAdjustments(doc.facts.adjustments, event.data.changes) }, event.position);
    case 'ActualRecorded': {
      const key = lineKey(event.data.salespersonId, event.data.metric);
      return withFacts(doc, { actuals: { ...doc.facts.actuals, [key]: (doc.facts.actuals[key] ?? 0) + event.data.amount } }, event.position);
    }
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
      const received = carriedLinesOf(event.data.lines.filter((l) => !known.has(l.lineId)), event.data.appliedAs);
      return withFacts({ ...doc, entries: [...doc.entries, ...entries], names: named(doc, event.data.lines) }, { carriedIn: [...doc.facts.carriedIn, ...received] }, event.position);
    }
    case 'CarryOverWaived': {
      const d = event.data;
      const carried = doc.entries.find((e) => e.kind === 'carried_in' && e.lineId === d.lineId);
      const entry: LedgerEntry = {
        kind: 'waived',
        lineId: d.lineId,
        salespersonId: d.salespersonId,
        salespersonName: carried?.salespersonName ?? doc.names[d.salespersonId] ?? d.salespersonId,
        metric: d.metric,
        amount: d.amount,
        ...(carried?.currency ? { currency: carried.currency } : {}),
        originPeriod: d.originPeriod,
        path: carried?.path ?? [d.originPeriod],
      };
      const carriedIn = doc.facts.carriedIn.map((c) => (c.lineId === d.lineId ? { ...c, status: 'waived' as const } : c));
      return withFacts({ ...doc, entries: [...doc.entries, entry] }, { carriedIn }, event.position);
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
        names: named(doc, d.items),
        lastPosition: event.position,
      };
    }
    default: {
      const _exhaustive: never = event;
      return doc;
    }
  }
}

const named = (doc: RolloverLedgerDocument, people: readonly { salespersonId: string; salespersonName: string }[]): Record<string, string> => ({
  ...doc.names,
  ...Object.fromEntries(people.map((p) => [p.salespersonId, p.salespersonName])),
});

/**
 * The facts changed: until the results are published, the settled entries are what the actuals
 * recorded so far pay off of the active carried lines, oldest debt first (the appraisal's own rule),
 * so the ledger shows settlement as actuals arrive; publication then books the appraisal's.
 */
function withFacts(doc: RolloverLedgerDocument, change: Partial<PlanLineFacts>, position: number): RolloverLedgerDocument {
  const facts = { ...doc.facts, ...change };
  if (doc.published) return { ...doc, facts, lastPosition: position };
  const carried = new Map(facts.carriedIn.map((c) => [c.lineId, c]));
  const settled = planLines(facts).flatMap((line) =>
    appraiseLine(doc.period, line).settled.map((s): LedgerEntry => {
      const c = carried.get(s.lineId)!;
      return { kind: 'settled', lineId: s.lineId, salespersonId: line.salespersonId, salespersonName: line.salespersonName, metric: line.metric, amount: s.amount, ...(c.currency ? { currency: c.currency } : {}), originPeriod: c.originPeriod, path: c.path };
    }),
  );
  return { ...doc, facts, entries: [...doc.entries.filter((e) => e.kind !== 'settled'), ...settled], lastPosition: position };
}

export const rolloverLedgerProjection: Projection<RolloverLedgerDocument, LedgerEvent> & Handles<PlanEvent> = {
  name: ROLLOVER_LEDGER,
  version: 2,
  collection: 'rollover_ledger',
  get queries() {
    return Object.values(ROLLOVER_LEDGER_QUERIES);
  },
  handling: HANDLING,
  eventTypes: appliedTypes(HANDLING),
  keys: (event) => [ledgerId(event.data.team, event.data.period)],
  evolve: evolveRolloverLedger,
};
