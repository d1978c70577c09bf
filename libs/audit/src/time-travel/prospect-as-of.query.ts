import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError, fold, type Actor } from '#app/eventsourcing';
import { EventStore } from '#app/event-store';
import { prospectDecider, prospectStream, type ProspectState } from '#app/customer-development';
import { requireAuditor } from '../audit-access.js';
import { streamAsOf, type AsOf, type AsOfPoint } from './as-of.js';

export interface ProspectAsOf extends AsOfPoint {
  prospectId: string;
  state: ProspectState;
}

export class GetProspectAsOfQuery extends Query<ProspectAsOf> {
  constructor(
    readonly actor: Actor,
    readonly prospectId: string,
    readonly asOf: AsOf,
  ) {
    super();
  }
}

/** Time travel: the prospect's state at a moment or revision, folding its events up to that point. */
@QueryHandler(GetProspectAsOfQuery)
export class GetProspectAsOfHandler implements IQueryHandler<GetProspectAsOfQuery> {
  constructor(private readonly store: EventStore) {}

  async execute({ actor, prospectId, asOf }: GetProspectAsOfQuery): Promise<ProspectAsOf> {
    requireAuditor(actor);
    const notFound = () => new NotFoundError('PROSPECT.NOT_FOUND', `Prospect ${prospectId} does not exist`, { prospectId });
    const { cut, point } = await streamAsOf(this.store, prospectStream(prospectId), asOf, notFound);
    return { prospectId, ...point, state: fold(prospectDecider, cut.events) };
  }
}
