import { ANY, BACKWARDS, END, NO_STREAM, START, STREAM_EXISTS, StreamNotFoundError } from '@eventstore/db-client';
import type {
  EsdbAppendResult,
  EsdbEventData,
  EsdbExpectedRevision,
  EsdbReadAllOptions,
  EsdbReadStreamOptions,
  EsdbRecordedEvent,
  EsdbResolvedEvent,
  EsdbSubscriptionStream,
  EventStoreDbClientLike,
} from '../eventstoredb-client.js';

/**
 * EventStoreDB's stream semantics in memory, for the contract suites of what the adapter builds on
 * streams (command index, snapshots): expected revisions, idempotent repeats of the events right
 * after the expected revision, `$maxCount`, increasing log positions. No subscriptions.
 */
export class InMemoryEventStoreDbClient implements EventStoreDbClientLike {
  private readonly streams = new Map<string, EsdbRecordedEvent[]>();
  private readonly maxCounts = new Map<string, number>();
  private position = 0n;

  async appendToStream(streamName: string, events: EsdbEventData[], options: { expectedRevision: EsdbExpectedRevision }): Promise<EsdbAppendResult> {
    await Promise.resolve();
    const stream = this.streams.get(streamName) ?? [];
    const current = stream.length === 0 ? -1n : stream.at(-1)!.revision;
    const expected = options.expectedRevision;
    if (typeof expected === 'bigint' || expected === NO_STREAM) {
      const after = expected === NO_STREAM ? -1n : expected;
      const repeated = stream.filter((e) => e.revision > after).slice(0, events.length);
      if (repeated.length === events.length && repeated.every((e, i) => e.id === events[i]!.id)) {
        const last = repeated.at(-1)!;
        return { success: true, nextExpectedRevision: last.revision, ...(last.position ? { position: last.position } : {}) };
      }
    }
    const ok = expected === ANY || (expected === NO_STREAM && current === -1n) || (expected === STREAM_EXISTS && current !== -1n) || expected === current;
    if (!ok) return { success: false, nextExpectedRevision: current };
    let revision = current;
    for (const event of events) {
      revision += 1n;
      this.position += 100n;
      stream.push({
        streamId: streamName,
        id: event.id,
        revision,
        type: event.type,
        created: new Date(),
        isJson: true,
        data: structuredClone(event.data),
        metadata: event.metadata === undefined ? undefined : structuredClone(event.metadata),
        position: { commit: this.position, prepare: this.position },
      });
    }
    this.streams.set(streamName, stream);
    return { success: true, nextExpectedRevision: revision, position: { commit: this.position, prepare: this.position } };
  }

  readStream(streamName: string, options: EsdbReadStreamOptions): AsyncIterable<EsdbResolvedEvent> {
    const all = this.streams.get(streamName);
    if (!all || all.length === 0) return fail(new StreamNotFoundError(undefined, streamName));
    const kept = all.slice(-(this.maxCounts.get(streamName) ?? all.length));
    const backwards = options.direction === BACKWARDS;
    const ordered = backwards ? [...kept].reverse() : kept;
    const from = options.fromRevision;
    const selected = ordered.filter((e) => (from === START || from === END ? true : backwards ? e.revision <= from : e.revision >= from));
    return each(selected.slice(0, options.maxCount ?? Number.MAX_SAFE_INTEGER));
  }

  readAll(options: EsdbReadAllOptions): AsyncIterable<EsdbResolvedEvent> {
    const log = [...this.streams.values()].flat().sort((a, b) => (a.position!.commit < b.position!.commit ? -1 : 1));
    const from = options.fromPosition;
    if (options.direction === BACKWARDS) {
      return each([...log].reverse().filter((e) => from === END || (from !== START && e.position!.commit < from.commit)).slice(0, options.maxCount));
    }
    return each(log.filter((e) => from === START || (from !== END && e.position!.commit >= from.commit)).slice(0, options.maxCount));
  }

  subscribeToAll(): EsdbSubscriptionStream {
    throw new Error('The in-memory EventStoreDB client has no subscriptions');
  }

  async setStreamMetadata(streamName: string, metadata: { maxCount?: number }): Promise<unknown> {
    if (metadata.maxCount !== undefined) this.maxCounts.set(streamName, metadata.maxCount);
    return { success: true };
  }

  /** Events as stored, `$maxCount` or not: what the server still holds before scavenging. */
  stored(streamName: string): readonly EsdbRecordedEvent[] {
    return this.streams.get(streamName) ?? [];
  }

  async dispose(): Promise<void> {}
}

async function* each(events: readonly EsdbRecordedEvent[]): AsyncGenerator<EsdbResolvedEvent> {
  for (const event of events) yield { event };
}

async function* fail(error: Error): AsyncGenerator<EsdbResolvedEvent> {
  throw error;
}
