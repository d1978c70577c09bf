import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Actor } from '#app/eventsourcing';
import { EventStore } from '#app/event-store';
import { readableHistory, readableStream, type HistoryPage, type StreamReader } from '#app/shared-kernel';
import { planDecider } from '../plan/plan.decide.js';
import { planStream, type OpenPlanState } from '../plan/plan.js';
import { notFound } from '../plan/plan.rules.js';

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

const planReader = (planId: string, actor: Actor): StreamReader => ({ actor, what: 'plans', notFound: () => notFound(planId) });

@QueryHandler(GetPlanQuery)
export class GetPlanHandler implements IQueryHandler<GetPlanQuery> {
  constructor(private readonly store: EventStore) {}

  async execute({ planId, actor }: GetPlanQuery): Promise<PlanView> {
    const { state, revision, position } = await readableStream(this.store, planDecider, planStream(planId), planReader(planId, actor));
    return {
      ...state,
      actuals: Object.entries(state.actuals).map(([key, amount]) => {
        const [salespersonId, metric] = key.split(':') as [string, string];
        return { salespersonId, metric, amount };
      }),
      revision,
      position,
    };
  }
}

@QueryHandler(GetPlanHistoryQuery)
export class GetPlanHistoryHandler implements IQueryHandler<GetPlanHistoryQuery> {
  constructor(private readonly store: EventStore) {}

  async execute({ planId, actor, fromRevision, limit }: GetPlanHistoryQuery): Promise<PlanHistoryPage> {
    return { planId, ...(await readableHistory(this.store, planDecider, planStream(planId), planReader(planId, actor), fromRevision, limit)) };
  }
}
