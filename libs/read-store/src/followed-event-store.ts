import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { IllegalStateError, ServiceUnavailableError } from '#app/eventsourcing';
import type { ReadDocument, ReadStore } from './read-store.port.js';

/** The event store a read store's checkpoints are positions of. */
export interface FollowedEventStore {
  /** EventStore.storeId(). */
  storeId: string;
  /** For people: which store it is, e.g. `the SQLite event store data/events.sqlite`. */
  description: string;
}

interface FollowedEventStoreDocument extends ReadDocument, FollowedEventStore {
  recordedAt: string;
}

export const READ_STORE_META_COLLECTION = 'read_store_meta';
const FOLLOWED_EVENT_STORE = 'event-store';
/** Taken while the record is written, so that of two processes recording different event stores at once the second finds the first's. */
const RECORDING_LEASE = 'read-store:event-store';
const RECORDING_ATTEMPTS = 100;

/**
 * Checkpoints are positions in one event log, meaningless in another. The first time a read store
 * is used it records the id of the event store it follows; from then on it follows that one only:
 * any other is refused with IllegalStateError `READ_STORE.FOREIGN_CHECKPOINTS`, whose message ends
 * with `remedy`. A read store written before stores had ids records the one it is used with.
 * Resolves whether it recorded the event store now.
 */
export async function followEventStore(readStore: ReadStore, current: FollowedEventStore, remedy: string, now: () => Date = () => new Date()): Promise<boolean> {
  const holder = `${current.storeId}:${randomUUID()}`;
  for (let attempt = 0; attempt < RECORDING_ATTEMPTS; attempt++) {
    const recorded = await readStore.get<FollowedEventStoreDocument>(READ_STORE_META_COLLECTION, FOLLOWED_EVENT_STORE);
    if (recorded) {
      refuseAnother(recorded, current, remedy);
      return false;
    }
    if (await readStore.tryAcquireLease(RECORDING_LEASE, holder, 10_000)) {
      try {
        if (await readStore.get(READ_STORE_META_COLLECTION, FOLLOWED_EVENT_STORE)) continue;
        await readStore.transaction((tx) => {
          tx.requireLease(RECORDING_LEASE, holder);
          tx.upsert<FollowedEventStoreDocument>(READ_STORE_META_COLLECTION, { id: FOLLOWED_EVENT_STORE, ...current, recordedAt: now().toISOString() });
        });
        return true;
      } finally {
        await readStore.releaseLease(RECORDING_LEASE, holder);
      }
    }
    await sleep(50);
  }
  throw new ServiceUnavailableError('READ_STORE.BUSY', 'Another process kept recording which event store the read store follows; retry');
}

function refuseAnother(recorded: FollowedEventStoreDocument, current: FollowedEventStore, remedy: string) {
  if (recorded.storeId === current.storeId) return;
  throw new IllegalStateError(
    'READ_STORE.FOREIGN_CHECKPOINTS',
    `the read store's checkpoints are positions in ${recorded.description} (store id ${recorded.storeId}), ` +
      `but the configured event store is ${current.description} (store id ${current.storeId}); ${remedy}`,
    { recorded: { storeId: recorded.storeId, description: recorded.description, recordedAt: recorded.recordedAt }, configured: current },
  );
}
