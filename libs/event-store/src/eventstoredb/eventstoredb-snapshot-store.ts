import { ANY } from '@eventstore/db-client';
import { newId, type StoredSnapshot } from '#app/eventsourcing';
import { SnapshotStore } from '../snapshots/snapshot-store.port.js';
import type { EventStoreDbClientLike } from './eventstoredb-client.js';
import { SNAPSHOT_STREAM_PREFIX, translateError } from './eventstoredb-mapping.js';
import { lastEventOf } from './eventstoredb-reads.js';

const SNAPSHOT = 'Snapshot';

type SnapshotData = Omit<StoredSnapshot, 'streamName'>;

/**
 * Snapshots on EventStoreDB by the usual convention: the newest snapshot of stream `s` is the last
 * event of `snapshot-s`, a stream created with `$maxCount: 1` so the server keeps only that one.
 * These streams are left out of the global log this adapter reads.
 */
export class EventStoreDbSnapshotStore extends SnapshotStore {
  constructor(private readonly client: EventStoreDbClientLike) {
    super();
  }

  override async read(streamName: string): Promise<StoredSnapshot | null> {
    const last = await lastEventOf(this.client, snapshotStream(streamName));
    if (!last || last.type !== SNAPSHOT) return null;
    const data = last.data as Partial<SnapshotData>;
    if (typeof data.version !== 'string' || typeof data.revision !== 'number' || typeof data.eventId !== 'string' || typeof data.state !== 'string') return null;
    return { streamName, version: data.version, revision: data.revision, eventId: data.eventId, state: data.state };
  }

  override async write(snapshot: StoredSnapshot): Promise<void> {
    const stream = snapshotStream(snapshot.streamName);
    const data: SnapshotData = { version: snapshot.version, revision: snapshot.revision, eventId: snapshot.eventId, state: snapshot.state };
    try {
      const result = await this.client.appendToStream(stream, [{ id: newId(), contentType: 'application/json', type: SNAPSHOT, data: data as unknown as Record<string, unknown>, metadata: undefined }], {
        expectedRevision: ANY,
      });
      if (result.nextExpectedRevision === 0n) await this.client.setStreamMetadata(stream, { maxCount: 1 });
    } catch (error) {
      throw translateError(error, { streamName: stream });
    }
  }
}

const snapshotStream = (streamName: string): string => `${SNAPSHOT_STREAM_PREFIX}${streamName}`;
