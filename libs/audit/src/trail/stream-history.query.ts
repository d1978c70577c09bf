import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError, type Actor, type RecordedEvent } from '#app/eventsourcing';
import { EventStore, rawEventStore } from '#app/event-store';
import { requireAuditor } from '../audit-access.js';

export interface StreamHistoryPage {
  streamName: string;
  /** As stored: the type and version written, the metadata with `integrity`. */
  events: RecordedEvent[];
  nextRevision: number | null;
}

/** Every event of any stream (plan, prospect, key reservation, seals …), as stored, a page at a time. */
export class GetStreamHistoryQuery extends Query<StreamHistoryPage> {
  constructor(
    readonly actor: Actor,
    readonly streamName: string,
    readonly fromRevision = 0,
    readonly limit = 100,
  ) {
    super();
  }
}

@QueryHandler(GetStreamHistoryQuery)
export class GetStreamHistoryHandler implements IQueryHandler<GetStreamHistoryQuery> {
  constructor(private readonly store: EventStore) {}

  async execute({ actor, streamName, fromRevision, limit }: GetStreamHistoryQuery): Promise<StreamHistoryPage> {
    requireAuditor(actor);
    const raw = rawEventStore(this.store);
    const page = await raw.readStream(streamName, { fromRevision, maxCount: limit + 1 });
    if (page.length === 0 && (await raw.readStream(streamName, { direction: 'backwards', maxCount: 1 })).length === 0) {
      throw new NotFoundError('AUDIT.STREAM_NOT_FOUND', `No stream named ${streamName}`, { streamName });
    }
    const more = page.length > limit;
    return { streamName, events: page.slice(0, limit), nextRevision: more ? page[limit]!.revision : null };
  }
}
