import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Actor } from '#app/eventsourcing';
import { ProjectionRunner, ReadStore, type QueryShapes } from '#app/read-store';
import { fresh, pageForTeams, readScope, type Fresh, type ReadOptions } from '#app/shared-kernel';
import { DEFAULT_LIMIT, definedOnly, type Paging } from '../read-filters.js';
import { REPORT_SCHEDULE, type ReportScheduleDocument } from './report-schedule.projection.js';
import type { OverdueReport, OverdueReportsPage } from './report-schedule.responses.js';

/** The query below as the read store sees it (see QueryShape): prospects in development by team, of every team, or a salesperson's own, longest silence first. */
export const REPORT_SCHEDULE_QUERIES: QueryShapes = {
  silentOfTeams: { equal: ['team', 'inDevelopment'], sort: 'lastActivityOn', filters: ['salespersonId'] },
  silentOfEveryTeam: { equal: ['inDevelopment'], sort: 'lastActivityOn', filters: ['salespersonId'] },
  silentOfSalesperson: { equal: ['team', 'inDevelopment', 'salespersonId'], sort: 'lastActivityOn' },
};

export interface OverdueReportFilters extends Paging {
  team?: string;
  salesperson?: string;
  /** Overdue after this many days without a report. */
  days: number;
  /** YYYY-MM-DD. */
  asOf: string;
}

export class ListOverdueDevelopmentReportsQuery extends Query<Fresh<OverdueReportsPage>> {
  constructor(
    readonly actor: Actor,
    readonly filters: OverdueReportFilters,
    readonly options: ReadOptions,
  ) {
    super();
  }
}

const DAY_MS = 86_400_000;
export const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * Prospects in development with no report in the last `days` days up to asOf: measured from the
 * last report's filing day, or from the development start, overdue when asOf is `days` or more
 * days after it. Longest silence first.
 */
@QueryHandler(ListOverdueDevelopmentReportsQuery)
export class ListOverdueDevelopmentReportsHandler implements IQueryHandler<ListOverdueDevelopmentReportsQuery> {
  constructor(
    private readonly store: ReadStore,
    private readonly runner: ProjectionRunner,
  ) {}

  execute({ actor, filters, options }: ListOverdueDevelopmentReportsQuery) {
    const scope = readScope(actor, filters, 'prospects');
    const { days, asOf } = filters;
    const where = definedOnly({ inDevelopment: true, salespersonId: scope.salespersonId });
    return fresh(this.runner, REPORT_SCHEDULE, options, async (collection) => {
      const page = await pageForTeams<ReportScheduleDocument>(
        this.store,
        collection,
        scope.teams,
        {
          where,
          range: { lastActivityOn: { lte: addDays(asOf, -days) } },
          sort: { field: 'lastActivityOn', direction: 'asc' },
          limit: filters.limit ?? DEFAULT_LIMIT,
        },
        filters.cursor,
      );
      const items = page.items.map(({ inDevelopment: _d, lastActivityOn, ...rest }): OverdueReport => ({
        ...rest,
        lastActivityOn: lastActivityOn!,
        daysSinceLastReport: daysBetween(lastActivityOn!, asOf),
        overdueSince: addDays(lastActivityOn!, days),
      }));
      return { asOf, days, items, nextCursor: page.nextCursor };
    });
  }
}
