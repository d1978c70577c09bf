import { describe, expect, it } from '@jest/globals';
import { IllegalStateError } from '#app/eventsourcing';
import { followEventStore, READ_STORE_META_COLLECTION } from './followed-event-store.js';
import { SqliteReadStore } from './sqlite/sqlite-read-store.js';

const one = { storeId: 'log-1', description: 'the first log' };
const two = { storeId: 'log-2', description: 'the second log' };

describe('followEventStore', () => {
  it('records the event store on first use, with the time, and then follows it without writing again', async () => {
    const store = new SqliteReadStore({ filename: ':memory:' });
    expect(await followEventStore(store, one, 'rebuild', () => new Date('2027-01-05T10:00:00Z'))).toBe(true);
    expect(await followEventStore(store, one, 'rebuild')).toBe(false);
    expect(await store.get(READ_STORE_META_COLLECTION, 'event-store')).toEqual({ id: 'event-store', ...one, recordedAt: '2027-01-05T10:00:00.000Z' });
    await store.close();
  });

  it('records the event store a read store written before stores had ids is used with', async () => {
    const store = new SqliteReadStore({ filename: ':memory:' });
    await store.transaction((tx) => tx.setCheckpoint('plans-list:plans_v1', 120));
    expect(await followEventStore(store, one, 'rebuild')).toBe(true);
    await expect(followEventStore(store, two, 'rebuild')).rejects.toBeInstanceOf(IllegalStateError);
    await store.close();
  });

  it('refuses another event store with READ_STORE.FOREIGN_CHECKPOINTS, naming both and the remedy, and writes nothing', async () => {
    const store = new SqliteReadStore({ filename: ':memory:' });
    await followEventStore(store, one, 'rebuild');
    const error = (await followEventStore(store, two, 'delete the read store').catch((e: unknown) => e)) as IllegalStateError;
    expect(error.code).toBe('READ_STORE.FOREIGN_CHECKPOINTS');
    expect(error.message).toBe(
      "the read store's checkpoints are positions in the first log (store id log-1), but the configured event store is the second log (store id log-2); delete the read store",
    );
    expect(await store.get(READ_STORE_META_COLLECTION, 'event-store')).toMatchObject(one);
    await store.close();
  });

  it('lets one of several processes recording different event stores at once go on, and refuses the others', async () => {
    const store = new SqliteReadStore({ filename: ':memory:' });
    const stores = [one, two, { storeId: 'log-3', description: 'the third log' }, one];
    const outcomes = await Promise.allSettled(stores.map((s) => followEventStore(store, s, 'rebuild')));
    const kept = (await store.get<{ id: string; storeId: string }>(READ_STORE_META_COLLECTION, 'event-store'))!.storeId;
    expect(outcomes.map((o) => o.status)).toEqual(stores.map((s) => (s.storeId === kept ? 'fulfilled' : 'rejected')));
    expect(outcomes.filter((o) => o.status === 'fulfilled' && o.value)).toHaveLength(1);
    expect(await store.getLease('read-store:event-store')).toBeNull();
    await store.close();
  });
});
