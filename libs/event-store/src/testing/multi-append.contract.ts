import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { ConcurrencyError } from '#app/eventsourcing';
import type { EventStore } from '../event-store.port.js';
import { appendManyOf } from '../integrity/event-store-decorator.js';

/** What an event store that offers an atomic multi-stream append (`appendManyOf`) must do with it. */
export function atomicMultiAppendContract(name: string, makeStore: () => Promise<EventStore>) {
  describe(`Atomic multi-stream append: ${name}`, () => {
    let store: EventStore;
    const stream = () => `multi-${randomUUID().replaceAll('-', '')}`;
    const ev = (type: string) => ({ type, data: { at: type }, metadata: { actorId: 'u1' } });
    const append = (appends: Parameters<NonNullable<ReturnType<typeof appendManyOf>>['appendMany']>[0]) => appendManyOf(store)!.appendMany(appends);

    beforeAll(async () => {
      store = await makeStore();
    });
    afterAll(async () => {
      await store.close();
    });

    it('is offered through every decorator of the store', () => {
      expect(appendManyOf(store)).not.toBeNull();
    });

    it('writes every append, each at its expected revision, in one step with consecutive positions', async () => {
      const [a, b, c] = [stream(), stream(), stream()];
      await store.append(b, [ev('B0')]);
      const head = await store.headPosition();
      const results = await append([
        { streamName: a, events: [ev('A0'), ev('A1')], expectedRevision: 'no_stream' },
        { streamName: b, events: [ev('B1')], expectedRevision: 0 },
        { streamName: c, events: [ev('C0')], expectedRevision: 'no_stream' },
      ]);
      expect(results.map((r) => r.nextExpectedRevision)).toEqual([1, 1, 0]);
      expect(results.map((r) => r.position)).toEqual([head + 2, head + 3, head + 4]);
      expect((await store.readStream(b)).map((e) => e.type)).toEqual(['B0', 'B1']);
      expect((await store.readAll({ after: head })).map((e) => e.type)).toEqual(['A0', 'A1', 'B1', 'C0']);
    });

    it('writes nothing anywhere when one expectation fails', async () => {
      const [a, b] = [stream(), stream()];
      await store.append(b, [ev('B0'), ev('B1')]);
      const head = await store.headPosition();
      await expect(
        append([
          { streamName: a, events: [ev('A0')], expectedRevision: 'no_stream' },
          { streamName: b, events: [ev('B2')], expectedRevision: 0 },
        ]),
      ).rejects.toBeInstanceOf(ConcurrencyError);
      expect(await store.readStream(a)).toEqual([]);
      expect(await store.readStream(b)).toHaveLength(2);
      expect(await store.headPosition()).toBe(head);
      await store.append(a, [ev('A0')], { expectedRevision: 'no_stream' });
      expect((await store.readStream(a)).map((e) => e.revision)).toEqual([0]);
    });
  });
}
