import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError, fold, type Actor } from '#app/eventsourcing';
import { EventStore } from '#app/event-store';
import type { RecordedOf } from '#app/read-store';
import { evolveTrackingSheet, planDecider, planStream, trackingSheetProjection, trackingSheetView, type PlanState, type TrackingSheetDocument, type TrackingSheetEvent, type TrackingSheetView } from '#app/sales-planning';
import { requireAuditor } from '../audit-access.js';
import { streamAsOf, type AsOf, type AsOfPoint } from './as-of.js';

export interface PlanAsOf extends AsOfPoint {
  planId: string;
  /** The plan's state as the decider saw it then. */
  state: PlanState;
}

export class GetPlanAsOfQuery extends Query<PlanAsOf> {
  constructor(
    readonly actor: Actor,
    readonly planId: string,
    readonly asOf: AsOf,
  ) {
    super();
  }
}

const planAsOf = (store: EventStore, planId: string, asOf: AsOf) =>
  streamAsOf(store, planStream(planId), asOf, () => new NotFoundError('PLAN.NOT_FOUND', `Plan ${planId} does not exist`, { planId }));

/** Time travel: the plan's state at a moment or revision, folding its events up to that point. */
@QueryHandler(GetPlanAsOfQuery)
export class GetPlanAsOfHandler implements IQueryHandler<GetPlanAsOfQuery> {
  constructor(private readonly store: EventStore) {}

  async execute({ actor, planId, asOf }: GetPlanAsOfQuery): Promise<PlanAsOf> {
    requireAuditor(actor);
    const { cut, point } = await planAsOf(this.store, planId, asOf);
    return { planId, ...point, state: fold(planDecider, cut.events) };
  }
}

export interface TrackingSheetAsOf extends TrackingSheetView, Omit<AsOfPoint, 'asOf'> {
  /** The moment asked for; `asOf` is its calendar date (as written, in its own offset). */
  at: string;
}

export class GetTargetTrackingSheetAsOfQuery extends Query<TrackingSheetAsOf> {
  constructor(
    readonly actor: Actor,
    readonly planId: string,
    readonly at: string,
  ) {
    super();
  }
}

/**
 * What the manager saw when deciding: the tracking-sheet projection's own evolve over the plan's
 * events that had happened by `at` (later events, even of earlier-dated actuals, are left out),
 * rendered as of the date of `at`.
 */
@QueryHandler(GetTargetTrackingSheetAsOfQuery)
export class GetTargetTrackingSheetAsOfHandler implements IQueryHandler<GetTargetTrackingSheetAsOfQuery> {
  constructor(private readonly store: EventStore) {}

  async execute({ actor, planId, at }: GetTargetTrackingSheetAsOfQuery): Promise<TrackingSheetAsOf> {
    requireAuditor(actor);
    const { cut, point } = await planAsOf(this.store, planId, { at });
    let document: TrackingSheetDocument | null = null;
    const applied = new Set<string>(trackingSheetProjection.eventTypes);
    for (const event of cut.events) if (applied.has(event.type)) document = evolveTrackingSheet(document, event as RecordedOf<TrackingSheetEvent>, planId);
    const view = document && trackingSheetView(document, at.slice(0, 10));
    if (!view) throw new NotFoundError('AUDIT.PLAN_NOT_OPENED', `Plan ${planId} was not opened yet at ${at}`, { planId, at });
    const { asOf: _point, ...stood } = point;
    return { ...view, ...stood, at };
  }
}
