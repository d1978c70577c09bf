import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Actor } from '#app/eventsourcing';
import { ProjectionRunner, ReadStore, type QueryShapes } from '#app/read-store';
import { fresh, readableRows, type Fresh, type ReadOptions } from '#app/shared-kernel';
import { readablePlan } from '../readable-plan.js';
import { TRACKING_SHEET, type TrackingSheetDocument } from './tracking-sheet.projection.js';
import type { TrackingSheetView } from './tracking-sheet.responses.js';
import { trackingSheetView } from './tracking-sheet.view.js';

/** A sheet is read by its plan id only, which needs no index of its own. */
export const TRACKING_SHEET_QUERIES: QueryShapes = {};

export class GetTargetTrackingSheetQuery extends Query<Fresh<TrackingSheetView>> {
  constructor(
    readonly planId: string,
    readonly actor: Actor,
    readonly asOf: string,
    readonly options: ReadOptions,
  ) {
    super();
  }
}

/** A salesperson sees their own rows only. */
@QueryHandler(GetTargetTrackingSheetQuery)
export class GetTargetTrackingSheetHandler implements IQueryHandler<GetTargetTrackingSheetQuery> {
  constructor(
    private readonly store: ReadStore,
    private readonly runner: ProjectionRunner,
  ) {}

  execute({ planId, actor, asOf, options }: GetTargetTrackingSheetQuery) {
    return fresh(this.runner, TRACKING_SHEET, options, async (collection) => {
      const view = trackingSheetView(readablePlan(await this.store.get<TrackingSheetDocument>(collection, planId), planId, actor), asOf)!;
      return { ...view, rows: readableRows(actor, view.rows, (r) => r.salespersonId) };
    });
  }
}
