import type { Event, RecordedEvent } from '#app/eventsourcing';
import type { QueryShape, ReadDocument } from '../read-store.port.js';

/** A recorded event typed by a domain event union, so `switch (event.type)` narrows `event.data`. */
export type RecordedOf<E extends Event> = E extends Event ? Omit<RecordedEvent<E['data']>, 'type'> & { readonly type: E['type'] } : never;

/**
 * A read model as plain data and pure functions; the ProjectionRunner does the reading, batching,
 * checkpoints, parking and rebuilds.
 *
 * The documents live in the physical collection `<collection>_v<version>`: bump `version` whenever
 * `evolve`, `keys`, `eventTypes` or the document shape changes, and the runner rebuilds it from the
 * start of the log while the previous one keeps serving reads. New `queries` need no new version:
 * their indexes are added to the active collection when a runner next takes the projection up.
 */
export interface Projection<D extends ReadDocument = ReadDocument, E extends Event = Event> {
  /** Stable name: the key of its checkpoint, registry entry and parked events. */
  readonly name: string;
  /** A positive integer. */
  readonly version: number;
  /** Base collection name; matches `^[A-Za-z][A-Za-z0-9_]*$` and leaves room for the version suffix. */
  readonly collection: string;
  /** The shapes of the queries its readers issue, declared beside those queries: one index each, and their sort fields are what queries may sort and range on. */
  readonly queries: readonly QueryShape[];
  /** Types it handles; every other event only advances its checkpoint. */
  readonly eventTypes: readonly E['type'][];
  /** Ids of the documents this event touches. */
  keys(event: RecordedOf<E>): readonly string[];
  /**
   * The document after the event, or null to delete it. Pure: no I/O, no clock. The document
   * passed in is frozen; return a new one. A throw parks the event.
   */
  evolve(document: D | null, event: RecordedOf<E>, id: string): D | null;
}

/** An event a projection could not apply, kept so an operator can fix the projection and retry it. */
export interface ParkedEvent extends ReadDocument {
  projection: string;
  /** The physical collection it was skipped in. */
  collection: string;
  position: number;
  eventId: string;
  eventType: string;
  streamName: string;
  revision: number;
  error: string;
  parkedAt: string;
  /** Failed retries so far. */
  attempts: number;
  lastAttemptAt: string | null;
}

/**
 * Progress of a rebuild in events, on every back end: `processed` events applied by this run of
 * the build, `total` what it will have applied once it has caught up with the head (so
 * `(total - processed) / eventsPerSecond` is an ETA). The runner awaits a returned promise.
 */
export type ProgressCallback = (processed: number, total: number, eventsPerSecond: number) => void | Promise<void>;

export interface ProjectionStatus {
  name: string;
  /** The version the running code defines. */
  version: number;
  /** The physical collection queries read; null before the projection first ran. */
  activeCollection: string | null;
  activeVersion: number | null;
  checkpoint: number;
  headPosition: number;
  /** Events in the log after the checkpoint, counted up to the runner's limit. */
  lag: number;
  /** The count stopped at the limit: at least `lag` events behind. */
  lagAtLeast: boolean;
  parked: number;
  rebuilding: boolean;
  rebuild: { collection: string; version: number; checkpoint: number; lag: number; lagAtLeast: boolean } | null;
}

export interface StatusOptions {
  /** Count lags up to this many events at least (the runner's `lagCountLimit` otherwise). */
  lagLimit?: number;
}

/** How far the projections and processes of a runner are behind the log: what readiness needs. */
export interface CatchUpProgress {
  /** Every projection and process is within `maxLag` events of the head. */
  caughtUp: boolean;
  maxLag: number;
  headPosition: number;
  /** The checkpoint of the one furthest behind. */
  slowestCheckpoint: number;
  /** Events the one furthest behind has still to apply, counted up to at least `maxLag + 1`. */
  worstLag: number;
  /** The share of the log (0 to 1, by position) the one furthest behind has applied. */
  progress: number;
  /** Events parked by the projections and processes. */
  parked: number;
  /** Those more than `maxLag` events behind, furthest first (`lagAtLeast`: the count stopped at its limit). */
  behind: { name: string; kind: 'projection' | 'process'; checkpoint: number; lag: number; lagAtLeast: boolean }[];
}

export interface WaitForPositionResult {
  reached: boolean;
  checkpoint: number;
}
