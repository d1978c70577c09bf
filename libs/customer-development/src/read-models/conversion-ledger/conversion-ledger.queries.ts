import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Actor } from '#app/eventsourcing';
import { ProjectionRunner, ReadStore, type Page, type QueryShapes } from '#app/read-store';
import { fresh, pageForTeams, readScope, requireOrderedRange, type Fresh, type ReadOptions } from '#app/shared-kernel';
import { DEFAULT_LIMIT, dateRange, definedOnly, type Paging } from '../read-filters.js';
import { CONVERSION_LEDGER } from './conversion-ledger.projection.js';
import type { ConversionDocument } from './conversion-ledger.responses.js';

/** The query below as the read store sees it (see QueryShape): by team, of every team, or a salesperson's own, latest conversion first. */
export const CONVERSION_LEDGER_QUERIES: QueryShapes = {
  conversionsOfTeams: { equal: ['team'], sort: 'convertedOn', filters: ['status', 'salespersonId'] },
  conversionsOfEveryTeam: { equal: [], sort: 'convertedOn', filters: ['status', 'salespersonId'] },
  conversionsOfSalesperson: { equal: ['team', 'salespersonId'], sort: 'convertedOn', filters: ['status'] },
};

export interface ConversionFilters extends Paging {
  team?: string;
  salesperson?: string;
  status?: string;
  /** convertedOn from (inclusive), YYYY-MM-DD. */
  from?: string;
  /** convertedOn to (inclusive), YYYY-MM-DD. */
  to?: string;
}

export class ListConversionsQuery extends Query<Fresh<Page<ConversionDocument>>> {
  constructor(
    readonly actor: Actor,
    readonly filters: ConversionFilters,
    readonly options: ReadOptions,
  ) {
    super();
  }
}

/** The conversion ledger, latest conversion first: which plan counts each new customer, or why none does. */
@QueryHandler(ListConversionsQuery)
export class ListConversionsHandler implements IQueryHandler<ListConversionsQuery> {
  constructor(
    private readonly store: ReadStore,
    private readonly runner: ProjectionRunner,
  ) {}

  execute({ actor, filters, options }: ListConversionsQuery) {
    requireOrderedRange(filters.from, filters.to);
    const scope = readScope(actor, filters, 'prospects');
    const where = definedOnly({ status: filters.status, salespersonId: scope.salespersonId });
    const convertedOn = dateRange(filters.from, filters.to);
    return fresh(this.runner, CONVERSION_LEDGER, options, (collection) =>
      pageForTeams<ConversionDocument>(
        this.store,
        collection,
        scope.teams,
        { where, ...(convertedOn ? { range: { convertedOn } } : {}), sort: { field: 'convertedOn', direction: 'desc' }, limit: filters.limit ?? DEFAULT_LIMIT },
        filters.cursor,
      ),
    );
  }
}
