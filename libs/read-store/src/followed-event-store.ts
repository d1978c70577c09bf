import { IllegalStateError } from '#app/eventsourcing';
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

/**
 * Checkpoints are positions in one event log, meaningless in another. The first time a read store
 * is used it records the id of the event store it follows; from then on it follows that one only:
 * any other is refused with IllegalStateError `READ_STORE.FOREIGN_CHECKPOINTS`, whose message ends
 * with `remedy`. A read store written before stores had ids records the one it is used with.
 * Resolves whether it recorded the event store now.
 */
export async function followEventStore(readStore: ReadStore, current: FollowedEventStore, remedy: string, now: () => Date = () => new Date()): Promise<boolean> {
  const recorded = await readStore.get<FollowedEventStoreDocument>(READ_STORE_META_COLLECTION, FOLLOWED_EVENT_STORE);
  if (recorded) {
    refuseAnother(recorded, current, remedy);
    return false;
  }
  await readStore.transaction((tx) =>
    tx.upsert<FollowedEventStoreDocument>(READ_STORE_META_COLLECTION, { id: FOLLOWED_EVENT_STORE, ...current, recordedAt: now().toISOString() }),
  );
  // Two processes with different event stores recording at once: the last write stands, and whoever reads another's gives way.
  const kept = await readStore.get<FollowedEventStoreDocument>(READ_STORE_META_COLLECTION, FOLLOWED_EVENT_STORE);
  if (kept) refuseAnother(kept, current, remedy);
  return true;
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
