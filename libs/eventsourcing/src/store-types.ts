/**
 * The shapes shared by the event store port and the core. They follow EventStoreDB's semantics:
 * 0-based stream revisions, `no_stream | stream_exists | any | <revision>` expectations.
 */
export type ExpectedRevision = 'no_stream' | 'stream_exists' | 'any' | number;

export interface EventToAppend {
  /** A uuid; re-appending an event id already in the stream is idempotent. Generated when absent. */
  id?: string;
  type: string;
  data: unknown;
  metadata?: Record<string, unknown>;
}

export interface RecordedEvent<Data = unknown, Metadata = Record<string, unknown>> {
  id: string;
  type: string;
  data: Data;
  metadata: Metadata;
  streamName: string;
  /** 0-based position within the stream. */
  revision: number;
  /** Position in the global log; strictly increasing in commit order. */
  position: number;
  /** ISO 8601 time the store committed the event. */
  createdAt: string;
}

export interface AppendResult {
  /** The revision of the last event now in the stream (pass it as expectedRevision next time). */
  nextExpectedRevision: number;
  /** Global position of the last appended event. */
  position: number;
  /** One outcome per command of `AppendOptions.commands`, in order. */
  commands?: CommandOutcome[];
}

/**
 * The commands whose events an append carries, in order: each covers the next `eventCount` events.
 * An indexed command's id is recorded with the events, atomically with them as far as the back end
 * allows, and an append carrying an id already recorded (on any stream) writes nothing and fails
 * with a ConcurrencyError coded `STREAM.COMMAND_RECORDED`. Requires an exact expected revision.
 */
export interface CommandStamp {
  commandId: string;
  eventCount: number;
  /** Whether a retry of this command can come back (an Idempotency-Key, an id derived from an event). */
  indexed: boolean;
  requestHash?: string;
}

/** Where a command's events landed: its last event's revision and global position. */
export interface CommandOutcome {
  lastRevision: number;
  position: number;
}

/** What the command index knows about a command id. */
export interface RecordedCommand {
  commandId: string;
  streamName: string;
  requestHash: string | null;
  /** Absent while the back end cannot yet tell whether the events were written (EventStoreDB: reserved, not found). */
  outcome?: CommandOutcome & { firstRevision: number };
}

export interface AppendOptions {
  expectedRevision?: ExpectedRevision;
  commands?: readonly CommandStamp[];
}

export const COMMAND_RECORDED = 'STREAM.COMMAND_RECORDED';

/**
 * A folded state saved at a revision, as stored: derived data that may be deleted at any time.
 * `eventId` is the id of the event at `revision`, so a snapshot of another stream's history is never trusted.
 */
export interface StoredSnapshot {
  streamName: string;
  version: string;
  revision: number;
  eventId: string;
  /** The state as JSON. */
  state: string;
}

export interface SnapshotAccess {
  /** The newest snapshot of the stream, or null. */
  read(streamName: string): Promise<StoredSnapshot | null>;
  /** Replaces the stream's snapshot. */
  write(snapshot: StoredSnapshot): Promise<void>;
}

/** What command handling needs; the EventStore port provides it. */
export interface StreamAccess {
  readStream(streamName: string, options?: { fromRevision?: number; maxCount?: number }): Promise<RecordedEvent[]>;
  append(streamName: string, events: EventToAppend[], options?: AppendOptions): Promise<AppendResult>;
  /** The command index: where a command id's events are, or null when it never appended any. */
  findCommand(commandId: string): Promise<RecordedCommand | null>;
  /** Persisted snapshots of folded states, when the back end keeps them. */
  readonly snapshots?: SnapshotAccess | null;
}
