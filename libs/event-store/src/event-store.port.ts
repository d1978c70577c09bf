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

/** How many events follow a position: exact unless `atLeast`, when there are more than `events`. */
export interface EventCount {
  events: number;
  atLeast: boolean;
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

  /**
   * The id of the log this store holds, created on its first use and the same for every client of
   * it from then on; another file or cluster has another. Positions belong to one log, so a read
   * store records the id of the log its checkpoints are positions of.
   */
  abstract storeId(): Promise<string>;

  /**
   * How many events of the global log (those readAll returns) follow `after`: exact when there are
   * at most `atMost`, else `atMost` with `atLeast: true`. An adapter whose positions number the
   * events counts without reading and may answer exactly beyond `atMost`; the others read at most
   * `atMost + 1` events.
   */
  abstract countEventsAfter(after: number, atMost: number): Promise<EventCount>;

  abstract close(): Promise<void>;
}

/**
 * What an adapter whose positions run 1, 2, 3 … can say about its log's numbering, so a
 * verification can tell deleted events by the holes they leave (the embedded store; EventStoreDB's
 * commit positions have gaps by design).
 */
export interface DenseLogNumbering {
  readonly densePositions: true;
  /** The highest position ever given to an event, including events deleted since. */
  highestAssignedPosition(): Promise<number>;
}

export function denseNumberingOf(store: EventStore): DenseLogNumbering | null {
  const candidate = store as Partial<DenseLogNumbering>;
  return candidate.densePositions === true && typeof candidate.highestAssignedPosition === 'function' ? (candidate as DenseLogNumbering) : null;
}

/** One append of a multi-stream append: its stream, its events and its exact expectation. */
export interface StreamAppend {
  streamName: string;
  events: EventToAppend[];
  /** `no_stream` or the revision the stream is at: where the events go is known. */
  expectedRevision: 'no_stream' | number;
  /** The commands whose events this append carries (the command index), as for `append`. */
  commands?: AppendOptions['commands'];
}

/**
 * An adapter that can append to several streams in one atomic step (the embedded store: one SQLite
 * transaction): every append checked against its expectation, and all of them written or none —
 * a ConcurrencyError for any one writes nothing anywhere. Use `appendManyOf` to find it through
 * decorators; EventStoreDB has no such step.
 */
export interface AtomicMultiAppend {
  appendMany(appends: readonly StreamAppend[]): Promise<AppendResult[]>;
}
