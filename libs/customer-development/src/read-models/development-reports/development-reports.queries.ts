import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError, type Actor } from '#app/eventsourcing';
import { ProjectionRunner, ReadStore, type QueryShapes } from '#app/read-store';
import { fresh, requireReadableRow, requireReadableTeam, type Fresh, type ReadOptions } from '#app/shared-kernel';
import { DEVELOPMENT_REPORTS } from './development-reports.projection.js';
import type { DevelopmentReportsDocument } from './development-reports.responses.js';

/** A prospect's reports are read by its id only, which needs no index of its own. */
export const DEVELOPMENT_REPORTS_QUERIES: QueryShapes = {};

export class GetDevelopmentReportsQuery extends Query<Fresh<DevelopmentReportsDocument>> {
  constructor(
    readonly prospectId: string,
    readonly actor: Actor,
    readonly options: ReadOptions,
  ) {
    super();
  }
}

/** A prospect's development reports for its team's readers; a salesperson reads those of the prospects assigned to them. */
@QueryHandler(GetDevelopmentReportsQuery)
export class GetDevelopmentReportsHandler implements IQueryHandler<GetDevelopmentReportsQuery> {
  constructor(
    private readonly store: ReadStore,
    private readonly runner: ProjectionRunner,
  ) {}

  execute({ prospectId, actor, options }: GetDevelopmentReportsQuery) {
    return fresh(this.runner, DEVELOPMENT_REPORTS, options, async (collection) => {
      const doc = await this.store.get<DevelopmentReportsDocument>(collection, prospectId);
      if (!doc) throw new NotFoundError('PROSPECT.NOT_FOUND', `Prospect ${prospectId} does not exist`, { prospectId });
      requireReadableTeam(actor, doc.team, 'prospects');
      requireReadableRow(actor, doc.assignedSalespersonId, 'prospects');
      return doc;
    });
  }
}
