import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Actor } from '#app/eventsourcing';
import { ProjectionRunner, ReadStore, type Page, type QueryShapes } from '#app/read-store';
import { fresh, pageForTeams, readScope, type Fresh, type ReadOptions } from '#app/shared-kernel';
import { normaliseProspectName } from '../../prospect/prospect-name.js';
import { DEFAULT_LIMIT, definedOnly, type Paging } from '../read-filters.js';
import { PROSPECT_LIST, textKey, type ProspectListDocument } from './prospect-list.projection.js';
import type { ProspectListItem } from './prospect-list.responses.js';

/** The query below as the read store sees it (see QueryShape): by team, of every team, or a salesperson's own, by name. */
export const PROSPECT_LIST_QUERIES: QueryShapes = {
  prospectsOfTeams: { equal: ['team'], sort: 'normalisedName', filters: ['status', 'latestCreditGrade', 'assignedSalespersonId', 'industryKey', 'regionKey'] },
  prospectsOfEveryTeam: { equal: [], sort: 'normalisedName', filters: ['status', 'latestCreditGrade', 'assignedSalespersonId', 'industryKey', 'regionKey'] },
  prospectsOfSalesperson: { equal: ['team', 'assignedSalespersonId'], sort: 'normalisedName', filters: ['status', 'latestCreditGrade', 'industryKey', 'regionKey'] },
};

export interface ProspectListFilters extends Paging {
  team?: string;
  status?: string;
  grade?: string;
  salesperson?: string;
  industry?: string;
  region?: string;
  /** Case-insensitive substring of the normalised name. */
  q?: string;
}

export class ListProspectsQuery extends Query<Fresh<Page<ProspectListItem>>> {
  constructor(
    readonly actor: Actor,
    readonly filters: ProspectListFilters,
    readonly options: ReadOptions,
  ) {
    super();
  }
}

const listItem = ({ industryKey: _i, regionKey: _r, ...item }: ProspectListDocument): ProspectListItem => item;

/**
 * The potential customer list 潜在客户名单 by name. Equality filters run in the read store; the
 * name search filters the rows read (the store has no substring match), so with `q` a page may
 * be shorter than the limit while nextCursor goes on.
 */
@QueryHandler(ListProspectsQuery)
export class ListProspectsHandler implements IQueryHandler<ListProspectsQuery> {
  constructor(
    private readonly store: ReadStore,
    private readonly runner: ProjectionRunner,
  ) {}

  execute({ actor, filters, options }: ListProspectsQuery) {
    const scope = readScope(actor, filters, 'prospects');
    const where = definedOnly({
      status: filters.status,
      latestCreditGrade: filters.grade,
      assignedSalespersonId: scope.salespersonId,
      industryKey: filters.industry !== undefined ? textKey(filters.industry) : undefined,
      regionKey: filters.region !== undefined ? textKey(filters.region) : undefined,
    });
    const needle = filters.q !== undefined ? normaliseProspectName(filters.q) : undefined;
    const keep = needle ? (doc: ProspectListDocument) => doc.normalisedName.includes(needle) : undefined;
    return fresh(this.runner, PROSPECT_LIST, options, async (collection) => {
      const page = await pageForTeams<ProspectListDocument>(
        this.store,
        collection,
        scope.teams,
        { where, sort: { field: 'normalisedName', direction: 'asc' }, limit: filters.limit ?? DEFAULT_LIMIT },
        filters.cursor,
        keep,
      );
      return { items: page.items.map(listItem), nextCursor: page.nextCursor };
    });
  }
}
