import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Actor } from '#app/eventsourcing';
import { ProjectionRunner, ReadStore, type QueryShapes } from '#app/read-store';
import { allForTeams, fresh, periodBounds, readScope, requireOrderedRange, type Fresh, type ReadOptions } from '#app/shared-kernel';
import { ROLLOVER_LEDGER, type RolloverLedgerDocument } from './rollover-ledger.projection.js';
import type { LedgerEntry, LedgerKind, RolloverLedger, RolloverMetricTotals, ShortfallStreak } from './rollover-ledger.responses.js';

/** The query below and the roll-over export (libs/audit) as the read store sees them (see QueryShape): periods by team or of every team, by period start. */
export const ROLLOVER_LEDGER_QUERIES: QueryShapes = {
  periodsOfTeams: { equal: ['team'], sort: 'periodStart' },
  periodsOfEveryTeam: { equal: [], sort: 'periodStart' },
};

export interface RolloverFilters {
  team?: string;
  fromPeriod?: string;
  toPeriod?: string;
  salespersonId?: string;
  metric?: string;
}

export class GetRolloverLedgerQuery extends Query<Fresh<RolloverLedger>> {
  constructor(readonly actor: Actor, readonly filters: RolloverFilters, readonly options: ReadOptions) {
    super();
  }
}

function totals(entries: LedgerEntry[]): Record<string, RolloverMetricTotals> {
  const out: Record<string, RolloverMetricTotals> = {};
  for (const e of entries) {
    const t = (out[e.metric] ??= { carriedIn: { total: 0, byOrigin: {} }, carriedOut: 0, waived: 0, settled: 0, ...(e.currency ? { currency: e.currency } : {}) });
    const add: Record<LedgerKind, () => void> = {
      carried_in: () => {
        t.carriedIn.total += e.amount;
        t.carriedIn.byOrigin[e.originPeriod] = (t.carriedIn.byOrigin[e.originPeriod] ?? 0) + e.amount;
      },
      carried_out: () => (t.carriedOut += e.amount),
      waived: () => (t.waived += e.amount),
      settled: () => (t.settled += e.amount),
    };
    add[e.kind]();
  }
  return out;
}

function streaks(docs: RolloverLedgerDocument[], salespersonId: string | undefined): ShortfallStreak[] {
  const byTeam = new Map<string, RolloverLedgerDocument[]>();
  for (const d of docs.filter((d) => d.published)) byTeam.set(`${d.team}|${d.granularity}`, [...(byTeam.get(`${d.team}|${d.granularity}`) ?? []), d]);
  const out: ShortfallStreak[] = [];
  for (const periods of byTeam.values()) {
    periods.sort((a, b) => b.periodStart.localeCompare(a.periodStart));
    const people = new Set(periods.flatMap((p) => p.salespeople));
    for (const person of people) {
      if (salespersonId !== undefined && person !== salespersonId) continue;
      const run: string[] = [];
      for (const p of periods) {
        if (!p.withShortfall.includes(person)) break;
        run.push(p.period);
      }
      const salespersonName = periods.map((p) => p.names[person]).find((n) => n !== undefined) ?? person;
      out.push({ team: periods[0]!.team, salespersonId: person, salespersonName, consecutivePeriodsWithShortfall: run.length, periods: run.reverse() });
    }
  }
  return out.sort((a, b) => b.consecutivePeriodsWithShortfall - a.consecutivePeriodsWithShortfall || a.salespersonId.localeCompare(b.salespersonId));
}

@QueryHandler(GetRolloverLedgerQuery)
export class GetRolloverLedgerHandler implements IQueryHandler<GetRolloverLedgerQuery> {
  constructor(private readonly store: ReadStore, private readonly runner: ProjectionRunner) {}

  execute({ actor, filters, options }: GetRolloverLedgerQuery) {
    const from = filters.fromPeriod ? periodBounds(filters.fromPeriod).start : undefined;
    const to = filters.toPeriod ? periodBounds(filters.toPeriod).end : undefined;
    requireOrderedRange(from, to, ['fromPeriod', 'toPeriod']);
    const scope = readScope(actor, { team: filters.team, salesperson: filters.salespersonId }, 'roll-overs');
    const salespersonId = scope.salespersonId;
    return fresh(this.runner, ROLLOVER_LEDGER, options, async (collection) => {
      const range = { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) };
      const docs = (
        await allForTeams<RolloverLedgerDocument>(this.store, collection, scope.teams, {
          ...(from || to ? { range: { periodStart: range } } : {}),
          sort: { field: 'periodStart', direction: 'asc' },
        })
      ).filter((d) => (to === undefined || periodBounds(d.period).end <= to) && (d.published || d.entries.length > 0));
      const keep = (e: LedgerEntry) => (salespersonId === undefined || e.salespersonId === salespersonId) && (filters.metric === undefined || e.metric === filters.metric);
      const periods = docs
        .sort((a, b) => a.periodStart.localeCompare(b.periodStart) || a.team.localeCompare(b.team))
        .map((d) => {
          const entries = d.entries.filter(keep);
          return { team: d.team, period: d.period, published: d.published, metrics: totals(entries), entries };
        });
      return { periods, streaks: streaks(docs, salespersonId) };
    });
  }
}
