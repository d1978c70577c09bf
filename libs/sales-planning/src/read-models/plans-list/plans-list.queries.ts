import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Actor } from '#app/eventsourcing';
import { ProjectionRunner, ReadStore, type Page, type QueryShapes } from '#app/read-store';
import { allForTeams, fresh, pageForTeams, readablePeople, readScope, requireRole, type Fresh, type ReadOptions } from '#app/shared-kernel';
import { PLANS_LIST, type PlanListDocument } from './plans-list.projection.js';
import type { PlanSummary } from './plans-list.responses.js';

/** The queries below as the read store sees them (see QueryShape): plans by team or of every team, newest activity first; the approval queue by team. */
export const PLANS_LIST_QUERIES: QueryShapes = {
  plansOfTeams: { equal: ['team'], sort: 'updatedAt', filters: ['period', 'status'] },
  plansOfEveryTeam: { equal: [], sort: 'updatedAt', filters: ['period', 'status'] },
  approvalQueue: { equal: ['team'], sort: 'id' },
};

export interface PlanFilters {
  team?: string;
  period?: string;
  status?: string;
  limit?: number;
  cursor?: string;
}

export class ListPlansQuery extends Query<Fresh<Page<PlanSummary>>> {
  constructor(
    readonly actor: Actor,
    readonly filters: PlanFilters,
    readonly options: ReadOptions,
  ) {
    super();
  }
}

/** Plans of the teams the reader may read, newest activity first (a reader of several teams: team after team). */
@QueryHandler(ListPlansQuery)
export class ListPlansHandler implements IQueryHandler<ListPlansQuery> {
  constructor(
    private readonly store: ReadStore,
    private readonly runner: ProjectionRunner,
  ) {}

  execute({ actor, filters, options }: ListPlansQuery) {
    const where: Record<string, string> = {};
    if (filters.period) where.period = filters.period;
    if (filters.status) where.status = filters.status;
    const { teams } = readScope(actor, filters, 'plans');
    return fresh(this.runner, PLANS_LIST, options, async (collection) => {
      const page = await pageForTeams<PlanListDocument>(this.store, collection, teams, { where, sort: { field: 'updatedAt', direction: 'desc' }, limit: filters.limit ?? 50 }, filters.cursor);
      return { ...page, items: page.items.map((plan) => ({ ...plan, people: readablePeople(actor, plan.people) })) };
    });
  }
}

export class GetApprovalQueueQuery extends Query<Fresh<PlanSummary[]>> {
  constructor(
    readonly actor: Actor,
    readonly options: ReadOptions,
  ) {
    super();
  }
}

/** What awaits the calling manager's decision, never their own submissions (Decision 1), oldest first. */
@QueryHandler(GetApprovalQueueQuery)
export class GetApprovalQueueHandler implements IQueryHandler<GetApprovalQueueQuery> {
  constructor(
    private readonly store: ReadStore,
    private readonly runner: ProjectionRunner,
  ) {}

  execute({ actor, options }: GetApprovalQueueQuery) {
    requireRole(actor, 'manager');
    return fresh(this.runner, PLANS_LIST, options, async (collection) => {
      const plans = await allForTeams<PlanListDocument>(this.store, collection, actor.teams, {});
      return plans
        .filter((p) => p.awaiting !== null && p.awaitingSubmittedBy !== actor.id)
        .sort((a, b) => (a.awaitingSince ?? '').localeCompare(b.awaitingSince ?? ''));
    });
  }
}
