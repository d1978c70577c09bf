import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError, fold, type Actor, type RecordedEvent } from '#app/eventsourcing';
import { EventStore } from '#app/event-store';
import { historyPage, requireReadableTeam, type HistoryPage } from '#app/shared-kernel';
import { planDecider } from '../plan/plan.decide.js';
import { planStream, type OpenPlanState } from '../plan/plan.js';

export interface PlanView extends Omit<OpenPlanState, 'actuals'> {
  actuals: { salespersonId: string; metric: string; amount: number }[];
  revision: number;
  position: number;
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

async function readPlan(store: EventStore, planId: string, actor: Actor): Promise<{ events: RecordedEvent[]; state: OpenPlanState }> {
  const events = await store.readStream(planStream(planId));
  const state = fold(planDecider, events);
  if (state.status === 'none') throw new NotFoundError('PLAN.NOT_FOUND', `Plan ${planId} does not exist`, { planId });
  requireReadableTeam(actor, state.team, 'plans');
  return { events, state };
}

@QueryHandler(GetPlanQuery)
export class GetPlanHandler implements IQueryHandler<GetPlanQuery> {
  constructor(private readonly store: EventStore) {}

  async execute({ planId, actor }: GetPlanQuery): Promise<PlanView> {
    const { events, state } = await readPlan(this.store, planId, actor);
    const last = events[events.length - 1]!;
    return {
      ...state,
      actuals: Object.entries(state.actuals).map(([key, amount]) => {
        const [salespersonId, metric] = key.split(':') as [string, string];
        return { salespersonId, metric, amount };
      }),
      revision: last.revision,
      position: last.position,
    };
  }
}

@QueryHandler(GetPlanHistoryQuery)
export class GetPlanHistoryHandler implements IQueryHandler<GetPlanHistoryQuery> {
  constructor(private readonly store: EventStore) {}

  async execute({ planId, actor, fromRevision, limit }: GetPlanHistoryQuery): Promise<PlanHistoryPage> {
    const { events } = await readPlan(this.store, planId, actor);
    return { planId, ...historyPage(events, fromRevision, limit) };
  }
}
