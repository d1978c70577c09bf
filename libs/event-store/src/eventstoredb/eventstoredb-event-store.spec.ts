import { describe, expect, it, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import {
  ANY,
  AccessDeniedError,
  BACKWARDS,
  CancelledError,
  DeadlineExceededError,
  END,
  FORWARDS,
  InvalidArgumentError,
  InvalidTransactionError,
  MaxAppendSizeExceededError,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  NotLeaderError,
  StreamDeletedError,
  StreamNotFoundError,
  TimeoutError,
  UnavailableError,
  UnknownError,
  UnsupportedError,
  WrongExpectedVersionError,
  jsonEvent,
  type AllStreamResolvedEvent,
  type Position,
} from '@eventstore/db-client';
import { ConcurrencyError, NotFoundError, ServiceUnavailableError, UnprocessableError, ValidationError, type RecordedEvent } from '#app/eventsourcing';
import type {
  EsdbReadAllOptions,
  EsdbReadStreamOptions,
  EsdbResolvedEvent,
  EsdbSubscriptionStream,
  EventStoreDbClientLike,
} from './eventstoredb-client.js';
import { EventStoreDbEventStore, type EventStoreDbEventStoreOptions } from './eventstoredb-event-store.js';
import { toGlobalPosition, toLogPosition } from './eventstoredb-positions.js';

interface StoredEvent {
  stream: string;
  type: string;
  revision: number;
  position: number | Position;
  data?: Record<string, unknown>;
  metadata?: Record<string, unknown> | Uint8Array;
  created?: Date;
}

/** A resolved event as the real client types it: the fixtures must fit the library, not just our mirror. */
function stored(e: StoredEvent): AllStreamResolvedEvent {
  const position = typeof e.position === 'number' ? { commit: BigInt(e.position), prepare: BigInt(e.position) } : e.position;
  return {
    event: {
      streamId: e.stream,
      id: randomUUID(),
      revision: BigInt(e.revision),
      type: e.type,
      created: e.created ?? new Date('2026-03-01T09:30:00.123Z'),
      isJson: true,
      data: e.data ?? {},
      metadata: e.metadata,
      position,
    },
    commitPosition: position.commit,
  };
}

/** What gRPC hands the client when a follower node refuses a write: the leader's address in the metadata. */
const notLeaderStatus = {
  code: 5,
  details: 'Leader info available',
  message: '5 NOT_FOUND: Leader info available',
  metadata: { getMap: () => ({ 'leader-endpoint-host': 'node-2', 'leader-endpoint-port': '2113' }) },
} as unknown as ConstructorParameters<typeof NotLeaderError>[0];

const positionOf = (e: AllStreamResolvedEvent) => e.event!.position;

async function* iterate<T>(items: readonly T[], failWith?: Error): AsyncGenerator<T> {
  for (const item of items) yield item;
  if (failWith) throw failWith;
}

/** An in-memory $all with EventStoreDB's read semantics: forwards from a position is inclusive, backwards exclusive. */
class FakeClient implements EventStoreDbClientLike {
  log: AllStreamResolvedEvent[] = [];
  readonly appendToStream = jest.fn<EventStoreDbClientLike['appendToStream']>();
  readonly readStream = jest.fn<EventStoreDbClientLike['readStream']>((streamName, options) => this.streamRead(streamName, options));
  readonly readAll = jest.fn<EventStoreDbClientLike['readAll']>((options) => this.allRead(options));
  readonly subscribeToAll = jest.fn<EventStoreDbClientLike['subscribeToAll']>();
  readonly setStreamMetadata = jest.fn<EventStoreDbClientLike['setStreamMetadata']>(async () => undefined);
  readonly dispose = jest.fn<EventStoreDbClientLike['dispose']>(async () => undefined);

  private streamRead(streamName: string, options: EsdbReadStreamOptions): AsyncIterable<EsdbResolvedEvent> {
    const events = this.log.filter((e) => e.event!.streamId === streamName);
    if (events.length === 0) return iterate([], new StreamNotFoundError(undefined, streamName));
    const backwards = options.direction === BACKWARDS;
    const ordered = backwards ? [...events].reverse() : events;
    const from = options.fromRevision;
    const selected = ordered.filter((e) => {
      if (from === START || from === END) return true;
      return backwards ? e.event!.revision <= from : e.event!.revision >= from;
    });
    return iterate(selected.slice(0, options.maxCount ?? Number.MAX_SAFE_INTEGER));
  }

  private allRead(options: EsdbReadAllOptions): AsyncIterable<EsdbResolvedEvent> {
    const from = options.fromPosition;
    if (options.direction === FORWARDS) {
      const selected = this.log.filter((e) => from === START || (from !== END && positionOf(e)!.commit >= from.commit));
      return iterate(selected.slice(0, options.maxCount));
    }
    const selected = [...this.log].reverse().filter((e) => from === END || (from !== START && positionOf(e)!.commit < from.commit));
    return iterate(selected.slice(0, options.maxCount));
  }
}

/**
 * A subscription that plays a script (events, then a drop), then waits live until unsubscribed;
 * `endsOnUnsubscribe: false` models a client stream that never ends once cancelled.
 */
class ScriptedSubscription implements EsdbSubscriptionStream {
  private unsubscribed = false;
  private wake: (() => void) | undefined;
  readonly unsubscribe = jest.fn(async () => {
    this.unsubscribed = true;
    if (this.endsOnUnsubscribe) this.wake?.();
  });

  constructor(
    private readonly script: ReadonlyArray<AllStreamResolvedEvent | Error>,
    private readonly endsOnUnsubscribe = true,
  ) {}

  async *[Symbol.asyncIterator](): AsyncGenerator<EsdbResolvedEvent> {
    for (const step of this.script) {
      if (step instanceof Error) throw step;
      yield step;
    }
    await new Promise<void>((resolve) => {
      this.wake = resolve;
      if (this.unsubscribed && this.endsOnUnsubscribe) resolve();
    });
  }
}

function setUp(options: EventStoreDbEventStoreOptions = {}) {
  const client = new FakeClient();
  const logger = jest.fn<NonNullable<EventStoreDbEventStoreOptions['logger']>>();
  const delays: number[] = [];
  const store = new EventStoreDbEventStore(client, {
    logger,
    sleep: async (ms) => {
      delays.push(ms);
    },
    random: () => 1,
    ...options,
  });
  return { client, store, logger, delays };
}

const user = (stream: string, revision: number, position: number, type = 'Happened') => stored({ stream, type, revision, position });
const system = (position: number, type = '$metadata', stream = '$$plan-1') => stored({ stream, type, revision: position, position });

async function take(subscription: AsyncIterable<RecordedEvent>, count: number): Promise<RecordedEvent[]> {
  const seen: RecordedEvent[] = [];
  for await (const event of subscription) {
    seen.push(event);
    if (seen.length === count) break;
  }
  return seen;
}

describe('EventStoreDbEventStore (against a fake client)', () => {
  describe('append', () => {
    it.each([
      ['no_stream', NO_STREAM],
      ['stream_exists', STREAM_EXISTS],
      ['any', ANY],
      [7, 7n],
      [0, 0n],
      [undefined, ANY],
    ] as const)('maps expected revision %p to the client value %p', async (expected, esdbValue) => {
      const { client, store } = setUp();
      client.appendToStream.mockResolvedValue({ success: true, nextExpectedRevision: 8n, position: { commit: 500n, prepare: 500n } });
      await store.append('plan-1', [{ type: 'A', data: {} }], expected === undefined ? {} : { expectedRevision: expected });
      expect(client.appendToStream.mock.calls[0]![2]).toEqual({ expectedRevision: esdbValue });
    });

    it('sends JSON events as the library builds them, keeping given ids and generating the missing ones', async () => {
      const { client, store } = setUp();
      client.appendToStream.mockResolvedValue({ success: true, nextExpectedRevision: 1n, position: { commit: 90n, prepare: 90n } });
      client.log = [user('plan-1', 0, 80), user('plan-1', 1, 90)];
      const id = randomUUID();
      await store.append('plan-1', [
        { id, type: 'Opened', data: { n: 1, nested: { a: [1, 2] } }, metadata: { actorId: 'u1' } },
        { type: 'Noted', data: undefined },
      ]);
      const [streamName, sent] = client.appendToStream.mock.calls[0]!;
      expect(streamName).toBe('plan-1');
      expect(sent[0]).toEqual(jsonEvent({ id, type: 'Opened', data: { n: 1, nested: { a: [1, 2] } }, metadata: { actorId: 'u1' } }));
      expect(sent[1]!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(sent[1]!.id).not.toBe(id);
      // The client encodes with JSON.stringify; `undefined` data would make it throw.
      expect(JSON.stringify(sent[1]!.data)).toBe('null');
      expect(sent[1]!.metadata).toBeUndefined();
    });

    it('returns the revision and the global position of the last event as numbers', async () => {
      const { client, store } = setUp();
      client.appendToStream.mockResolvedValue({ success: true, nextExpectedRevision: 2n, position: { commit: 4242n, prepare: 4242n } });
      expect(await store.append('plan-1', [{ type: 'A', data: {} }])).toEqual({ nextExpectedRevision: 2, position: 4242 });
    });

    it('reads the position of the last event when the server answers without one', async () => {
      const { client, store } = setUp();
      client.log = [user('plan-1', 0, 100), user('plan-1', 1, 180)];
      client.appendToStream.mockResolvedValue({ success: true, nextExpectedRevision: 1n });
      expect(await store.append('plan-1', [{ type: 'A', data: {} }], { expectedRevision: 0 })).toEqual({
        nextExpectedRevision: 1,
        position: 180,
      });
    });

    it('turns WrongExpectedVersionError into a ConcurrencyError carrying both revisions', async () => {
      const { client, store } = setUp();
      client.appendToStream.mockRejectedValue(
        new WrongExpectedVersionError(undefined, { streamName: 'plan-1', expected: 0n, current: 2n }),
      );
      const error = await store.append('plan-1', [{ type: 'A', data: {} }], { expectedRevision: 0 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConcurrencyError);
      expect(error).toMatchObject({ code: 'STREAM.WRONG_EXPECTED_REVISION', expected: 0, actual: 2 });
    });

    it('reports a missing stream as actual revision no_stream', async () => {
      const { client, store } = setUp();
      client.appendToStream.mockRejectedValue(
        new WrongExpectedVersionError(undefined, { streamName: 'plan-1', expected: STREAM_EXISTS, current: NO_STREAM }),
      );
      const error = await store.append('plan-1', [{ type: 'A', data: {} }], { expectedRevision: 'stream_exists' }).catch((e: unknown) => e);
      expect(error).toMatchObject({ expected: 'stream_exists', actual: 'no_stream' });
    });

    it('treats a failed append reported without throwing (throwOnAppendFailure off) as a ConcurrencyError', async () => {
      const { client, store } = setUp();
      client.appendToStream.mockResolvedValue({ success: false, nextExpectedRevision: 3n });
      await expect(store.append('plan-1', [{ type: 'A', data: {} }], { expectedRevision: 1 })).rejects.toMatchObject({
        constructor: ConcurrencyError,
        actual: 3,
      });
    });

    it.each([
      ['UnavailableError', new UnavailableError(undefined, '14 UNAVAILABLE: No connection established')],
      ['DeadlineExceededError', new DeadlineExceededError(undefined, '4 DEADLINE_EXCEEDED')],
      ['TimeoutError', new TimeoutError(undefined, '10 ABORTED')],
      ['CancelledError', new CancelledError(undefined, '1 CANCELLED: server shutting down')],
      ['failed discovery', new Error('Failed to discover after 10 attempts.')],
    ])('turns %s into ServiceUnavailableError EVENT_STORE.UNAVAILABLE', async (_name, vendorError) => {
      const { client, store } = setUp();
      client.appendToStream.mockRejectedValue(vendorError);
      const error = await store.append('plan-1', [{ type: 'A', data: {} }]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServiceUnavailableError);
      expect(error).toMatchObject({ code: 'EVENT_STORE.UNAVAILABLE', details: { reason: vendorError.message } });
    });

    it.each([
      ['StreamDeletedError', new StreamDeletedError(undefined, 'plan-1'), NotFoundError, 'STREAM.DELETED'],
      ['AccessDeniedError', new AccessDeniedError(undefined, 'Access denied'), ServiceUnavailableError, 'EVENT_STORE.ACCESS_DENIED'],
      ['MaxAppendSizeExceededError', new MaxAppendSizeExceededError(undefined, 1_048_576), UnprocessableError, 'EVENT_STORE.APPEND_TOO_LARGE'],
      ['InvalidArgumentError', new InvalidArgumentError('Invalid stream name'), ValidationError, 'EVENT_STORE.INVALID_ARGUMENT'],
      ['NotLeaderError', new NotLeaderError(notLeaderStatus), ServiceUnavailableError, 'EVENT_STORE.UNAVAILABLE'],
      ['UnsupportedError', new UnsupportedError('batch append', '21.10'), ServiceUnavailableError, 'EVENT_STORE.UNSUPPORTED'],
      ['UnknownError', new UnknownError(undefined, '2 UNKNOWN: boom'), ServiceUnavailableError, 'EVENT_STORE.FAILED'],
      ['InvalidTransactionError', new InvalidTransactionError(undefined, 'Invalid transaction'), ServiceUnavailableError, 'EVENT_STORE.FAILED'],
    ])('turns %s raised by an append into %p with a stable code', async (_name, vendorError, ours, code) => {
      const { client, store } = setUp();
      client.appendToStream.mockRejectedValue(vendorError);
      const error = await store.append('plan-1', [{ type: 'A', data: {} }]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ours);
      expect(error).toMatchObject({ code, details: { errorType: vendorError.type } });
    });

    it('names the tombstoned stream and answers 404, not 500, for reads and appends alike', async () => {
      const { client, store } = setUp();
      client.readStream.mockImplementation(() => iterate([], new StreamDeletedError(undefined, 'plan-9')));
      client.appendToStream.mockRejectedValue(new StreamDeletedError(undefined, 'plan-9'));
      await expect(store.readStream('plan-9')).rejects.toMatchObject({ kind: 'not_found', code: 'STREAM.DELETED', details: { streamName: 'plan-9' } });
      await expect(store.append('plan-9', [{ type: 'A', data: {} }])).rejects.toMatchObject({ kind: 'not_found', code: 'STREAM.DELETED' });
    });

    it('lets errors that do not come from the client through unchanged', async () => {
      const { client, store } = setUp();
      const bug = new TypeError('cannot read properties of undefined');
      client.appendToStream.mockRejectedValue(bug);
      await expect(store.append('plan-1', [{ type: 'A', data: {} }])).rejects.toBe(bug);
    });

    it('answers a multi-event append with the $all position of its last event, read back from the stream', async () => {
      const { client, store } = setUp();
      client.log = [user('plan-1', 0, 100), user('plan-1', 1, 200), user('plan-1', 2, 300)];
      client.appendToStream.mockResolvedValue({ success: true, nextExpectedRevision: 2n, position: { commit: 300n, prepare: 100n } });
      const result = await store.append('plan-1', [{ type: 'A', data: {} }, { type: 'B', data: {} }, { type: 'C', data: {} }], { expectedRevision: 'no_stream' });
      expect(result).toEqual({ nextExpectedRevision: 2, position: 300 });
    });

    it('checks the expectation of an empty append without writing', async () => {
      const { client, store } = setUp();
      client.log = [user('plan-1', 0, 100), user('plan-1', 1, 180)];
      expect(await store.append('plan-1', [], { expectedRevision: 1 })).toEqual({ nextExpectedRevision: 1, position: 180 });
      await expect(store.append('plan-1', [], { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(ConcurrencyError);
      expect(client.appendToStream).not.toHaveBeenCalled();
    });
  });

  describe('readStream', () => {
    it.each([
      [{}, { direction: FORWARDS, fromRevision: START }],
      [{ fromRevision: 2, maxCount: 3 }, { direction: FORWARDS, fromRevision: 2n, maxCount: 3 }],
      [{ direction: 'backwards' }, { direction: BACKWARDS, fromRevision: END }],
      [{ direction: 'backwards', fromRevision: 3, maxCount: 2 }, { direction: BACKWARDS, fromRevision: 3n, maxCount: 2 }],
    ] as const)('maps %p to the client options %p', async (options, esdbOptions) => {
      const { client, store } = setUp();
      client.log = [user('plan-1', 0, 10)];
      await store.readStream('plan-1', options);
      expect(client.readStream).toHaveBeenCalledWith('plan-1', esdbOptions);
    });

    it('reads the revisions the options select', async () => {
      const { client, store } = setUp();
      client.log = ['A', 'B', 'C', 'D', 'E'].map((type, i) => user('plan-1', i, 10 * (i + 1), type));
      const types = async (options: Parameters<EventStoreDbEventStore['readStream']>[1]) =>
        (await store.readStream('plan-1', options)).map((e) => e.type);
      expect(await types({ direction: 'backwards', fromRevision: 3, maxCount: 2 })).toEqual(['D', 'C']);
      expect(await types({ fromRevision: 1, maxCount: 2 })).toEqual(['B', 'C']);
    });

    it('reads a missing stream (StreamNotFoundError) as empty', async () => {
      const { store } = setUp();
      expect(await store.readStream('plan-missing')).toEqual([]);
    });

    it('maps a resolved event to a RecordedEvent', async () => {
      const { client, store } = setUp();
      const event = stored({
        stream: 'plan-1',
        type: 'PlanSubmitted',
        revision: 2,
        position: 7340,
        data: { amount: 12 },
        metadata: { actorId: 'u1' },
        created: new Date('2026-03-01T09:30:00.123Z'),
      });
      client.log = [event];
      expect(await store.readStream('plan-1')).toEqual([
        {
          id: event.event!.id,
          type: 'PlanSubmitted',
          data: { amount: 12 },
          metadata: { actorId: 'u1' },
          streamName: 'plan-1',
          revision: 2,
          position: 7340,
          createdAt: '2026-03-01T09:30:00.123Z',
        },
      ]);
    });

    it('decodes JSON the client left as bytes and reads absent or non-JSON metadata as {}', async () => {
      const { client, store } = setUp();
      const bytes = new TextEncoder().encode('{"n":1}');
      const binary = user('plan-1', 0, 10);
      (binary.event as { data: unknown; isJson: boolean }).data = bytes;
      (binary.event as { isJson: boolean }).isJson = false;
      const garbledMetadata = stored({ stream: 'plan-1', type: 'B', revision: 1, position: 20, metadata: new Uint8Array([0xff, 0x00]) });
      client.log = [binary, garbledMetadata];
      const [first, second] = await store.readStream('plan-1');
      expect(first).toMatchObject({ data: { n: 1 }, metadata: {} });
      expect(second!.metadata).toEqual({});
    });

    it('turns an UnavailableError raised while reading into ServiceUnavailableError', async () => {
      const { client, store } = setUp();
      client.readStream.mockReturnValue(iterate([user('plan-1', 0, 10)], new UnavailableError(undefined, 'gone')));
      await expect(store.readStream('plan-1')).rejects.toMatchObject({ code: 'EVENT_STORE.UNAVAILABLE' });
    });
  });

  describe('positions', () => {
    it('use the commit position, equal to the prepare position for every gRPC-written event', () => {
      expect(toGlobalPosition({ commit: 1234n, prepare: 1234n }, 'an event')).toBe(1234);
    });

    it('refuse events of explicit transactions, whose commit and prepare positions differ', () => {
      expect(() => toGlobalPosition({ commit: 400n, prepare: 100n }, 'event x')).toThrow(/explicit .*transaction/);
    });

    it('refuse a missing or unknown position with a clear reason', () => {
      expect(() => toGlobalPosition(undefined, 'event x')).toThrow(/did not report the log position of event x/);
      const unknown = 2n ** 64n - 1n;
      expect(() => toGlobalPosition({ commit: unknown, prepare: unknown }, 'event x')).toThrow(/22\.6/);
    });

    it('refuse positions beyond Number.MAX_SAFE_INTEGER', () => {
      const tooBig = BigInt(Number.MAX_SAFE_INTEGER) + 1n;
      expect(() => toGlobalPosition({ commit: tooBig, prepare: tooBig }, 'event x')).toThrow(RangeError);
      expect(toGlobalPosition({ commit: BigInt(Number.MAX_SAFE_INTEGER), prepare: BigInt(Number.MAX_SAFE_INTEGER) }, 'x')).toBe(
        Number.MAX_SAFE_INTEGER,
      );
    });

    it('resume reading at the event itself: from the start for 0, else from {n, n}', () => {
      expect(toLogPosition(0)).toBe(START);
      expect(toLogPosition(4242)).toEqual({ commit: 4242n, prepare: 4242n });
      expect(() => toLogPosition(1.5)).toThrow(RangeError);
    });

    it('are unique and increasing within one multi-event append, and resuming after each gives exactly the rest', async () => {
      const { client, store } = setUp();
      client.log = [user('plan-1', 0, 100), user('plan-1', 1, 181), system(240), user('plan-1', 2, 262), user('plan-2', 0, 350)];
      const all = await store.readAll();
      const positions = all.map((e) => e.position);
      expect(positions).toEqual([100, 181, 262, 350]);
      for (const [i, position] of positions.entries()) {
        expect((await store.readAll({ after: position })).map((e) => e.position)).toEqual(positions.slice(i + 1));
      }
    });
  });

  describe('readAll and headPosition', () => {
    it('leave out system events: $-types and $-streams', async () => {
      const { client, store } = setUp();
      client.log = [
        user('plan-1', 0, 10),
        system(20, '$metadata', '$$plan-1'),
        system(30, '$>', 'sales-links'),
        system(40, 'StatsCollected', '$stats-127.0.0.1:2113'),
        user('plan-1', 1, 50),
      ];
      expect((await store.readAll()).map((e) => e.position)).toEqual([10, 50]);
      expect(await store.headPosition()).toBe(50);
    });

    it('fill a batch across pages when system events crowd the log, continuing from where the page ended', async () => {
      const { client, store } = setUp();
      const noise = Array.from({ length: 6 }, (_, i) => system(11 + i));
      client.log = [user('plan-1', 0, 10), ...noise, user('plan-1', 1, 30), user('plan-1', 2, 40)];
      const batch = await store.readAll({ maxCount: 2 });
      expect(batch.map((e) => e.position)).toEqual([10, 30]);
      const froms = client.readAll.mock.calls.map(([options]) => options.fromPosition);
      expect(froms[0]).toBe(START);
      expect(froms.slice(1)).toEqual([{ commit: 12n, prepare: 12n }, { commit: 14n, prepare: 14n }, { commit: 16n, prepare: 16n }]);
      expect(client.readAll.mock.calls.every(([options]) => options.direction === FORWARDS && options.maxCount === 3)).toBe(true);
    });

    it('return events strictly after `after` although the server reads from it inclusively', async () => {
      const { client, store } = setUp();
      client.log = [user('plan-1', 0, 10), user('plan-1', 1, 20), user('plan-1', 2, 30)];
      expect((await store.readAll({ after: 10, maxCount: 1 })).map((e) => e.position)).toEqual([20]);
      expect(client.readAll).toHaveBeenLastCalledWith({ direction: FORWARDS, fromPosition: { commit: 10n, prepare: 10n }, maxCount: 2 });
      expect(await store.readAll({ after: 30 })).toEqual([]);
    });

    it('give a head of 0 for an empty log or one holding only system events', async () => {
      const { client, store } = setUp();
      expect(await store.headPosition()).toBe(0);
      client.log = [system(10), system(20)];
      expect(await store.headPosition()).toBe(0);
    });

    it('find the newest user event behind more than a page of system events', async () => {
      const { client, store } = setUp();
      client.log = [user('plan-1', 0, 5), ...Array.from({ length: 250 }, (_, i) => system(10 + i))];
      expect(await store.headPosition()).toBe(5);
      expect(client.readAll.mock.calls[0]![0]).toEqual({ direction: BACKWARDS, fromPosition: END, maxCount: 100 });
      expect(client.readAll.mock.calls[1]![0].fromPosition).toEqual({ commit: 160n, prepare: 160n });
    });
  });

  describe('subscribeToAll', () => {
    it('subscribes with the system-event filter from the given position', async () => {
      const { client, store } = setUp();
      client.subscribeToAll.mockReturnValue(new ScriptedSubscription([user('plan-1', 3, 70)]));
      await take(store.subscribeToAll({ after: 60 }), 1);
      expect(client.subscribeToAll).toHaveBeenCalledWith({
        fromPosition: { commit: 60n, prepare: 60n },
        filter: expect.objectContaining({ filterOn: 'eventType', regex: '^[^$].*' }),
      });
    });

    it('skips system events the server filter lets through, and anything at or before `after`', async () => {
      const { client, store } = setUp();
      client.subscribeToAll.mockReturnValue(
        new ScriptedSubscription([user('plan-1', 0, 60), system(65, 'Collected', '$stats-node'), user('plan-1', 1, 70)]),
      );
      expect((await take(store.subscribeToAll({ after: 60 }), 1)).map((e) => e.position)).toEqual([70]);
    });

    it('resubscribes from the last delivered position after a drop, with no duplicate and no gap', async () => {
      const { client, store, delays, logger } = setUp();
      const first = new ScriptedSubscription([user('a-1', 0, 10), user('a-1', 1, 20), new UnavailableError(undefined, 'connection reset')]);
      const second = new ScriptedSubscription([
        user('a-1', 1, 20),
        user('b-1', 0, 30),
        system(35),
        user('a-1', 2, 40),
        new CancelledError(undefined, 'server restarting'),
      ]);
      const third = new ScriptedSubscription([user('a-1', 2, 40), user('b-1', 1, 50)]);
      client.subscribeToAll.mockReturnValueOnce(first).mockReturnValueOnce(second).mockReturnValueOnce(third);

      const seen = await take(store.subscribeToAll(), 5);

      expect(seen.map((e) => e.position)).toEqual([10, 20, 30, 40, 50]);
      expect(client.subscribeToAll.mock.calls.map(([options]) => options.fromPosition)).toEqual([
        START,
        { commit: 20n, prepare: 20n },
        { commit: 40n, prepare: 40n },
      ]);
      expect(delays).toEqual([100, 100]);
      expect(logger).toHaveBeenCalledWith(
        'EventStoreDB subscription to $all dropped',
        expect.objectContaining({ error: 'connection reset', lastPosition: 20, retryInMs: 100 }),
      );
      expect(logger).toHaveBeenCalledWith('EventStoreDB subscription to $all resubscribing', expect.objectContaining({ after: 40 }));
      expect(logger).toHaveBeenCalledTimes(4);
      expect(first.unsubscribe).toHaveBeenCalled();
      expect(third.unsubscribe).toHaveBeenCalled();
    });

    it('backs off exponentially with jitter up to 5 s while drops repeat, and starts over after an event', async () => {
      const { client, store, delays } = setUp({ random: () => 0.5 });
      const failing = () => new ScriptedSubscription([new UnavailableError(undefined, 'down')]);
      for (let i = 0; i < 7; i++) client.subscribeToAll.mockReturnValueOnce(failing());
      client.subscribeToAll
        .mockReturnValueOnce(new ScriptedSubscription([user('a-1', 0, 10), new UnavailableError(undefined, 'down')]))
        .mockReturnValueOnce(new ScriptedSubscription([user('a-1', 1, 20)]));

      expect((await take(store.subscribeToAll(), 2)).map((e) => e.position)).toEqual([10, 20]);
      // 100 ms doubling, capped at 5,000, each drawn from [half, full]; random 0.5 → three quarters.
      expect(delays).toEqual([75, 150, 300, 600, 1200, 2400, 3750, 75]);
      expect(client.subscribeToAll.mock.calls.at(-1)![0].fromPosition).toEqual({ commit: 10n, prepare: 10n });
    });

    it('keeps every backoff delay between half and all of the capped exponential', async () => {
      const { client, store, delays } = setUp({ random: () => 0 });
      for (let i = 0; i < 3; i++) client.subscribeToAll.mockReturnValueOnce(new ScriptedSubscription([new UnavailableError()]));
      client.subscribeToAll.mockReturnValueOnce(new ScriptedSubscription([user('a-1', 0, 10)]));
      await take(store.subscribeToAll(), 1);
      expect(delays).toEqual([50, 100, 200]);
    });

    it.each([
      ['a client stream that ends when cancelled', true],
      ['a client stream that never ends', false],
    ])('ends a waiting iteration cleanly on close and unsubscribes, with %s', async (_name, endsOnUnsubscribe) => {
      const { client, store } = setUp();
      const live = new ScriptedSubscription([user('a-1', 0, 10)], endsOnUnsubscribe);
      client.subscribeToAll.mockReturnValue(live);
      const subscription = store.subscribeToAll();
      const iterator = subscription[Symbol.asyncIterator]();
      expect((await iterator.next()).value).toMatchObject({ position: 10 });
      const waiting = iterator.next();
      await subscription.close();
      expect(await waiting).toEqual({ done: true, value: undefined });
      expect(live.unsubscribe).toHaveBeenCalled();
    });

    it('stops during a backoff without resubscribing when closed', async () => {
      let sleeping!: () => void;
      const asleep = new Promise<void>((resolve) => (sleeping = resolve));
      const { client, store } = setUp({
        sleep: (_ms, signal) =>
          new Promise<void>((resolve) => {
            signal.addEventListener('abort', () => resolve());
            sleeping();
          }),
      });
      client.subscribeToAll.mockReturnValue(new ScriptedSubscription([new UnavailableError()]));
      const subscription = store.subscribeToAll();
      const done = take(subscription, 1);
      await asleep;
      await subscription.close();
      expect(await done).toEqual([]);
      expect(client.subscribeToAll).toHaveBeenCalledTimes(1);
    });

    it('closes open subscriptions with the store and leaves an injected client to its owner', async () => {
      const { client, store } = setUp();
      const live = new ScriptedSubscription([]);
      client.subscribeToAll.mockReturnValue(live);
      const subscription = store.subscribeToAll();
      const done = take(subscription, 1);
      await new Promise((resolve) => setImmediate(resolve));
      await store.close();
      expect(await done).toEqual([]);
      expect(live.unsubscribe).toHaveBeenCalled();
      expect(client.dispose).not.toHaveBeenCalled();
      await expect(store.append('plan-1', [{ type: 'A', data: {} }])).rejects.toMatchObject({ code: 'EVENT_STORE.CLOSED' });
    });
  });
});
