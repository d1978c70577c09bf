import { describe, expect, it } from '@jest/globals';
import { SqliteEventStore } from '#app/event-store';
import { CommandExecutor } from './command-executor.js';
import { ConcurrencyError, IllegalStateError, PreconditionFailedError, ServiceUnavailableError, UnprocessableError } from './errors.js';
import { handleCommand } from './handle-command.js';
import { logContext } from './log-context.js';
import type { AppendOptions, AppendResult, EventToAppend, RecordedEvent, SnapshotAccess, StoredSnapshot, StreamAccess } from './store-types.js';
import type { Command, CommandContext, Decider, Event } from './types.js';

type Add = Command<'Add', { n: number }>;
type Added = Event<'Added', { n: number }>;
const counter: Decider<Add, { total: number }, Added> = {
  initialState: () => ({ total: 0 }),
  evolve: (s, e) => ({ total: s.total + e.data.n }),
  decide: (c) => {
    if (c.data.n < 0) throw new IllegalStateError('COUNTER.NEGATIVE', 'Only positive numbers');
    return c.data.n === 0 ? [] : [{ type: 'Added', data: { n: c.data.n } }];
  },
};
const versioned = { ...counter, version: 'counter@1' };

const context = (over: Partial<CommandContext> = {}): CommandContext => ({
  actor: { id: 'u1', name: 'U1', roles: ['supervisor'], teams: ['t'] },
  commandId: `c-${Math.random()}`,
  correlationId: 'corr',
  now: new Date('2027-01-01T00:00:00Z'),
  ...over,
});
const add = (n: number, over: Partial<CommandContext> = {}): Add => ({ type: 'Add', data: { n }, context: context(over) });

/** A store whose reads and appends are counted, and whose appends can be made to lose races. */
class Spy implements StreamAccess {
  readonly reads: { streamName: string; fromRevision?: number | undefined }[] = [];
  appends = 0;
  beforeAppend: ((streamName: string) => Promise<void>) | null = null;

  constructor(readonly inner: SqliteEventStore) {}

  get snapshots() {
    return this.inner.snapshots;
  }

  readStream(streamName: string, options: { fromRevision?: number; maxCount?: number } = {}): Promise<RecordedEvent[]> {
    this.reads.push({ streamName, fromRevision: options.fromRevision });
    return this.inner.readStream(streamName, options);
  }

  async append(streamName: string, events: EventToAppend[], options?: AppendOptions): Promise<AppendResult> {
    this.appends++;
    await this.beforeAppend?.(streamName);
    return this.inner.append(streamName, events, options);
  }

  findCommand(commandId: string) {
    return this.inner.findCommand(commandId);
  }
}

const totalOf = async (store: StreamAccess, streamName: string) =>
  (await store.readStream(streamName)).reduce((sum, e) => sum + (e.data as { n: number }).n, 0);

describe('handleCommand', () => {
  it('reads, folds, decides and appends with the metadata of Decision 9', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    await handleCommand(store, counter, 'counter-1', add(2));
    const result = await handleCommand(store, counter, 'counter-1', add(3, { actingRole: 'supervisor', causationId: 'cause' }));
    expect(result.state).toEqual({ total: 5 });
    expect(result.nextExpectedRevision).toBe(1);
    const events = await store.readStream('counter-1');
    expect(events[1]!.metadata).toEqual({
      actorId: 'u1',
      actorName: 'U1',
      actorRole: 'supervisor',
      commandId: expect.any(String),
      commandType: 'Add',
      correlationId: 'corr',
      causationId: 'cause',
      occurredAt: '2027-01-01T00:00:00.000Z',
    });
    await store.close();
  });

  it('fails a stale If-Match revision with PreconditionFailed and appends nothing', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    await handleCommand(store, counter, 'counter-1', add(1));
    await handleCommand(store, counter, 'counter-1', add(1));
    await expect(handleCommand(store, counter, 'counter-1', add(1), { expectedRevision: 0 })).rejects.toBeInstanceOf(PreconditionFailedError);
    const ok = await handleCommand(store, counter, 'counter-1', add(1), { expectedRevision: 1 });
    expect(ok.nextExpectedRevision).toBe(2);
    await store.close();
  });
});

describe('idempotency through the command index', () => {
  it('answers a repeated command id as the first time and appends nothing', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    const first = await handleCommand(store, counter, 'counter-1', add(2, { commandId: 'same', requestHash: 'h1' }));
    await handleCommand(store, counter, 'counter-1', add(1));
    const again = await handleCommand(store, counter, 'counter-1', add(2, { commandId: 'same', requestHash: 'h1' }));
    expect(again).toMatchObject({ replayed: true, nextExpectedRevision: first.nextExpectedRevision, position: first.position, events: first.events });
    expect(await store.readStream('counter-1')).toHaveLength(2);
    await store.close();
  });

  it('answers a retry as the first time even where deciding again would refuse it or its If-Match is stale now', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    const once: Decider<Add, { total: number }, Added> = {
      ...counter,
      decide: (c, s) => {
        if (s.total > 0) throw new IllegalStateError('COUNTER.ALREADY_SET', 'Set once only');
        return counter.decide(c, s);
      },
    };
    const first = await handleCommand(store, once, 'counter-1', add(5, { commandId: 'set', requestHash: 'h' }));
    expect(await handleCommand(store, once, 'counter-1', add(5, { commandId: 'set', requestHash: 'h' }))).toMatchObject({ replayed: true, position: first.position });
    await expect(handleCommand(store, once, 'counter-1', add(5))).rejects.toMatchObject({ code: 'COUNTER.ALREADY_SET' });
    const conditional = await handleCommand(store, counter, 'counter-1', add(1, { commandId: 'if-match' }), { expectedRevision: 0 });
    expect(await handleCommand(store, counter, 'counter-1', add(1, { commandId: 'if-match' }), { expectedRevision: 0 })).toMatchObject({
      replayed: true,
      nextExpectedRevision: conditional.nextExpectedRevision,
    });
    await store.close();
  });

  it('rejects a repeated command id with a different request', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    await handleCommand(store, counter, 'counter-1', add(2, { commandId: 'same', requestHash: 'h1' }));
    await expect(handleCommand(store, counter, 'counter-1', add(9, { commandId: 'same', requestHash: 'h2' }))).rejects.toMatchObject({
      code: 'REQUEST.IDEMPOTENCY_KEY_REUSED',
    });
    expect(await store.readStream('counter-1')).toHaveLength(1);
    await store.close();
  });

  it('rejects a command id already used on another stream, with or without a request hash, and writes nothing there', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    await handleCommand(store, counter, 'counter-1', add(2, { commandId: 'keyed', requestHash: 'h1' }));
    await handleCommand(store, counter, 'counter-1', add(2, { commandId: 'derived' }));
    await expect(handleCommand(store, counter, 'counter-2', add(2, { commandId: 'keyed', requestHash: 'h1' }))).rejects.toBeInstanceOf(UnprocessableError);
    await expect(handleCommand(store, counter, 'counter-2', add(2, { commandId: 'derived' }))).rejects.toMatchObject({ code: 'REQUEST.IDEMPOTENCY_KEY_REUSED' });
    expect(await store.readStream('counter-2')).toEqual([]);
    await store.close();
  });

  it('lets only one of concurrent duplicates append, on one stream or on two; the others are replays or refused', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    const same = () => add(5, { commandId: 'dup', requestHash: 'h' });
    const results = await Promise.all(Array.from({ length: 6 }, () => handleCommand(store, counter, 'counter-1', same())));
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(new Set(results.map((r) => `${r.nextExpectedRevision}@${r.position}`)).size).toBe(1);
    expect(await store.readStream('counter-1')).toHaveLength(1);

    const elsewhere = await Promise.allSettled([
      handleCommand(store, counter, 'counter-a', add(1, { commandId: 'split', requestHash: 'h' })),
      handleCommand(store, counter, 'counter-b', add(1, { commandId: 'split', requestHash: 'h' })),
    ]);
    expect(elsewhere.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect((elsewhere.find((o) => o.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ code: 'REQUEST.IDEMPOTENCY_KEY_REUSED' });
    expect((await store.readStream('counter-a')).length + (await store.readStream('counter-b')).length).toBe(1);
    await store.close();
  });

  it('does not index a fresh command id, so its append writes no index row', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    await handleCommand(store, counter, 'counter-1', add(2, { commandId: 'fresh', freshCommandId: true }));
    expect(await store.findCommand('fresh')).toBeNull();
    await handleCommand(store, counter, 'counter-1', add(2, { commandId: 'kept' }));
    expect(await store.findCommand('kept')).toMatchObject({ streamName: 'counter-1', outcome: { firstRevision: 1, lastRevision: 1 } });
    await store.close();
  });
});

describe('one lane per stream', () => {
  it('runs 64 concurrent commands on one stream without a conflict, appending them in a few groups', async () => {
    const spy = new Spy(new SqliteEventStore({ filename: ':memory:' }));
    const executor = new CommandExecutor(spy);
    const results = await Promise.all(Array.from({ length: 64 }, (_, i) => executor.handle(counter, 'counter-1', add(i + 1))));
    expect(results.map((r) => r.nextExpectedRevision).sort((a, b) => a - b)).toEqual(Array.from({ length: 64 }, (_, i) => i));
    expect(new Set(results.map((r) => r.position)).size).toBe(64);
    expect(await totalOf(spy.inner, 'counter-1')).toBe((64 * 65) / 2);
    expect(spy.appends).toBeLessThan(10);
    await spy.inner.close();
  });

  it('gives each command of a group its own outcome: a refused one leaves the others in', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    const executor = new CommandExecutor(store);
    const outcomes = await Promise.allSettled([1, -1, 0, 2].map((n) => executor.handle(counter, 'counter-1', add(n))));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((outcomes[2] as PromiseFulfilledResult<{ nextExpectedRevision: number }>).value.nextExpectedRevision).toBe(0);
    expect((outcomes[3] as PromiseFulfilledResult<{ state: unknown }>).value.state).toEqual({ total: 3 });
    await store.close();
  });

  it('re-decides on the new state after losing a race to another writer', async () => {
    const spy = new Spy(new SqliteEventStore({ filename: ':memory:' }));
    let raced = false;
    spy.beforeAppend = async (streamName) => {
      if (raced) return;
      raced = true;
      await spy.inner.append(streamName, [{ type: 'Added', data: { n: 100 } }]);
    };
    const result = await new CommandExecutor(spy).handle(counter, 'counter-1', add(1));
    expect(result.state).toEqual({ total: 101 });
    expect((await spy.inner.readStream('counter-1')).map((e) => e.data)).toEqual([{ n: 100 }, { n: 1 }]);
    await spy.inner.close();
  });

  it('answers 503 STREAM.CONTENDED once another writer kept winning past the deadline, and 412 with If-Match', async () => {
    const spy = new Spy(new SqliteEventStore({ filename: ':memory:' }));
    spy.beforeAppend = async (streamName) => {
      await spy.inner.append(streamName, [{ type: 'Added', data: { n: 1 } }]);
    };
    const executor = new CommandExecutor(spy, { deadlineMs: 60 });
    const error = await executor.handle(counter, 'counter-1', add(1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error).toMatchObject({ code: 'STREAM.CONTENDED', details: { retryAfterSeconds: 1 } });
    expect(spy.appends).toBeGreaterThan(2);
    const head = (await spy.inner.readStream('counter-1')).length - 1;
    await expect(executor.handle(counter, 'counter-1', add(1), { expectedRevision: head })).rejects.toBeInstanceOf(PreconditionFailedError);
    expect((await spy.inner.readStream('counter-1')).every((e) => (e.data as { n: number }).n === 1 && e.metadata.commandId === undefined)).toBe(true);
    await spy.inner.close();
  });

  it('runs a queued command in its own caller’s log context, and a group of several callers in none', async () => {
    const spy = new Spy(new SqliteEventStore({ filename: ':memory:' }));
    const seen: (string | undefined)[] = [];
    let started!: () => void;
    let release!: () => void;
    spy.beforeAppend = async () => {
      seen.push(logContext.current()?.correlationId);
      started();
      await new Promise<void>((resolve) => (release = resolve));
    };
    const executor = new CommandExecutor(spy);
    const as = (correlationId: string, n: number) => logContext.run({ correlationId }, () => executor.handle(counter, 'counter-1', add(n)));
    const appendStarted = () => new Promise<void>((resolve) => (started = resolve));

    let next = appendStarted();
    const first = as('first', 1);
    await next;
    next = appendStarted();
    const second = as('second', 2);
    release();
    await next;
    const third = as('third', 3);
    const fourth = as('fourth', 4);
    next = appendStarted();
    release();
    await next;
    release();
    await Promise.all([first, second, third, fourth]);
    expect(seen).toEqual(['first', 'second', undefined]);
    expect(logContext.current()).toBeUndefined();
    await spy.inner.close();
  });

  it('surfaces a store failure to every command of the group and keeps going', async () => {
    const spy = new Spy(new SqliteEventStore({ filename: ':memory:' }));
    let fail = true;
    spy.beforeAppend = async () => {
      if (fail) throw new ServiceUnavailableError('EVENT_STORE.UNAVAILABLE', 'down');
    };
    const executor = new CommandExecutor(spy);
    const failed = await Promise.allSettled([executor.handle(counter, 'counter-1', add(1)), executor.handle(counter, 'counter-1', add(2))]);
    expect(failed.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect((await executor.handle(counter, 'counter-1', add(3))).state).toEqual({ total: 3 });
    await spy.inner.close();
  });
});

describe('state cache and snapshots', () => {
  it('reads only the events after the cached revision, whoever appended them', async () => {
    const spy = new Spy(new SqliteEventStore({ filename: ':memory:' }));
    const executor = new CommandExecutor(spy);
    for (let i = 0; i < 5; i++) await executor.handle(counter, 'counter-1', add(1));
    await spy.inner.append('counter-1', [{ type: 'Added', data: { n: 10 } }], { expectedRevision: 4 });
    spy.reads.length = 0;
    const result = await executor.handle(counter, 'counter-1', add(1));
    expect(result.state).toEqual({ total: 16 });
    expect(spy.reads).toEqual([{ streamName: 'counter-1', fromRevision: 5 }]);
    await spy.inner.close();
  });

  it('saves a snapshot every N events and starts a cold executor from it', async () => {
    const spy = new Spy(new SqliteEventStore({ filename: ':memory:' }));
    const warm = new CommandExecutor(spy, { snapshotEvery: 10 });
    for (let i = 0; i < 25; i++) await warm.handle(versioned, 'counter-1', add(1));
    await new Promise((r) => setImmediate(r));
    const snapshot = await spy.inner.snapshots.read('counter-1');
    expect(snapshot).toMatchObject({ revision: 19, state: '{"total":20}', version: expect.stringMatching(/^counter@1#/) });
    spy.reads.length = 0;
    const cold = new CommandExecutor(spy, { snapshotEvery: 10 });
    expect((await cold.load(versioned, 'counter-1')).state).toEqual({ total: 25 });
    expect(spy.reads).toEqual([
      { streamName: 'counter-1', fromRevision: 19 },
      { streamName: 'counter-1', fromRevision: 20 },
    ]);
    await spy.inner.close();
  });

  const trap = (snapshot: Partial<StoredSnapshot>) => async (store: SqliteEventStore) => {
    const stored = (await store.snapshots.read('counter-1'))!;
    await store.snapshots.write({ ...stored, ...snapshot, revision: stored.revision + 1 });
  };

  it.each([
    ['another version', trap({ version: 'counter@0#0000000000000000', state: '{"total":1000}' })],
    ['state that is not JSON', trap({ state: '{"total":' })],
    ['another event at its revision', trap({ eventId: '00000000-0000-8000-8000-000000000000', state: '{"total":1000}' })],
  ])('ignores a snapshot with %s, folds from the first event and replaces it', async (_, spoil) => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    const warm = new CommandExecutor(store, { snapshotEvery: 5 });
    for (let i = 0; i < 12; i++) await warm.handle(versioned, 'counter-1', add(1));
    await new Promise((r) => setImmediate(r));
    await spoil(store);
    const errors: unknown[] = [];
    const cold = new CommandExecutor(store, { snapshotEvery: 5, onSnapshotError: (_s, e) => errors.push(e) });
    expect((await cold.load(versioned, 'counter-1')).state).toEqual({ total: 12 });
    await new Promise((r) => setImmediate(r));
    const rebuilt = (await store.snapshots.read('counter-1'))!;
    expect(JSON.parse(rebuilt.state)).toEqual({ total: 12 });
    expect(rebuilt.revision).toBe(11);
    await store.close();
  });

  it('loses nothing when the process dies between the append and the snapshot', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    const failing: SnapshotAccess = {
      read: () => store.snapshots.read('counter-1'),
      write: async () => {
        throw new Error('killed before the snapshot was written');
      },
    };
    const errors: string[] = [];
    const crashing = new CommandExecutor(store, { snapshots: failing, snapshotEvery: 3, onSnapshotError: (s) => errors.push(s) });
    for (let i = 0; i < 7; i++) await crashing.handle(versioned, 'counter-1', add(2));
    await new Promise((r) => setImmediate(r));
    expect(errors.length).toBeGreaterThan(0);
    expect(await store.snapshots.read('counter-1')).toBeNull();
    const restarted = new CommandExecutor(store, { snapshotEvery: 3 });
    expect((await restarted.handle(versioned, 'counter-1', add(2))).state).toEqual({ total: 16 });
    await store.close();
  });

  it('keeps no snapshot for a decider without a version', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    const executor = new CommandExecutor(store, { snapshotEvery: 2 });
    for (let i = 0; i < 5; i++) await executor.handle(counter, 'counter-1', add(1));
    await new Promise((r) => setImmediate(r));
    expect(await store.snapshots.read('counter-1')).toBeNull();
    await store.close();
  });
});

describe('errors', () => {
  it('passes a ConcurrencyError coded by the store through as a retry, never to the caller', async () => {
    const spy = new Spy(new SqliteEventStore({ filename: ':memory:' }));
    let thrown = 0;
    spy.beforeAppend = async () => {
      if (thrown++ < 2) throw new ConcurrencyError('lost', 0, 1);
    };
    const result = await new CommandExecutor(spy).handle(counter, 'counter-1', add(4));
    expect(result).toMatchObject({ nextExpectedRevision: 0, replayed: false });
    expect(thrown).toBe(3);
    await spy.inner.close();
  });
});
