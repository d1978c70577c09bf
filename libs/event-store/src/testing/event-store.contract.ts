import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { ConcurrencyError, type ExpectedRevision, type RecordedEvent } from '#app/eventsourcing';
import { describeUnless } from '#testing/eventsourcing';
import type { EventStore } from '../event-store.port.js';
import { eventCountContract } from './event-count.contract.js';
import { storeIdentityContract } from './store-identity.contract.js';

/** What only some back ends can do, so the suite can check what the adapter makes of it. */
export interface EventStoreContractCapabilities {
  /** Deletes a stream for good on the server (EventStoreDB's tombstone), bypassing the adapter. */
  tombstone?: (streamName: string) => Promise<void>;
  /** A second client of the same store, for the store id (a file or a server; not `:memory:`). */
  reopen?: () => Promise<EventStore>;
}

/**
 * The behaviour every EventStore adapter must show, EventStoreDB's semantics. It knows nothing of
 * the adapter: streams are unique per test and global-log checks are relative to the head, so the
 * suite also runs against a shared, non-empty server. The store id and event count contracts run
 * with it.
 */
export function eventStoreContract(
  name: string,
  makeStore: () => Promise<EventStore>,
  dispose?: (store: EventStore) => Promise<void>,
  capabilities: EventStoreContractCapabilities = {},
) {
  describe(`EventStore contract: ${name}`, () => {
    let store: EventStore;
    const stream = (category = 'contract') => `${category}-${randomUUID().replaceAll('-', '')}`;
    const ev = (type: string, data: Record<string, unknown> = {}, id?: string) => ({
      ...(id ? { id } : {}),
      type,
      data,
      metadata: { actorId: 'u1', correlationId: 'c1' },
    });

    beforeAll(async () => {
      store = await makeStore();
    });
    afterAll(async () => {
      if (dispose) await dispose(store);
      else await store.close();
    });

    describe('append and readStream', () => {
      it('starts a new stream at revision 0 and reads back type, data, metadata, revision, position and time', async () => {
        const s = stream();
        const result = await store.append(s, [ev('Opened', { n: 1, nested: { a: [1, 2] } })], { expectedRevision: 'no_stream' });
        expect(result.nextExpectedRevision).toBe(0);
        expect(result.position).toBeGreaterThan(0);
        const events = await store.readStream(s);
        expect(events).toHaveLength(1);
        const [e] = events as [RecordedEvent];
        expect(e.type).toBe('Opened');
        expect(e.data).toEqual({ n: 1, nested: { a: [1, 2] } });
        expect(e.metadata).toEqual({ actorId: 'u1', correlationId: 'c1' });
        expect(e.streamName).toBe(s);
        expect(e.revision).toBe(0);
        expect(e.position).toBe(result.position);
        expect(e.id).toMatch(/^[0-9a-f-]{36}$/);
        expect(new Date(e.createdAt).toISOString()).toBe(e.createdAt);
      });

      it('numbers events 0, 1, 2 … across appends and returns the last revision', async () => {
        const s = stream();
        await store.append(s, [ev('A'), ev('B')], { expectedRevision: 'no_stream' });
        const r = await store.append(s, [ev('C')], { expectedRevision: 1 });
        expect(r.nextExpectedRevision).toBe(2);
        expect((await store.readStream(s)).map((e) => [e.type, e.revision])).toEqual([
          ['A', 0],
          ['B', 1],
          ['C', 2],
        ]);
      });

      it('keeps the given event ids', async () => {
        const s = stream();
        const id = randomUUID();
        await store.append(s, [ev('A', {}, id)]);
        expect((await store.readStream(s))[0]!.id).toBe(id);
      });

      it('reads a missing stream as empty', async () => {
        expect(await store.readStream(stream())).toEqual([]);
      });

      it('reads forwards from a revision, backwards, and with a max count', async () => {
        const s = stream();
        await store.append(s, ['A', 'B', 'C', 'D', 'E'].map((t) => ev(t)));
        expect((await store.readStream(s, { fromRevision: 2 })).map((e) => e.type)).toEqual(['C', 'D', 'E']);
        expect((await store.readStream(s, { fromRevision: 1, maxCount: 2 })).map((e) => e.type)).toEqual(['B', 'C']);
        expect((await store.readStream(s, { direction: 'backwards' })).map((e) => e.type)).toEqual(['E', 'D', 'C', 'B', 'A']);
        expect((await store.readStream(s, { direction: 'backwards', fromRevision: 3, maxCount: 2 })).map((e) => e.type)).toEqual(['D', 'C']);
        expect((await store.readStream(s, { direction: 'backwards', maxCount: 1 })).map((e) => e.revision)).toEqual([4]);
      });
    });

    describe('expected revision', () => {
      it('rejects no_stream on an existing stream and leaves it unchanged', async () => {
        const s = stream();
        await store.append(s, [ev('A')]);
        await expect(store.append(s, [ev('B')], { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(ConcurrencyError);
        expect((await store.readStream(s)).map((e) => e.type)).toEqual(['A']);
      });

      it('rejects stream_exists on a missing stream and creates nothing', async () => {
        const s = stream();
        await expect(store.append(s, [ev('A')], { expectedRevision: 'stream_exists' })).rejects.toBeInstanceOf(ConcurrencyError);
        expect(await store.readStream(s)).toEqual([]);
      });

      it('accepts stream_exists on an existing stream', async () => {
        const s = stream();
        await store.append(s, [ev('A')]);
        const r = await store.append(s, [ev('B')], { expectedRevision: 'stream_exists' });
        expect(r.nextExpectedRevision).toBe(1);
      });

      it('rejects a stale revision with a ConcurrencyError and writes none of the batch', async () => {
        const s = stream();
        await store.append(s, [ev('A'), ev('B')]);
        const before = await store.headPosition();
        await expect(store.append(s, [ev('X'), ev('Y')], { expectedRevision: 0 })).rejects.toBeInstanceOf(ConcurrencyError);
        await expect(store.append(s, [ev('X')], { expectedRevision: 5 })).rejects.toBeInstanceOf(ConcurrencyError);
        expect((await store.readStream(s)).map((e) => e.type)).toEqual(['A', 'B']);
        expect(await store.headPosition()).toBe(before);
      });

      it('accepts any revision with any', async () => {
        const s = stream();
        await store.append(s, [ev('A')], { expectedRevision: 'any' });
        const r = await store.append(s, [ev('B')], { expectedRevision: 'any' });
        expect(r.nextExpectedRevision).toBe(1);
      });

      it('lets exactly one of many concurrent appends at the same revision win', async () => {
        const s = stream();
        await store.append(s, [ev('Start')]);
        const outcomes = await Promise.allSettled(
          Array.from({ length: 10 }, (_, i) => store.append(s, [ev('Racer', { i })], { expectedRevision: 0 })),
        );
        const won = outcomes.filter((o) => o.status === 'fulfilled');
        const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(9);
        for (const l of lost) expect(l.reason).toBeInstanceOf(ConcurrencyError);
        expect(await store.readStream(s)).toHaveLength(2);
      });
    });

    describe('idempotency', () => {
      const EXPECTATIONS = ['no_stream', 'stream_exists', 'any', 'a revision'] as const;
      type Form = (typeof EXPECTATIONS)[number];

      /** A stream holding one event, unless the form is no_stream, and the expectation that fits it. */
      async function prepared(form: Form): Promise<{ s: string; expectedRevision: ExpectedRevision }> {
        const s = stream();
        if (form === 'no_stream') return { s, expectedRevision: 'no_stream' };
        await store.append(s, [ev('Before')]);
        return { s, expectedRevision: form === 'a revision' ? 0 : form };
      }

      async function unchanged(s: string, work: () => Promise<unknown>): Promise<void> {
        const [events, head] = [await store.readStream(s), await store.headPosition()];
        await work();
        expect((await store.readStream(s)).map((e) => e.id)).toEqual(events.map((e) => e.id));
        expect(await store.headPosition()).toBe(head);
      }

      it.each(EXPECTATIONS)('returns the original result and writes nothing when the same event ids are appended again with %s, at once and after later appends', async (form) => {
        const { s, expectedRevision } = await prepared(form);
        const ids = [randomUUID(), randomUUID()];
        const events = () => [ev('A', {}, ids[0]), ev('B', {}, ids[1])];
        const first = await store.append(s, events(), { expectedRevision });
        await unchanged(s, async () => expect(await store.append(s, events(), { expectedRevision })).toEqual(first));
        await store.append(s, [ev('After')], { expectedRevision: 'any' });
        await unchanged(s, async () => expect(await store.append(s, events(), { expectedRevision })).toEqual(first));
        expect((await store.readStream(s)).map((e) => e.type)).toEqual([...(form === 'no_stream' ? [] : ['Before']), 'A', 'B', 'After']);
      });

      it.each(EXPECTATIONS)('refuses with a ConcurrencyError, writing nothing, an append with %s that repeats known event ids followed by new ones', async (form) => {
        const { s, expectedRevision } = await prepared(form);
        const ids = [randomUUID(), randomUUID()];
        await store.append(s, [ev('A', {}, ids[0]), ev('B', {}, ids[1])], { expectedRevision });
        await unchanged(s, () => expect(store.append(s, [ev('A', {}, ids[0]), ev('B', {}, ids[1]), ev('C', {}, randomUUID())], { expectedRevision })).rejects.toBeInstanceOf(ConcurrencyError));
        await unchanged(s, () => expect(store.append(s, [ev('A', {}, ids[0]), ev('C')], { expectedRevision })).rejects.toBeInstanceOf(ConcurrencyError));
        expect((await store.readStream(s)).map((e) => e.type)).toEqual([...(form === 'no_stream' ? [] : ['Before']), 'A', 'B']);
      });
    });

    describe('global log', () => {
      it('reads all events after a position in commit order, in batches', async () => {
        const start = await store.headPosition();
        const s1 = stream();
        const s2 = stream();
        await store.append(s1, [ev('A1')]);
        await store.append(s2, [ev('B1'), ev('B2')]);
        await store.append(s1, [ev('A2')]);

        const first = await store.readAll({ after: start, maxCount: 2 });
        const rest = await store.readAll({ after: first[first.length - 1]!.position, maxCount: 100 });
        const mine = [...first, ...rest].filter((e) => e.streamName === s1 || e.streamName === s2);
        expect(mine.map((e) => e.type)).toEqual(['A1', 'B1', 'B2', 'A2']);
        const positions = [...first, ...rest].map((e) => e.position);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
        expect(new Set(positions).size).toBe(positions.length);
        expect(first).toHaveLength(2);
        expect(await store.headPosition()).toBe(mine[mine.length - 1]!.position);
      });

      it('answers a multi-event append with the global position of its last event, so read-your-writes waits for all of it', async () => {
        const start = await store.headPosition();
        const s = stream();
        const result = await store.append(s, [ev('A'), ev('B'), ev('C')], { expectedRevision: 'no_stream' });
        const logged = (await store.readAll({ after: start, maxCount: 1000 })).filter((e) => e.streamName === s);
        expect(logged.map((e) => e.type)).toEqual(['A', 'B', 'C']);
        expect(result).toEqual({ nextExpectedRevision: 2, position: logged[2]!.position });
        expect((await store.readStream(s)).at(-1)!.position).toBe(result.position);
        expect(await store.headPosition()).toBe(result.position);
      });

      it('gives events of one append consecutive increasing positions', async () => {
        const s = stream();
        await store.append(s, [ev('A'), ev('B'), ev('C')]);
        const events = await store.readStream(s);
        expect(events[0]!.position).toBeLessThan(events[1]!.position);
        expect(events[1]!.position).toBeLessThan(events[2]!.position);
      });
    });

    const { tombstone } = capabilities;
    describeUnless(tombstone ? null : 'this back end cannot delete a stream')('a deleted (tombstoned) stream', () => {
      it('refuses reads and appends with NotFoundError STREAM.DELETED, and the rest of the log goes on', async () => {
        const s = stream();
        const other = stream();
        await store.append(s, [ev('Opened')]);
        await tombstone!(s);
        await expect(store.readStream(s)).rejects.toMatchObject({ kind: 'not_found', code: 'STREAM.DELETED' });
        await expect(store.append(s, [ev('Again')])).rejects.toMatchObject({ kind: 'not_found', code: 'STREAM.DELETED' });
        const before = await store.headPosition();
        const { position } = await store.append(other, [ev('Later')]);
        expect((await store.readAll({ after: before })).map((e) => e.position)).toEqual([position]);
      });
    });

    describe('subscribeToAll', () => {
      it('catches up from a position, then delivers live events in order without gaps or duplicates', async () => {
        const s = stream();
        const start = await store.headPosition();
        await store.append(s, [ev('E0'), ev('E1')]);
        const sub = store.subscribeToAll({ after: start });
        const seen: RecordedEvent[] = [];
        const done = (async () => {
          for await (const e of sub) {
            if (e.streamName !== s) continue;
            seen.push(e);
            if (seen.length === 6) break;
          }
        })();
        await store.append(s, [ev('E2')]);
        await Promise.all([store.append(s, [ev('E3')]), store.append(s, [ev('E4')], { expectedRevision: 'any' })]);
        await store.append(s, [ev('E5')]);
        await done;
        await sub.close();
        expect(seen.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5]);
        const positions = seen.map((e) => e.position);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      });

      it('stops delivering after close, before anything was delivered and after deliveries', async () => {
        const idle = store.subscribeToAll({ after: await store.headPosition() });
        const idleIteration = (async () => {
          let n = 0;
          for await (const _ of idle) n++;
          return n;
        })();
        await idle.close();
        expect(await idleIteration).toBe(0);

        const s = stream();
        const sub = store.subscribeToAll({ after: await store.headPosition() });
        const seen: string[] = [];
        let delivered!: () => void;
        const bothDelivered = new Promise<void>((resolve) => (delivered = resolve));
        const iteration = (async () => {
          for await (const e of sub) {
            if (e.streamName !== s) continue;
            seen.push(e.type);
            if (seen.length === 2) delivered();
          }
        })();
        await store.append(s, [ev('E0'), ev('E1')]);
        await bothDelivered;
        await sub.close();
        await store.append(s, [ev('AfterClose')]);
        await iteration;
        expect(seen).toEqual(['E0', 'E1']);
      });
    });
  });
  storeIdentityContract(name, makeStore, { ...(capabilities.reopen ? { reopen: capabilities.reopen } : {}), ...(dispose ? { dispose } : {}) });
  eventCountContract(name, makeStore, dispose);
}
