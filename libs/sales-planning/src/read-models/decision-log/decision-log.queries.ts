import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Actor } from '#app/eventsourcing';
import { ProjectionRunner, ReadStore, type Page, type QueryShapes } from '#app/read-store';
import { canReadRow, fresh, pageForTeams, readScope, readsOwnRowsOnly, requireOrderedRange, type Fresh, type ReadOptions } from '#app/shared-kernel';
import { DECISION_LOG } from './decision-log.projection.js';
import type { DecisionDocument } from './decision-log.responses.js';

/** The queries below and the decisions export (libs/audit) as the read store sees them (see QueryShape): by team, of every team, or of one actor, by time. */
export const DECISION_LOG_QUERIES: QueryShapes = {
  decisionsOfTeams: { equal: ['team'], sort: 'occurredAt', filters: ['actorId', 'eventType', 'decision'] },
  decisionsOfEveryTeam: { equal: [], sort: 'occurredAt', filters: ['actorId', 'eventType', 'decision'] },
  decisionsOfActor: { equal: ['actorId'], sort: 'occurredAt', filters: ['eventType', 'decision'] },
};

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
  constructor(
    readonly actor: Actor,
    readonly filters: DecisionFilters,
    readonly options: ReadOptions,
  ) {
    super();
  }
}

/** The decisions of the teams the reader may read, latest first; a salesperson's leaves out decisions about other salespeople's rows. */
@QueryHandler(ListDecisionsQuery)
export class ListDecisionsHandler implements IQueryHandler<ListDecisionsQuery> {
  constructor(
    private readonly store: ReadStore,
    private readonly runner: ProjectionRunner,
  ) {}

  execute({ actor, filters, options }: ListDecisionsQuery) {
    requireOrderedRange(filters.from, filters.to);
    const { teams } = readScope(actor, filters, 'decisions');
    const where: Record<string, string> = {};
    if (filters.actorId) where.actorId = filters.actorId;
    if (filters.type) where.eventType = filters.type;
    if (filters.decision) where.decision = filters.decision;
    const range = filters.from || filters.to ? { occurredAt: { ...(filters.from ? { gte: filters.from } : {}), ...(filters.to ? { lte: filters.to } : {}) } } : undefined;
    return fresh(this.runner, DECISION_LOG, options, (collection) =>
      pageForTeams<DecisionDocument>(
        this.store,
        collection,
        teams,
        { where, ...(range ? { range } : {}), sort: { field: 'occurredAt', direction: 'desc' }, limit: filters.limit ?? 100 },
        filters.cursor,
        readsOwnRowsOnly(actor) ? (d) => d.salespersonId === undefined || canReadRow(actor, d.salespersonId) : undefined,
      ),
    );
  }
}
