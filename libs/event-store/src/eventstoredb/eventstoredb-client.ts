/**
 * The part of `@eventstore/db-client`'s client that the adapter calls, restated in our own types so
 * the vendor's types never leave this folder. The real client satisfies it structurally (checked
 * where `fromConnectionString` passes one in); tests pass a fake.
 */
export interface EventStoreDbClientLike {
  appendToStream(
    streamName: string,
    events: EsdbEventData[],
    options: { expectedRevision: EsdbExpectedRevision },
  ): Promise<EsdbAppendResult>;
  readStream(streamName: string, options: EsdbReadStreamOptions): AsyncIterable<EsdbResolvedEvent>;
  readAll(options: EsdbReadAllOptions): AsyncIterable<EsdbResolvedEvent>;
  subscribeToAll(options: EsdbSubscribeOptions): EsdbSubscriptionStream;
  setStreamMetadata(streamName: string, metadata: { maxCount?: number }): Promise<unknown>;
  dispose(): Promise<void>;
}

/** A place in EventStoreDB's transaction log: byte offsets of the commit and prepare records. */
export interface EsdbLogPosition {
  commit: bigint;
  prepare: bigint;
}

export type EsdbExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | bigint;

export interface EsdbEventData {
  id: string;
  contentType: 'application/json';
  type: string;
  data: EsdbJson;
  metadata: EsdbJson | undefined;
}

export type EsdbJson = Record<string | number, unknown> | unknown[] | string;

export interface EsdbAppendResult {
  success: boolean;
  nextExpectedRevision: bigint;
  position?: EsdbLogPosition;
}

export interface EsdbRecordedEvent {
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  created: Date;
  isJson: boolean;
  data: unknown;
  metadata: unknown;
  position?: EsdbLogPosition;
}

export interface EsdbResolvedEvent {
  event?: EsdbRecordedEvent;
}

export interface EsdbReadStreamOptions {
  direction: 'forwards' | 'backwards';
  fromRevision: 'start' | 'end' | bigint;
  maxCount?: number;
}

export interface EsdbReadAllOptions {
  direction: 'forwards' | 'backwards';
  fromPosition: 'start' | 'end' | EsdbLogPosition;
  maxCount: number;
}

export interface EsdbSubscribeOptions {
  fromPosition: 'start' | EsdbLogPosition;
  filter: { filterOn: 'eventType' | 'streamName'; regex: string; checkpointInterval: number };
}

export interface EsdbSubscriptionStream extends AsyncIterable<EsdbResolvedEvent> {
  unsubscribe(): Promise<void>;
}
