import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Actor } from '#app/eventsourcing';
import { EventStore } from '#app/event-store';
import { canReadRow, readableHistory, readableRows, readableStream, readsOwnRowsOnly, type HistoryEvent, type HistoryPage, type StreamReader } from '#app/shared-kernel';
import { planDecider } from '../plan/plan.decide.js';
import type { PlanEvent } from '../plan/plan.events.js';
import { planStream, salespersonOfFollowUpItem, type OpenPlanState } from '../plan/plan.js';
import { notFound } from '../plan/plan.rules.js';
import { visiblePlanEvent } from '../plan/plan-rows.js';

export interface PlanView extends Omit<OpenPlanState, 'actuals'> {
  actuals: { salespersonId: string; metric: string; amount: number }[];
  revision: number;
  position: number;
}

const salespersonOfKey = (key: string): string => key.slice(0, key.lastIndexOf(':'));

/** The plan as this reader may see it: a salesperson sees the team's plan with only their own targets, lines, actuals and appraisal items. */
export function planViewFor(actor: Actor, state: OpenPlanState, at: { revision: number; position: number }): PlanView {
  const own = <T>(rows: readonly T[], salespersonOf: (row: T) => string) => readableRows(actor, rows, salespersonOf);
  const ownKeys = (record: Record<string, number>) => Object.fromEntries(Object.entries(record).filter(([key]) => canReadRow(actor, salespersonOfKey(key))));
  const { pendingAdjustment, appraisal, ...rest } = state;
  return {
    ...rest,
    targets: own(state.targets, (t) => t.salespersonId),
    carriedIn: own(state.carriedIn, (l) => l.salespersonId),
    adjustments: ownKeys(state.adjustments),
    ...(pendingAdjustment ? { pendingAdjustment: { ...pendingAdjustment, changes: own(pendingAdjustment.changes, (c) => c.salespersonId) } } : {}),
    personalSummaries: own(state.personalSummaries, (id) => id),
    followUpItems: own(state.followUpItems, salespersonOfFollowUpItem),
    ...(appraisal ? { appraisal: { ...appraisal, items: own(appraisal.items, (i) => i.salespersonId) } } : {}),
    actuals: Object.entries(ownKeys(state.actuals)).map(([key, amount]) => ({ salespersonId: salespersonOfKey(key), metric: key.slice(key.lastIndexOf(':') + 1), amount })),
    revision: at.revision,
    position: at.position,
  };
}

/** A history page as this reader may see it: other salespeople's events left out, their parts of team events taken out (marked `redacted`). */
export function planHistoryFor(actor: Actor, page: HistoryPage): HistoryPage {
  if (!readsOwnRowsOnly(actor)) return page;
  const sees = (salespersonId: string) => canReadRow(actor, salespersonId);
  const events = page.events.flatMap((event): HistoryEvent[] => {
    const visible = visiblePlanEvent(event.type as PlanEvent['type'], event.data as object, sees);
    if (!visible) return [];
    return [visible.redacted ? { ...event, data: visible.data, redacted: true as const } : event];
  });
  return { ...page, events };
}

export class GetPlanQuery extends Query<PlanView> {
  constructor(
    readonly planId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}

export interface PlanHistoryPage extends HistoryPage {
  planId: string;
}

export class GetPlanHistoryQuery extends Query<PlanHistoryPage> {
  constructor(
    readonly planId: string,
    readonly actor: Actor,
    readonly fromRevision = 0,
    readonly limit = 100,
  ) {
    super();
  }
}

const planReader = (planId: string, actor: Actor): StreamReader => ({ actor, what: 'plans', notFound: () => notFound(planId) });

@QueryHandler(GetPlanQuery)
export class GetPlanHandler implements IQueryHandler<GetPlanQuery> {
  constructor(private readonly store: EventStore) {}

  async execute({ planId, actor }: GetPlanQuery): Promise<PlanView> {
    const { state, revision, position } = await readableStream(this.store, planDecider, planStream(planId), planReader(planId, actor));
    return planViewFor(actor, state, { revision, position });
  }
}

@QueryHandler(GetPlanHistoryQuery)
export class GetPlanHistoryHandler implements IQueryHandler<GetPlanHistoryQuery> {
  constructor(private readonly store: EventStore) {}

  async execute({ planId, actor, fromRevision, limit }: GetPlanHistoryQuery): Promise<PlanHistoryPage> {
    return { planId, ...planHistoryFor(actor, await readableHistory(this.store, planDecider, planStream(planId), planReader(planId, actor), fromRevision, limit)) };
  }
}
