import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError, type Actor } from '#app/eventsourcing';
import { ProjectionRunner, ReadStore, type Page, type ReadQuery } from '#app/read-store';
import { allForTeams, fresh, pageForTeams, periodBounds, readScope, readsOwnRowsOnly, requireOrderedRange, requireReadableTeam, requireRole, type Fresh, type ReadOptions } from '#app/shared-kernel';
import type { DecisionDocument } from '../read-models/decision-log.projection.js';
import type { FollowUpSheetDocument } from '../read-models/follow-up-sheet.projection.js';
import type { PlanListDocument } from '../read-models/plans-list.projection.js';
import type { LedgerEntry, LedgerKind, RolloverLedgerDocument } from '../read-models/rollover-ledger.projection.js';
import type { TrackingSheetDocument } from '../read-models/tracking-sheet.projection.js';
import { trackingSheetView, type TrackingSheetView } from '../read-models/tracking-sheet.view.js';

export interface PlanFilters {
  team?: string;
  period?: string;
  status?: string;
  limit?: number;
  cursor?: string;
}

export type PlanSummary = Omit<PlanListDocument, 'plan'>;

export class ListPlansQuery extends Query<Fresh<Page<PlanSummary>>> {
  constructor(readonly actor: Actor, readonly filters: PlanFilters, readonly options: ReadOptions) {
    super();
  }
}

const summary = ({ plan: _plan, ...rest }: PlanListDocument): PlanSummary => rest;

@QueryHandler(ListPlansQuery)
export class ListPlansHandler implements IQueryHandler<ListPlansQuery> {
  constructor(private readonly store: ReadStore, private readonly runner: ProjectionRunner) {}

  execute({ actor, filters, options }: ListPlansQuery) {
    const where: Record<string, string> = {};
    if (filters.period) where.period = filters.period;
    if (filters.status) where.status = filters.status;
    return fresh(this.runner, 'plans-list', options, async (collection) => {
      const page = await pageForTeams<PlanListDocument>(
        this.store,
        collection,
        readScope(actor, filters, 'plans').teams,
        { where, sort: { field: 'updatedAt', direction: 'desc' }, limit: filters.limit ?? 50 },
        filters.cursor,
      );
      return { items: page.items.map(summary), nextCursor: page.nextCursor };
    });
  }
}

export class GetApprovalQueueQuery extends Query<Fresh<PlanSummary[]>> {
  constructor(readonly actor: Actor, readonly options: ReadOptions) {
    super();
  }
}

@QueryHandler(GetApprovalQueueQuery)
export class GetApprovalQueueHandler implements IQueryHandler<GetApprovalQueueQuery> {
  constructor(private readonly store: ReadStore, private readonly runner: ProjectionRunner) {}

  execute({ actor, options }: GetApprovalQueueQuery) {
    requireRole(actor, 'manager');
    return fresh(this.runner, 'plans-list', options, async (collection) => {
      const plans = await allForTeams<PlanListDocument>(this.store, collection, actor.teams, {});
      return plans
        .filter((p) => p.awaiting !== null && p.awaitingSubmittedBy !== actor.id).sort((a, b) => (a.awaitingSince ?? '').localeCompare(b.awaitingSince ?? '')).map(summary);
    });
  }
}

export class GetTargetTrackingSheetQuery extends Query<Fresh<TrackingSheetView>> {
  constructor(readonly planId: string, readonly actor: Actor, readonly asOf: string, readonly options: ReadOptions) {
    super();
  }
}

function readablePlan<T extends { team: string; status?: string } | null>(doc: T, planId: string, actor: Actor): NonNullable<T> {
  if (!doc || doc.status === 'none') throw new NotFoundError('PLAN.NOT_FOUND', `Plan ${planId} does not exist`, { planId });
  requireReadableTeam(actor, doc.team, 'plans');
  return doc as NonNullable<T>;
}

@QueryHandler(GetTargetTrackingSheetQuery)
export class GetTargetTrackingSheetHandler implements IQueryHandler<GetTargetTrackingSheetQuery> {
  constructor(private readonly store: ReadStore, private readonly runner: ProjectionRunner) {}

  execute({ planId, actor, asOf, options }: GetTargetTrackingSheetQuery) {
    return fresh(this.runner, 'tracking-sheet', options, async (collection) => {
      const doc = readablePlan(await this.store.get<TrackingSheetDocument>(collection, planId), planId, actor);
      const view = trackingSheetView(doc, asOf)!;
      return readsOwnRowsOnly(actor) ? { ...view, rows: view.rows.filter((r) => r.salespersonId === actor.id) } : view;
    });
  }
}

export class GetFollowUpSheetQuery extends Query<Fresh<FollowUpSheetDocument>> {
  constructor(readonly planId: string, readonly actor: Actor, readonly options: ReadOptions) {
    super();
  }
}

@QueryHandler(GetFollowUpSheetQuery)
export class GetFollowUpSheetHandler implements IQueryHandler<GetFollowUpSheetQuery> {
  constructor(private readonly store: ReadStore, private readonly runner: ProjectionRunner) {}

  execute({ planId, actor, options }: GetFollowUpSheetQuery) {
    return fresh(this.runner, 'follow-up-sheet', options, async (collection) => {
      const doc = readablePlan(await this.store.get<FollowUpSheetDocument>(collection, planId), planId, actor);
      if (!readsOwnRowsOnly(actor)) return doc;
      const mine = doc.salespeople[actor.id];
      return { ...doc, salespeople: mine ? { [actor.id]: mine } : {} };
    });
  }
}

export interface RolloverFilters {
  team?: string;
  fromPeriod?: string;
  toPeriod?: string;
  salespersonId?: string;
  metric?: string;
}

export interface RolloverMetricTotals {
  carriedIn: { total: number; byOrigin: Record<string, number> };
  carriedOut: number;
  waived: number;
  settled: number;
  currency?: string;
}

export interface RolloverPeriod {
  team: string;
  period: string;
  published: boolean;
  metrics: Record<string, RolloverMetricTotals>;
  entries: LedgerEntry[];
}

export interface ShortfallStreak {
  team: string;
  salespersonId: string;
  /** Consecutive published periods, ending with the latest one in range, in which they had a shortfall. */
  consecutivePeriodsWithShortfall: number;
  periods: string[];
}

export interface RolloverLedger {
  periods: RolloverPeriod[];
  streaks: ShortfallStreak[];
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
      out.push({ team: periods[0]!.team, salespersonId: person, consecutivePeriodsWithShortfall: run.length, periods: run.reverse() });
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
    return fresh(this.runner, 'rollover-ledger', options, async (collection) => {
      const range = { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) };
      const docs = (
        await allForTeams<RolloverLedgerDocument>(this.store, collection, scope.teams, {
          ...(from || to ? { range: { periodStart: range } } : {}),
          sort: { field: 'periodStart', direction: 'asc' },
        })
      ).filter((d) => to === undefined || periodBounds(d.period).end <= to);
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

export interface DecisionFilters {
  actorId?: string;
  type?: string;
  decision?: string;
  team?: string;
  from?: string;
  to?: string;
  limit?: number;
  cursor?: string;
}

export class ListDecisionsQuery extends Query<Fresh<Page<DecisionDocument>>> {
  constructor(readonly actor: Actor, readonly filters: DecisionFilters, readonly options: ReadOptions) {
    super();
  }
}

@QueryHandler(ListDecisionsQuery)
export class ListDecisionsHandler implements IQueryHandler<ListDecisionsQuery> {
  constructor(private readonly store: ReadStore, private readonly runner: ProjectionRunner) {}

  execute({ actor, filters, options }: ListDecisionsQuery) {
    requireOrderedRange(filters.from, filters.to);
    const where: Record<string, string> = {};
    if (filters.actorId) where.actorId = filters.actorId;
    if (filters.type) where.eventType = filters.type;
    if (filters.decision) where.decision = filters.decision;
    const range = filters.from || filters.to ? { occurredAt: { ...(filters.from ? { gte: filters.from } : {}), ...(filters.to ? { lte: filters.to } : {}) } } : undefined;
    return fresh(this.runner, 'decision-log', options, (collection) =>
      pageForTeams<DecisionDocument>(
        this.store,
        collection,
        readScope(actor, filters, 'decisions').teams,
        { where, ...(range ? { range } : {}), sort: { field: 'occurredAt', direction: 'desc' }, limit: filters.limit ?? 100 },
        filters.cursor,
      ),
    );
  }
}

export const READ_MODEL_QUERY_HANDLERS = [
  ListPlansHandler,
  GetApprovalQueueHandler,
  GetTargetTrackingSheetHandler,
  GetFollowUpSheetHandler,
  GetRolloverLedgerHandler,
  ListDecisionsHandler,
];
