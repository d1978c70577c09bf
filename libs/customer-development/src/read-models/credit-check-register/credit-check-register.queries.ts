import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Actor } from '#app/eventsourcing';
import { ProjectionRunner, ReadStore, type Page, type QueryShapes } from '#app/read-store';
import { fresh, pageForTeams, readScope, requireOrderedRange, type Fresh, type ReadOptions } from '#app/shared-kernel';
import { DEFAULT_LIMIT, dateRange, definedOnly, type Paging } from '../read-filters.js';
import { CREDIT_CHECK_REGISTER } from './credit-check-register.projection.js';
import type { CreditCheckDocument } from './credit-check-register.responses.js';

/** The query below as the read store sees it (see QueryShape): by team, of every team, or a salesperson's own, latest investigation first. */
export const CREDIT_CHECK_REGISTER_QUERIES: QueryShapes = {
  checksOfTeams: { equal: ['team'], sort: 'investigatedOn', filters: ['prospectId', 'grade', 'salespersonId'] },
  checksOfEveryTeam: { equal: [], sort: 'investigatedOn', filters: ['prospectId', 'grade', 'salespersonId'] },
  checksOfSalesperson: { equal: ['team', 'salespersonId'], sort: 'investigatedOn', filters: ['prospectId', 'grade'] },
};

export interface CreditCheckFilters extends Paging {
  team?: string;
  prospect?: string;
  grade?: string;
  salesperson?: string;
  /** investigatedOn from (inclusive), YYYY-MM-DD. */
  from?: string;
  /** investigatedOn to (inclusive), YYYY-MM-DD. */
  to?: string;
}

export class ListCreditChecksQuery extends Query<Fresh<Page<CreditCheckDocument>>> {
  constructor(
    readonly actor: Actor,
    readonly filters: CreditCheckFilters,
    readonly options: ReadOptions,
  ) {
    super();
  }
}

/** The credit check register, latest investigation first. */
@QueryHandler(ListCreditChecksQuery)
export class ListCreditChecksHandler implements IQueryHandler<ListCreditChecksQuery> {
  constructor(
    private readonly store: ReadStore,
    private readonly runner: ProjectionRunner,
  ) {}

  execute({ actor, filters, options }: ListCreditChecksQuery) {
    requireOrderedRange(filters.from, filters.to);
    const scope = readScope(actor, filters, 'prospects');
    const where = definedOnly({ prospectId: filters.prospect, grade: filters.grade, salespersonId: scope.salespersonId });
    const investigatedOn = dateRange(filters.from, filters.to);
    return fresh(this.runner, CREDIT_CHECK_REGISTER, options, (collection) =>
      pageForTeams<CreditCheckDocument>(
        this.store,
        collection,
        scope.teams,
        {
          where,
          ...(investigatedOn ? { range: { investigatedOn } } : {}),
          sort: { field: 'investigatedOn', direction: 'desc' },
          limit: filters.limit ?? DEFAULT_LIMIT,
        },
        filters.cursor,
      ),
    );
  }
}
