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
}

/** The two operations command handling needs; the EventStore port provides them. */
export interface StreamAccess {
  readStream(streamName: string, options?: { fromRevision?: number; maxCount?: number }): Promise<RecordedEvent[]>;
  append(streamName: string, events: EventToAppend[], options?: { expectedRevision?: ExpectedRevision }): Promise<AppendResult>;
}
