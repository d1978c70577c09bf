import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { StoredSnapshot } from '#app/eventsourcing';
import type { EventStore } from '../event-store.port.js';

/** The snapshots every EventStore adapter keeps beside its events: the newest per stream, never part of the log. */
export function snapshotStoreContract(name: string, makeStore: () => Promise<EventStore>, dispose?: (store: EventStore) => Promise<void>) {
  describe(`Snapshot store contract: ${name}`, () => {
    let store: EventStore;
    const snapshot = (over: Partial<StoredSnapshot> = {}): StoredSnapshot => ({
      streamName: `contract-${randomUUID().replaceAll('-', '')}`,
      version: 'model@1#abc',
      revision: 999,
      eventId: randomUUID(),
      state: JSON.stringify({ total: 42, lines: { 'ann:revenue': 1 } }),
      ...over,
    });
    const snapshots = () => {
      const kept = store.snapshots;
      if (!kept) throw new Error(`${name} keeps no snapshots`);
      return kept;
    };

    beforeAll(async () => {
      store = await makeStore();
    });
    afterAll(async () => {
      if (dispose) await dispose(store);
      else await store.close();
    });

    it('reads nothing for a stream without a snapshot', async () => {
      expect(await snapshots().read(snapshot().streamName)).toBeNull();
    });

    it('reads back what was written, and the newest write after another', async () => {
      const first = snapshot();
      await snapshots().write(first);
      expect(await snapshots().read(first.streamName)).toEqual(first);
      const second = { ...first, revision: 1999, eventId: randomUUID(), state: '{"total":43}' };
      await snapshots().write(second);
      expect(await snapshots().read(first.streamName)).toEqual(second);
    });

    it('keeps the snapshots of different streams apart and holds a large state', async () => {
      const big = snapshot({ state: JSON.stringify({ lines: Array.from({ length: 5_000 }, (_, i) => ({ id: `line-${i}`, amount: i })) }) });
      const other = snapshot();
      await Promise.all([snapshots().write(big), snapshots().write(other)]);
      expect(await snapshots().read(big.streamName)).toEqual(big);
      expect((await snapshots().read(other.streamName))?.eventId).toBe(other.eventId);
    });

    it('leaves the global log, its head and the stream itself untouched', async () => {
      const s = snapshot();
      await store.append(s.streamName, [{ type: 'Counted', data: {} }]);
      const head = await store.headPosition();
      await snapshots().write({ ...s, revision: 0 });
      expect(await store.headPosition()).toBe(head);
      expect(await store.readAll({ after: head - 1, maxCount: 10 })).toEqual(await store.readStream(s.streamName));
      expect(await store.readStream(s.streamName)).toHaveLength(1);
    });
  });
}
