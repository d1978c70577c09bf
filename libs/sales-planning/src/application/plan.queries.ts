import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ForbiddenError, NotFoundError, commandExecutor, type Actor, type FoldedState, type RecordedEvent } from '#app/eventsourcing';
import { EventStore } from '#app/event-store';
import { canReadTeam } from '../shared/authorization.js';
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

export interface HistoryPage {
  planId: string;
  events: RecordedEvent[];
  nextRevision: number | null;
}

export class GetPlanHistoryQuery extends Query<HistoryPage> {
  constructor(
    readonly planId: string,
    readonly actor: Actor,
    readonly fromRevision = 0,
    readonly limit = 100,
  ) {
    super();
  }
}

/** The plan's state from the command path's cache of folded states (only new events are read). */
async function readPlan(store: EventStore, planId: string, actor: Actor): Promise<FoldedState<OpenPlanState>> {
  const folded = await commandExecutor(store).load(planDecider, planStream(planId));
  const state = folded.state;
  if (state.status === 'none') throw new NotFoundError('PLAN.NOT_FOUND', `Plan ${planId} does not exist`, { planId });
  if (!canReadTeam(actor, state.team)) {
    throw new ForbiddenError('AUTH.TEAM_FORBIDDEN', `You may not read plans of team ${state.team}`, { team: state.team });
  }
  return { ...folded, state };
}

@QueryHandler(GetPlanQuery)
export class GetPlanHandler implements IQueryHandler<GetPlanQuery> {
  constructor(private readonly store: EventStore) {}

  async execute({ planId, actor }: GetPlanQuery): Promise<PlanView> {
    const { state, revision, position } = await readPlan(this.store, planId, actor);
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

  async execute({ planId, actor, fromRevision, limit }: GetPlanHistoryQuery): Promise<HistoryPage> {
    await readPlan(this.store, planId, actor);
    const page = await this.store.readStream(planStream(planId), { fromRevision, maxCount: limit + 1 });
    const more = page.length > limit;
    return { planId, events: page.slice(0, limit), nextRevision: more ? page[limit]!.revision : null };
  }
}
