import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Actor } from '#app/eventsourcing';
import { ProjectionRunner, ReadStore, type QueryShapes } from '#app/read-store';
import { canReadRow, fresh, type Fresh, type ReadOptions } from '#app/shared-kernel';
import { readablePlan } from '../readable-plan.js';
import { FOLLOW_UP_SHEET } from './follow-up-sheet.projection.js';
import type { FollowUpSheetDocument } from './follow-up-sheet.responses.js';

/** A sheet is read by its plan id only, which needs no index of its own. */
export const FOLLOW_UP_SHEET_QUERIES: QueryShapes = {};

export class GetFollowUpSheetQuery extends Query<Fresh<FollowUpSheetDocument>> {
  constructor(
    readonly planId: string,
    readonly actor: Actor,
    readonly options: ReadOptions,
  ) {
    super();
  }
}

/** A salesperson sees their own entry only. */
@QueryHandler(GetFollowUpSheetQuery)
export class GetFollowUpSheetHandler implements IQueryHandler<GetFollowUpSheetQuery> {
  constructor(
    private readonly store: ReadStore,
    private readonly runner: ProjectionRunner,
  ) {}

  execute({ planId, actor, options }: GetFollowUpSheetQuery) {
    return fresh(this.runner, FOLLOW_UP_SHEET, options, async (collection) => {
      const doc = readablePlan(await this.store.get<FollowUpSheetDocument>(collection, planId), planId, actor);
      return { ...doc, salespeople: Object.fromEntries(Object.entries(doc.salespeople).filter(([salespersonId]) => canReadRow(actor, salespersonId))) };
    });
  }
}
