import { IllegalStateError, NotFoundError, type RecordedEvent } from '#app/eventsourcing';
import { messageOf, type EventStore, type FollowerLogger } from '#app/event-store';
import type { LeaseKeeper } from '../lease-keeper.js';
import type { QueryShapes, ReadFilter, ReadStore, ReadStoreTransaction } from '../read-store.port.js';
import type { ParkedEvent } from './projection.js';

/** The queries below as the read store sees them (see QueryShape): the records of a projection, of a collection, or all, in log order. */
export const PARKED_QUERIES: QueryShapes = {
  ofProjection: { equal: ['projection'], sort: 'position' },
  ofCollection: { equal: ['collection'], sort: 'position' },
  all: { equal: [], sort: 'position' },
};

/**
 * The events a projection (or a process) could not apply, kept in one collection of the read store
 * so an operator can fix the code and retry them: a record per event and physical collection
 * (processes use `process:<name>`), written in the same unit of work as the checkpoint that skips it.
 */
export class ParkedEvents {
  private ensured: Promise<void> | null = null;

  constructor(
    readonly collection: string,
    private readonly readStore: ReadStore,
    private readonly eventStore: EventStore,
    private readonly clock: () => Date,
    private readonly logger: FollowerLogger,
  ) {}

  ensure(): Promise<void> {
    this.ensured ??= this.readStore.ensureCollection(this.collection, { shapes: Object.values(PARKED_QUERIES) }).catch((error: unknown) => {
      this.ensured = null;
      throw error;
    });
    return this.ensured;
  }

  record(name: string, collection: string, event: RecordedEvent, error: unknown): ParkedEvent {
    return {
      id: `${collection}:${event.position}`,
      projection: name,
      collection,
      position: event.position,
      eventId: event.id,
      eventType: event.type,
      streamName: event.streamName,
      revision: event.revision,
      error: messageOf(error),
      parkedAt: this.clock().toISOString(),
      attempts: 0,
      lastAttemptAt: null,
    };
  }

  write(tx: ReadStoreTransaction, records: readonly ParkedEvent[]): void {
    for (const record of records) tx.upsert(this.collection, record);
  }

  /** Says loudly, once committed, what was parked and how to retry it, with the correlation id of the parked event. */
  report(label: string, records: readonly ParkedEvent[], events: readonly RecordedEvent[]): void {
    for (const record of records) {
      this.logger.error(
        `${label}: parked ${record.eventType} at position ${record.position} ` +
          `(stream ${record.streamName}, event ${record.eventId}) in ${record.collection}: ${record.error}. ` +
          `Fix it, then retry it with retryParked('${record.projection}', ${record.position}).`,
        { correlationId: events.find((e) => e.position === record.position)?.metadata.correlationId },
      );
    }
  }

  count(name: string): Promise<number> {
    return this.readStore.count(this.collection, { where: { projection: name } });
  }

  /** Every record matching the filter, in log order. */
  async list(filter: ReadFilter = {}): Promise<ParkedEvent[]> {
    await this.ensure();
    const records: ParkedEvent[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: ParkedEvent[]; nextCursor: string | null } = await this.readStore.find<ParkedEvent>(this.collection, {
        ...filter,
        sort: { field: 'position', direction: 'asc' },
        limit: 1000,
        cursor,
      });
      records.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return records;
  }

  /** The records of `name` at `position`; NotFoundError `PROJECTION.PARKED_NOT_FOUND` when there is none. */
  async at(name: string, position: number): Promise<ParkedEvent[]> {
    const records = await this.list({ where: { projection: name, position } });
    if (records.length === 0) {
      throw new NotFoundError('PROJECTION.PARKED_NOT_FOUND', `No event of ${name} is parked at position ${position}`, { projection: name, position });
    }
    return records;
  }

  /**
   * Re-applies a parked event: `reapply` returns the writes of its success, committed with the
   * removal of the record under the lease. A failure `isKept` approves of keeps the record with one
   * more attempt and throws IllegalStateError `PROJECTION.RETRY_FAILED`; any other failure is thrown as it is.
   */
  async retry(
    label: string,
    record: ParkedEvent,
    lease: LeaseKeeper,
    reapply: (event: RecordedEvent) => Promise<(tx: ReadStoreTransaction) => void>,
    isKept: (error: unknown) => boolean = () => true,
  ): Promise<void> {
    const event = await this.eventOf(record);
    let write: (tx: ReadStoreTransaction) => void;
    try {
      write = await reapply(event);
    } catch (error) {
      if (!isKept(error)) throw error;
      const failed: ParkedEvent = { ...record, error: messageOf(error), attempts: record.attempts + 1, lastAttemptAt: this.clock().toISOString() };
      await this.commit(lease, (tx) => tx.upsert(this.collection, failed));
      this.logger.error(`${label}: retry of ${record.eventType} at position ${record.position} failed again: ${failed.error}`);
      throw new IllegalStateError('PROJECTION.RETRY_FAILED', `The parked event still fails: ${failed.error}`, { projection: record.projection, position: record.position });
    }
    await this.commit(lease, (tx) => {
      write(tx);
      tx.delete(this.collection, record.id);
    });
    this.logger.log(`${label}: parked ${record.eventType} at position ${record.position} applied`);
  }

  /** Removes a record whose collection is gone, fenced by the lease. */
  discard(lease: LeaseKeeper, record: ParkedEvent): Promise<void> {
    return this.commit(lease, (tx) => this.remove(tx, [record]));
  }

  remove(tx: ReadStoreTransaction, records: readonly ParkedEvent[]): void {
    for (const record of records) tx.delete(this.collection, record.id);
  }

  private commit(lease: LeaseKeeper, write: (tx: ReadStoreTransaction) => void): Promise<void> {
    return this.readStore.transaction((tx) => {
      lease.fence(tx);
      write(tx);
    });
  }

  private async eventOf(record: ParkedEvent): Promise<RecordedEvent> {
    const [event] = await this.eventStore.readStream(record.streamName, { fromRevision: record.revision, maxCount: 1 });
    if (!event || event.id !== record.eventId) {
      throw new NotFoundError('PROJECTION.PARKED_EVENT_MISSING', `The parked event ${record.eventId} is no longer in ${record.streamName}`, {
        projection: record.projection,
        position: record.position,
      });
    }
    return event;
  }
}
