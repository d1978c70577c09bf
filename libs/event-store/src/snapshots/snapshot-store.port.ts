import type { SnapshotAccess, StoredSnapshot } from '#app/eventsourcing';

/**
 * Where folded states are saved so that a long stream need not be folded from its first event.
 * Snapshots are derived data: never the source of truth, never part of the hash chain, one per
 * stream (the newest), and safe to delete at any time. Readers check the version and the event at
 * the snapshot's revision before trusting one.
 *
 * Used directly as the DI token.
 */
export abstract class SnapshotStore implements SnapshotAccess {
  abstract read(streamName: string): Promise<StoredSnapshot | null>;

  /** Replaces the stream's snapshot unless the stored one is at a later revision. */
  abstract write(snapshot: StoredSnapshot): Promise<void>;
}
