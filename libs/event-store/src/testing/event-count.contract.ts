import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CommandStamp } from '#app/eventsourcing';
import type { EventStore } from '../event-store.port.js';

/**
 * Counting the events after a position, what lag and rebuild progress are measured in: the events
 * readAll returns (never the adapter's own records), exact up to the bound and flagged beyond it.
 * Relative to the head, so it also runs against a shared server.
 */
export function eventCountContract(name: string, makeStore: () => Promise<EventStore>, dispose?: (store: EventStore) => Promise<void>) {
  describe(`Event count contract: ${name}`, () => {
    let store: EventStore;
    const stream = () => `contract-${randomUUID().replaceAll('-', '')}`;
    const ev = (type: string) => ({ id: randomUUID(), type, data: { type }, metadata: {} });

    beforeAll(async () => {
      store = await makeStore();
    });
    afterAll(async () => {
      if (dispose) await dispose(store);
      else await store.close();
    });

    it('counts the events after a position exactly, as readAll returns them', async () => {
      const before = await store.headPosition();
      await store.append(stream(), [ev('A'), ev('B'), ev('C')], { expectedRevision: 'no_stream' });
      await store.append(stream(), [ev('D'), ev('E')], { expectedRevision: 'no_stream' });
      const count = await store.countEventsAfter(before, 1000);
      const read = await store.readAll({ after: before, maxCount: 1000 });
      expect(read.length).toBeGreaterThanOrEqual(5);
      expect(count).toEqual({ events: read.length, atLeast: false });
      const third = read[2]!.position;
      expect(await store.countEventsAfter(third, 1000)).toEqual({ events: read.length - 3, atLeast: false });
    });

    it('counts no further than the bound unless it counts without reading, and says so', async () => {
      const before = await store.headPosition();
      await store.append(stream(), [ev('A'), ev('B'), ev('C'), ev('D')], { expectedRevision: 'no_stream' });
      const exact = (await store.readAll({ after: before, maxCount: 1000 })).length;
      const count = await store.countEventsAfter(before, 2);
      expect(count.atLeast ? count.events : exact).toBe(count.atLeast ? 2 : count.events);
      expect(count.events).toBeGreaterThanOrEqual(2);
    });

    it('counts nothing after the head', async () => {
      await store.append(stream(), [ev('A')], { expectedRevision: 'no_stream' });
      expect(await store.countEventsAfter(await store.headPosition(), 10)).toEqual({ events: 0, atLeast: false });
    });

    it('counts only the events, not the command index, snapshots or store id the adapter keeps beside them', async () => {
      const before = await store.headPosition();
      const s = stream();
      const command: CommandStamp = { commandId: randomUUID(), eventCount: 1, indexed: true };
      await store.storeId();
      const appended = await store.append(s, [ev('Indexed')], { expectedRevision: 'no_stream', commands: [command] });
      await store.snapshots?.write({ streamName: s, version: 'count@1', revision: 0, eventId: randomUUID(), state: '{}' });
      const read = await store.readAll({ after: before, maxCount: 1000 });
      expect(read.map((e) => e.position)).toContain(appended.position);
      expect(await store.countEventsAfter(before, 1000)).toEqual({ events: read.length, atLeast: false });
    });
  });
}
