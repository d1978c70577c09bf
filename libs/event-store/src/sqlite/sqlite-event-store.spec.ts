import { afterAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConcurrencyError } from '#app/eventsourcing';
import { atomicMultiAppendContract, eventStoreContract } from '#testing/event-store';
import { SqliteEventStore } from './sqlite-event-store.js';

eventStoreContract('sqlite :memory:', async () => new SqliteEventStore({ filename: ':memory:' }));
atomicMultiAppendContract('sqlite :memory:', async () => new SqliteEventStore({ filename: ':memory:' }));

const dir = mkdtempSync(join(tmpdir(), 'salesflow-es-'));
eventStoreContract(
  'sqlite file (WAL, synchronous=FULL)',
  async () => new SqliteEventStore({ filename: join(dir, 'events.sqlite'), pollIntervalMs: 20 }),
  async (store) => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  },
  { reopen: async () => new SqliteEventStore({ filename: join(dir, 'events.sqlite') }) },
);

const uncached = mkdtempSync(join(tmpdir(), 'salesflow-es-'));
eventStoreContract(
  'sqlite file without the stream cache',
  async () => new SqliteEventStore({ filename: join(uncached, 'events.sqlite'), pollIntervalMs: 20, streamCacheSize: 0 }),
  async (store) => {
    await store.close();
    rmSync(uncached, { recursive: true, force: true });
  },
);

describe('SqliteEventStore with two connections to one file', () => {
  const shared = mkdtempSync(join(tmpdir(), 'salesflow-es-'));
  const filename = join(shared, 'events.sqlite');
  const a = new SqliteEventStore({ filename });
  const b = new SqliteEventStore({ filename });
  const ev = (type: string, id: string = randomUUID()) => ({ id, type, data: { type }, metadata: {} });
  afterAll(async () => {
    await a.close();
    await b.close();
    rmSync(shared, { recursive: true, force: true });
  });

  it('reads what the other connection appended to a stream it has read before', async () => {
    const s = `cache-${randomUUID()}`;
    await a.append(s, [ev('A1')]);
    expect((await a.readStream(s)).map((e) => e.type)).toEqual(['A1']);
    await b.append(s, [ev('B1')], { expectedRevision: 0 });
    await a.append(s, [ev('A2')], { expectedRevision: 1 });
    expect((await a.readStream(s)).map((e) => [e.type, e.revision])).toEqual([
      ['A1', 0],
      ['B1', 1],
      ['A2', 2],
    ]);
    expect((await b.readStream(s)).map((e) => e.type)).toEqual(['A1', 'B1', 'A2']);
  });

  it('checks expected revisions against the database when the other connection moved the stream on', async () => {
    const s = `heads-${randomUUID()}`;
    await a.append(s, [ev('A1')], { expectedRevision: 'no_stream' });
    await b.append(s, [ev('B1')], { expectedRevision: 0 });
    await expect(a.append(s, [ev('A2')], { expectedRevision: 0 })).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(a.append(s, [ev('A2')], { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(ConcurrencyError);
    const r = await a.append(s, [ev('A3')], { expectedRevision: 'any' });
    expect(r.nextExpectedRevision).toBe(2);
    expect((await b.readStream(s)).map((e) => e.type)).toEqual(['A1', 'B1', 'A3']);
  });
});

describe('SqliteEventStore idempotency', () => {
  const ev = (type: string, id: string = randomUUID()) => ({ id, type, data: {} });

  it('answers a repeated append with any or stream_exists from wherever its events are in the stream', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    const ids = [randomUUID(), randomUUID()];
    await store.append('s-1', [ev('Before')]);
    const first = await store.append('s-1', [ev('A', ids[0]), ev('B', ids[1])], { expectedRevision: 'any' });
    await store.append('s-1', [ev('After')]);
    expect(await store.append('s-1', [ev('A', ids[0]), ev('B', ids[1])], { expectedRevision: 'any' })).toEqual(first);
    expect(await store.append('s-1', [ev('A', ids[0]), ev('B', ids[1])], { expectedRevision: 'stream_exists' })).toEqual(first);
    expect((await store.readStream('s-1')).map((e) => e.type)).toEqual(['Before', 'A', 'B', 'After']);
    await store.close();
  });

  it('rejects an append that repeats only some of the events after its expected revision', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    const id = randomUUID();
    await store.append('s-1', [ev('A', id), ev('B')], { expectedRevision: 'no_stream' });
    const error = await store.append('s-1', [ev('A', id), ev('C')], { expectedRevision: 'no_stream' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrencyError);
    expect((error as ConcurrencyError).code).toBe('STREAM.PARTIAL_DUPLICATE');
    expect(await store.readStream('s-1')).toHaveLength(2);
    await store.close();
  });
});

describe('SqliteEventStore appends in one batch', () => {
  it('rejects an append that repeats an event id within itself, writes none of it, and commits its neighbours', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    const id = randomUUID();
    const [bad, good] = await Promise.allSettled([
      store.append('s-1', [
        { id, type: 'A', data: {} },
        { id, type: 'B', data: {} },
      ]),
      store.append('s-2', [{ type: 'C', data: {} }], { expectedRevision: 'no_stream' }),
    ]);
    expect(bad.status).toBe('rejected');
    expect(good.status).toBe('fulfilled');
    expect(await store.readStream('s-1')).toEqual([]);
    expect((await store.readStream('s-2')).map((e) => e.type)).toEqual(['C']);
    await store.close();
  });

  it('rejects an append whose data cannot be stored as JSON without failing the others', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    const [bad, good] = await Promise.allSettled([
      store.append('s-1', [{ type: 'A', data: { n: 1n } }]),
      store.append('s-2', [{ type: 'B', data: {} }]),
    ]);
    expect(bad.status).toBe('rejected');
    expect(good.status).toBe('fulfilled');
    await store.close();
  });

  it('returns a stream as a new array of frozen events that later appends do not change', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    await store.append('s-1', [{ type: 'A', data: { items: [1] } }]);
    const first = await store.readStream('s-1');
    await store.append('s-1', [{ type: 'B', data: {} }], { expectedRevision: 0 });
    const second = await store.readStream('s-1');
    expect(first).toHaveLength(1);
    expect(second.map((e) => [e.type, e.revision])).toEqual([
      ['A', 0],
      ['B', 1],
    ]);
    expect(Object.isFrozen(second[0]!.data)).toBe(true);
    expect(Object.isFrozen((second[0]!.data as { items: number[] }).items)).toBe(true);
    await store.close();
  });
});

describe('SqliteEventStore positions and id', () => {
  const ev = (type: string, id: string = randomUUID()) => ({ id, type, data: {}, metadata: {} });
  const rows = (store: SqliteEventStore) => store.readAll({ after: 0, maxCount: 100_000 });

  it('numbers events without gaps, so the count after a position is the difference: after refused appends, a failed group member and another connection’s writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'salesflow-es-'));
    const filename = join(dir, 'events.sqlite');
    const a = new SqliteEventStore({ filename });
    const b = new SqliteEventStore({ filename });
    try {
      await a.append('dense-1', [ev('A1')], { expectedRevision: 'no_stream' });
      await expect(a.append('dense-1', [ev('Refused')], { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(ConcurrencyError);
      const repeated = randomUUID();
      await Promise.allSettled([
        a.append('dense-2', [ev('G1')]),
        a.append('dense-3', [ev('Twice', repeated), ev('Twice', repeated)]),
        a.append('dense-1', [ev('Stale')], { expectedRevision: 5 }),
        a.append('dense-2', [ev('G2'), ev('G3')]),
      ]);
      await b.append('dense-1', [ev('B1')], { expectedRevision: 0 });
      await a.append('dense-1', [ev('A2')], { expectedRevision: 'any' });
      const all = await rows(a);
      expect(all.map((e) => e.position)).toEqual(all.map((_, i) => i + 1));
      expect(all.map((e) => e.type)).toEqual(['A1', 'G1', 'G2', 'G3', 'B1', 'A2']);
      for (const after of [0, 1, 3, 6]) expect(await a.countEventsAfter(after, 1000)).toEqual({ events: all.length - after, atLeast: false });
    } finally {
      await a.close();
      await b.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('counts exactly beyond the bound, since it counts without reading', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    await store.append('many-1', Array.from({ length: 25 }, (_, i) => ev(`E${i}`)));
    expect(await store.countEventsAfter(0, 10)).toEqual({ events: 25, atLeast: false });
    await store.close();
  });

  it('keeps its id in the file: the same after reopening, another for another file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'salesflow-es-'));
    try {
      const first = new SqliteEventStore({ filename: join(dir, 'one.sqlite') });
      const id = await first.storeId();
      await first.close();
      const again = new SqliteEventStore({ filename: join(dir, 'one.sqlite') });
      const other = new SqliteEventStore({ filename: join(dir, 'two.sqlite') });
      expect(await again.storeId()).toBe(id);
      expect(await other.storeId()).not.toBe(id);
      await again.close();
      await other.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
