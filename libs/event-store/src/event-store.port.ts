import type { AppendOptions, AppendResult, EventToAppend, RecordedCommand, RecordedEvent, StreamAccess } from '#app/eventsourcing';
import type { SnapshotStore } from './snapshots/snapshot-store.port.js';

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive start revision; defaults to the first (forwards) or last (backwards) event. */
  fromRevision?: number;
  maxCount?: number;
}

export interface ReadAllOptions {
  /** Only events with a global position strictly greater than this; defaults to the start of the log. */
  after?: number;
  /** Batch size; defaults to 1,000. */
  maxCount?: number;
}

export interface SubscribeOptions {
  /** Deliver events strictly after this global position; defaults to the start of the log. */
  after?: number;
}

/** Catch-up then live feed of the global log, in commit order, without gaps or duplicates. */
export interface EventSubscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

/**
 * The event store port, with EventStoreDB's semantics whatever the adapter:
 * 0-based stream revisions; `expectedRevision` of `no_stream`, `stream_exists`, `any` or a revision
 * (a mismatch throws ConcurrencyError and writes nothing); re-appending event ids already in the
 * stream returns the original result and writes nothing, whatever the expected revision; an append
 * that starts with ids already in the stream but goes on with others is a ConcurrencyError and writes
 * nothing (EventStoreDB answers it with WrongExpectedVersion); a missing stream reads as empty.
 *
 * Used directly as the DI token.
 */
export abstract class EventStore implements StreamAccess {
  /** Appends atomically: all events or none; with `commands`, records the indexed ones in the command index (see CommandStamp). */
  abstract append(streamName: string, events: EventToAppend[], options?: AppendOptions): Promise<AppendResult>;

  /** Looks a command id up in the command index, without reading any stream's history. */
  abstract findCommand(commandId: string): Promise<RecordedCommand | null>;

  /** Persisted snapshots of folded states beside the events (derived data, safe to delete), or null when it keeps none. */
  get snapshots(): SnapshotStore | null {
    return null;
  }

  abstract readStream(streamName: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;

  /** One batch of the global log in commit order (user events only). */
  abstract readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;

  /** Global position of the newest event, or 0 for an empty log. */
  abstract headPosition(): Promise<number>;

  abstract subscribeToAll(options?: SubscribeOptions): EventSubscription;

  abstract close(): Promise<void>;
}
