import {
  ConcurrencyError,
  newId,
  type AppendOptions,
  type AppendResult,
  type CommandStamp,
  type EventToAppend,
  type ExpectedRevision,
  type RecordedEvent,
} from '#app/eventsourcing';
import type { EventStore, ReadAllOptions, ReadStreamOptions } from '../event-store.port.js';
import { INTEGRITY_FIELD, eventHash, integrityOf, withoutIntegrity, type IntegrityStamp } from './event-hash.js';
import { EventStoreDecorator } from './event-store-decorator.js';

export interface IntegrityEventStoreOptions {
  /** Streams whose head revision and hash are remembered, least recently used first out; defaults to 50,000. */
  headCacheSize?: number;
  /** Appends with `any` or `stream_exists` retried when another writer moves the stream meanwhile; defaults to 10. */
  maxAttempts?: number;
}

interface Head {
  revision: number;
  hash: string | null;
}

interface Prepared {
  id: string;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
}

const PARTIAL_DUPLICATE = 'STREAM.PARTIAL_DUPLICATE';

/**
 * Tamper evidence for any adapter: every appended event gets `metadata.integrity` = { v, previousHash,
 * hash }, chaining it to its stream predecessor (see `eventHash`). Reads return events without the
 * stamp, exactly as they were appended; `rawEventStore` reaches the stored form for verification.
 *
 * The chain is computed here, in the application, so it holds on every back end. Cheap per append:
 * the head (revision and hash) of recently used streams is remembered from appends and reads, else
 * read as the stream's last event. The append is pinned to that head's revision, so when another
 * writer got in between, the adapter refuses it and it is stamped again on the new head (for `any`
 * and `stream_exists`) or refused as the caller's expectation demands. Appends to one stream are
 * serialised within this process.
 */
export class IntegrityEventStore extends EventStoreDecorator {
  private readonly heads = new Map<string, Head>();
  private readonly locks = new Map<string, Promise<unknown>>();
  private readonly stripped = new WeakMap<RecordedEvent, RecordedEvent>();
  private readonly headCacheSize: number;
  private readonly maxAttempts: number;

  constructor(inner: EventStore, options: IntegrityEventStoreOptions = {}) {
    super(inner);
    this.headCacheSize = options.headCacheSize ?? 50_000;
    this.maxAttempts = options.maxAttempts ?? 10;
  }

  override append(streamName: string, events: EventToAppend[], options: AppendOptions = {}): Promise<AppendResult> {
    if (events.length === 0) return this.inner.append(streamName, events, options);
    let prepared: Prepared[];
    try {
      prepared = events.map(prepare);
    } catch (error) {
      return Promise.reject(error);
    }
    const idsGiven = events.some((e) => e.id !== undefined);
    return this.exclusively(streamName, () => this.appendChained(streamName, prepared, options.expectedRevision ?? 'any', idsGiven, options.commands));
  }

  override async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const events = await this.inner.readStream(streamName, options);
    const backwards = options.direction === 'backwards';
    const reachesHead = backwards ? options.fromRevision === undefined : options.maxCount === undefined;
    const head = backwards ? events[0] : events[events.length - 1];
    if (reachesHead && head) this.remember(streamName, headOf(head));
    return events.map((event) => this.mapRead(event));
  }

  override async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    const events = await this.inner.readAll(options);
    for (const event of events) {
      const known = this.heads.get(event.streamName);
      if (known && event.revision > known.revision) this.heads.set(event.streamName, headOf(event));
    }
    return events.map((event) => this.mapRead(event));
  }

  /** Forgets every remembered head (e.g. after the log was edited outside this process). */
  forgetHeads(): void {
    this.heads.clear();
  }

  /** A frozen event is shared (the adapter's caches hand it to every reader), so its stripped copy is kept for the next reader. */
  protected mapRead(event: RecordedEvent): RecordedEvent {
    if (!(INTEGRITY_FIELD in event.metadata)) return event;
    const shared = Object.isFrozen(event);
    let plain = shared ? this.stripped.get(event) : undefined;
    if (!plain) {
      plain = { ...event, metadata: withoutIntegrity(event.metadata) };
      if (shared) this.stripped.set(event, plain);
    }
    return plain;
  }

  private async appendChained(
    streamName: string,
    events: Prepared[],
    expected: ExpectedRevision,
    idsGiven: boolean,
    commands: readonly CommandStamp[] | undefined,
  ): Promise<AppendResult> {
    const withCommands = commands ? { commands } : {};
    let head = this.heads.get(streamName);
    let fresh = false;
    if (head === undefined) {
      head = await this.readHead(streamName);
      fresh = true;
    }
    for (let attempt = 1; ; attempt++) {
      const current = head.revision === -1 ? null : head.revision;
      if (!satisfies(expected, current)) {
        if (!fresh) {
          head = await this.readHead(streamName);
          fresh = true;
          continue;
        }
        return this.appendRepeated(streamName, events, expected, head, await this.storedIds(streamName, expected, events.length), withCommands);
      }
      // Pinning the revision would turn a repeat with `any` into a second copy on some back ends.
      if (idsGiven && current !== null && (expected === 'any' || expected === 'stream_exists')) {
        const stored = await this.storedIds(streamName, expected, events.length);
        if (events.some((e) => stored.has(e.id))) return this.appendRepeated(streamName, events, expected, head, stored, withCommands);
      }
      const { stamped, last } = stampAll(streamName, events, head);
      try {
        const result = await this.inner.append(streamName, stamped, { expectedRevision: current === null ? 'no_stream' : current, ...withCommands });
        if (result.nextExpectedRevision === head.revision + events.length) this.remember(streamName, { revision: result.nextExpectedRevision, hash: last });
        else this.heads.delete(streamName);
        return result;
      } catch (error) {
        this.heads.delete(streamName);
        if (!(error instanceof ConcurrencyError) || error.code === PARTIAL_DUPLICATE) throw error;
        const mayRetry = !fresh || ((expected === 'any' || expected === 'stream_exists') && attempt < this.maxAttempts);
        if (!mayRetry) throw error;
        head = await this.readHead(streamName);
        fresh = true;
      }
    }
  }

  /**
   * The caller's expectation does not hold on the stream as it is, or the events are already in it:
   * only a repeat of events already in it (idempotent) may succeed, and then the adapter answers
   * with the original result and writes nothing. Anything else is refused here, so nothing
   * unchained can be written by a writer catching the stream up in between.
   */
  private async appendRepeated(
    streamName: string,
    events: Prepared[],
    expected: ExpectedRevision,
    head: Head,
    stored: ReadonlySet<string>,
    withCommands: Pick<AppendOptions, 'commands'>,
  ): Promise<AppendResult> {
    const repeated = events.filter((e) => stored.has(e.id)).length;
    const actual = head.revision === -1 ? 'no_stream' : head.revision;
    if (repeated === events.length) {
      try {
        return await this.inner.append(streamName, stampAll(streamName, events, head).stamped, { expectedRevision: expected, ...withCommands });
      } finally {
        this.heads.delete(streamName);
      }
    }
    if (repeated > 0) {
      throw new ConcurrencyError(`Append to ${streamName} repeats some event ids already in the stream but not others`, 'idempotent', actual, PARTIAL_DUPLICATE);
    }
    throw new ConcurrencyError(`Append to ${streamName} expected revision ${String(expected)} but the stream is at ${actual}`, expected, actual);
  }

  /** The ids where a repeat of the append would be: right after an exact expectation, anywhere otherwise. */
  private async storedIds(streamName: string, expected: ExpectedRevision, count: number): Promise<Set<string>> {
    const exact = expected === 'no_stream' || typeof expected === 'number';
    const from = expected === 'no_stream' ? 0 : typeof expected === 'number' ? expected + 1 : 0;
    return new Set((await this.inner.readStream(streamName, exact ? { fromRevision: from, maxCount: count } : {})).map((e) => e.id));
  }

  private async readHead(streamName: string): Promise<Head> {
    const [last] = await this.inner.readStream(streamName, { direction: 'backwards', maxCount: 1 });
    return last ? headOf(last) : { revision: -1, hash: null };
  }

  private remember(streamName: string, head: Head): void {
    this.heads.delete(streamName);
    this.heads.set(streamName, head);
    if (this.heads.size > this.headCacheSize) this.heads.delete(this.heads.keys().next().value!);
  }

  private exclusively<T>(streamName: string, work: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(streamName) ?? Promise.resolve();
    const run = previous.then(work, work);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.locks.set(streamName, settled);
    void settled.then(() => {
      if (this.locks.get(streamName) === settled) this.locks.delete(streamName);
    });
    return run;
  }
}

/** The data and metadata as they will read back (JSON), so the hash is over exactly what is stored. */
function prepare(event: EventToAppend): Prepared {
  return {
    id: event.id ?? newId(),
    type: event.type,
    data: JSON.parse(JSON.stringify(event.data ?? null)) as unknown,
    metadata: JSON.parse(JSON.stringify(withoutIntegrity(event.metadata ?? {}))) as Record<string, unknown>,
  };
}

function stampAll(streamName: string, events: Prepared[], head: Head): { stamped: EventToAppend[]; last: string } {
  let previousHash = head.hash;
  const stamped = events.map((event, i) => {
    const hash = eventHash({ streamName, ...event, revision: head.revision + 1 + i }, previousHash);
    const integrity: IntegrityStamp = { v: 1, previousHash, hash };
    previousHash = hash;
    return { id: event.id, type: event.type, data: event.data, metadata: { ...event.metadata, [INTEGRITY_FIELD]: integrity } };
  });
  return { stamped, last: previousHash! };
}

function headOf(event: RecordedEvent): Head {
  return { revision: event.revision, hash: integrityOf(event.metadata)?.hash ?? null };
}

function satisfies(expected: ExpectedRevision, current: number | null): boolean {
  return (
    expected === 'any' ||
    (expected === 'no_stream' && current === null) ||
    (expected === 'stream_exists' && current !== null) ||
    (typeof expected === 'number' && current === expected)
  );
}
