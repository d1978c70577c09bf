import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { EventStore } from '../event-store.port.js';

export interface StoreIdentityContractOptions {
  /** A second client of the same store (the same file, the same cluster), when the back end has one. */
  reopen?: () => Promise<EventStore>;
  dispose?: (store: EventStore) => Promise<void>;
}

/**
 * The store id every EventStore adapter keeps: created once, the same for every client of the
 * store, another for another store, and never an event of the global log.
 */
export function storeIdentityContract(name: string, makeStore: () => Promise<EventStore>, options: StoreIdentityContractOptions = {}) {
  describe(`Store identity contract: ${name}`, () => {
    let store: EventStore;

    beforeAll(async () => {
      store = await makeStore();
    });
    afterAll(() => (options.dispose ? options.dispose(store) : store.close()));

    it('has a non-empty id, the same on every call', async () => {
      const id = await store.storeId();
      expect(id).toMatch(/^\S{8,}$/);
      expect(await store.storeId()).toBe(id);
    });

    it('leaves its id out of the global log', async () => {
      const before = await store.headPosition();
      const stream = `contract-${randomUUID().replaceAll('-', '')}`;
      await store.storeId();
      await store.append(stream, [{ type: 'Counted', data: {}, metadata: {} }], { expectedRevision: 'no_stream' });
      const read = await store.readAll({ after: before, maxCount: 1000 });
      expect(read.filter((e) => !e.streamName.startsWith('contract-'))).toEqual([]);
    });

    if (options.reopen) {
      const reopen = options.reopen;
      it('gives every client of the store the same id, also when they ask at once', async () => {
        const others = await Promise.all([reopen(), reopen()]);
        try {
          const ids = await Promise.all([store.storeId(), ...others.map((other) => other.storeId())]);
          expect(new Set(ids).size).toBe(1);
        } finally {
          await Promise.all(others.map((other) => other.close()));
        }
      });
    }
  });
}
