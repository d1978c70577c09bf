import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { eventCountContract, storeIdentityContract } from '#testing/event-store';
import { EventStoreDbEventStore } from './eventstoredb-event-store.js';
import { InMemoryEventStoreDbClient } from './testing/in-memory-eventstoredb-client.js';

let shared = new InMemoryEventStoreDbClient();
storeIdentityContract('EventStoreDB adapter over an in-memory client', async () => new EventStoreDbEventStore((shared = new InMemoryEventStoreDbClient())), {
  reopen: async () => new EventStoreDbEventStore(shared),
});
eventCountContract('EventStoreDB adapter over an in-memory client', async () => new EventStoreDbEventStore(new InMemoryEventStoreDbClient()));

describe('EventStoreDB store id', () => {
  it('is the first event of salesflow-store, written once with no_stream: a client that loses the race reads the winner’s', async () => {
    const client = new InMemoryEventStoreDbClient();
    const ids = await Promise.all([new EventStoreDbEventStore(client).storeId(), new EventStoreDbEventStore(client).storeId(), new EventStoreDbEventStore(client).storeId()]);
    expect(new Set(ids).size).toBe(1);
    expect(client.stored('salesflow-store').map((e) => [e.type, e.data])).toEqual([['StoreIdentified', { storeId: ids[0] }]]);
  });

  it('is another on another cluster', async () => {
    expect(await new EventStoreDbEventStore(new InMemoryEventStoreDbClient()).storeId()).not.toBe(await new EventStoreDbEventStore(new InMemoryEventStoreDbClient()).storeId());
  });
});

describe('EventStoreDB event counts', () => {
  const ev = () => ({ id: randomUUID(), type: 'Counted', data: {}, metadata: {} });

  it('counts events, not the bytes between positions, and reads no more than the bound and one', async () => {
    const client = new InMemoryEventStoreDbClient();
    const store = new EventStoreDbEventStore(client);
    for (let i = 0; i < 30; i++) await store.append(`count-${i % 3}`, [ev()]);
    const head = await store.headPosition();
    expect(head).toBe(3000);
    expect(await store.countEventsAfter(0, 1000)).toEqual({ events: 30, atLeast: false });
    const first = (await store.readAll({ maxCount: 1 }))[0]!.position;
    expect(await store.countEventsAfter(first, 1000)).toEqual({ events: 29, atLeast: false });

    const read: number[] = [];
    const readAll = client.readAll.bind(client);
    client.readAll = (options) => {
      read.push(options.maxCount);
      return readAll(options);
    };
    expect(await store.countEventsAfter(0, 10)).toEqual({ events: 10, atLeast: true });
    expect(read.reduce((n, m) => n + m, 0)).toBeLessThanOrEqual(12);
    expect(await store.countEventsAfter(0, 30)).toEqual({ events: 30, atLeast: false });
  });

  it('pages through long stretches of the log in reads of at most 1,000', async () => {
    const client = new InMemoryEventStoreDbClient();
    const store = new EventStoreDbEventStore(client);
    for (let i = 0; i < 25; i++) await store.append(`long-${i}`, Array.from({ length: 100 }, ev));
    expect(await store.countEventsAfter(0, 10_000)).toEqual({ events: 2500, atLeast: false });
    expect(await store.countEventsAfter(0, 2000)).toEqual({ events: 2000, atLeast: true });
  });
});
