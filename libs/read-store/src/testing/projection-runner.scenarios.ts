import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { SqliteEventStore } from '#app/event-store';
import { IllegalStateError } from '#app/eventsourcing';
import type { Projection } from '../projection/projection.js';
import { ProjectionRunner, type ProjectionRunnerOptions } from '../projection/projection-runner.js';
import type { ReadStore } from '../read-store.port.js';
import { CrashingReadStore } from './crashing-read-store.js';
import { allDocuments, appendTypes, positionsOf, quietLogger } from './projection-test-kit.js';
import { streamCounter, type StreamCount } from './stream-counter.projection.js';
import { UnreachableReadStore } from './unreachable-read-store.js';

/** One empty read store for one scenario, which may be opened by several "processes". */
export interface ReadStoreFixture {
  /** A new connection to the fixture's store. */
  connect(): Promise<ReadStore>;
  /** Removes the store's data; the connections are closed by then. */
  destroy(): Promise<void>;
}

const HANDLED = ['Opened', 'Noted', 'Closed'];
const T0 = 1_800_000_000_000;
const TTL = 60_000;

/**
 * The ProjectionRunner's guarantees that depend on the read store — exactly-once application
 * across crashes, outages and several runners guarded by leases — run against any adapter.
 */
export function projectionRunnerScenarios(name: string, makeFixture: () => Promise<ReadStoreFixture>) {
  describe(`ProjectionRunner scenarios: ${name}`, () => {
    let fixture: ReadStoreFixture;
    let events: SqliteEventStore;
    let stores: ReadStore[];
    let runners: ProjectionRunner[];

    const connect = async () => {
      const store = await fixture.connect();
      stores.push(store);
      return store;
    };
    const runner = (store: ReadStore, options: ProjectionRunnerOptions = {}, projection: Projection = streamCounter() as Projection) => {
      const r = new ProjectionRunner(events, store, [projection], {
        logger: quietLogger(),
        pollIntervalMs: 5,
        retryDelayMs: 5,
        ...options,
        lease: { ttlMs: TTL, renewIntervalMs: 5, ...options.lease },
      });
      runners.push(r);
      return r;
    };
    const countingCounter = (applied: number[]) =>
      streamCounter({
        evolve: (document, event, id) => {
          applied.push(event.position);
          return streamCounter().evolve(document, event, id);
        },
      }) as Projection;
    const appendSome = async (n: number, from = 0) => {
      let last = 0;
      for (let i = from; i < from + n; i++) last = await appendTypes(events, `order-${i % 4}`, i < 4 ? 'Opened' : 'Noted');
      return last;
    };
    const expectEachEventAppliedOnce = async (store: ReadStore) => {
      const documents = await allDocuments<StreamCount>(store, 'stream_counts_v1');
      const applied = documents.flatMap((d) => d.positions).sort((a, b) => a - b);
      expect(applied).toEqual(await positionsOf(events, HANDLED));
      expect(documents.reduce((sum, d) => sum + d.count, 0)).toBe(applied.length);
    };
    const reach = async (r: ProjectionRunner, position: number) => {
      expect(await r.waitForPosition('stream-counter', position, 20_000)).toEqual({ reached: true, checkpoint: position });
    };

    beforeEach(async () => {
      fixture = await makeFixture();
      events = new SqliteEventStore({ filename: ':memory:' });
      stores = [];
      runners = [];
    });
    afterEach(async () => {
      for (const r of runners) await r.stop();
      for (const s of stores) await s.close();
      await events.close();
      await fixture.destroy();
    });

    it('catches up in batches, and a second catch-up by another runner applies nothing', async () => {
      await appendSome(11);
      const store = await connect();
      expect(await runner(store, { batchSize: 3 }).catchUp()).toBe(11);
      const before = await allDocuments<StreamCount>(store, 'stream_counts_v1');
      expect(await runner(await connect(), { batchSize: 3 }).catchUp()).toBe(0);
      expect(await allDocuments<StreamCount>(store, 'stream_counts_v1')).toEqual(before);
      await expectEachEventAppliedOnce(store);
    });

    it('applies every event exactly once when a unit of work fails while committing and another runner resumes', async () => {
      await appendSome(20);
      const store = await connect();
      await expect(runner(new CrashingReadStore(store, 2), { batchSize: 5 }).catchUp()).rejects.toThrow('simulated crash while committing batch 2');
      expect(await runner(await connect(), { batchSize: 5 }).catchUp()).toBe(15);
      await expectEachEventAppliedOnce(store);
    });

    it('keeps retrying while the read store is unreachable and resumes from its checkpoint when it answers again', async () => {
      const store = await connect();
      const unreachable = new UnreachableReadStore(store);
      const live = runner(unreachable, { batchSize: 3 });
      await live.start();
      await reach(runner(store), await appendSome(5));

      unreachable.failNext(7);
      const head = await appendSome(9, 5);

      await reach(runner(store), head);
      expect(unreachable.failed).toBe(7);
      await expectEachEventAppliedOnce(store);
    });

    it('lets only the runner holding the lease apply events, and another take over when it stops', async () => {
      const appliedByA: number[] = [];
      const appliedByB: number[] = [];
      const clock = () => new Date(T0);
      const a = runner(await connect(), { clock, lease: { holder: 'A' } }, countingCounter(appliedByA));
      const b = runner(await connect(), { clock, lease: { holder: 'B' } }, countingCounter(appliedByB));
      await a.start();
      await b.start();

      await reach(a, await appendSome(6));
      expect((await stores[0]!.getLease('projection:stream-counter'))?.holder).toBe('A');
      expect(appliedByB).toEqual([]);

      await a.stop();
      const appliedByAWhenStopped = appliedByA.length;
      await reach(b, await appendSome(5, 6));

      expect(appliedByA).toHaveLength(appliedByAWhenStopped);
      expect(appliedByB.length).toBeGreaterThan(0);
      expect((await stores[1]!.getLease('projection:stream-counter'))?.holder).toBe('B');
      await expectEachEventAppliedOnce(stores[1]!);
    });

    it('hands the projection to a standby runner once the holder lets its lease expire, and the former holder stands by', async () => {
      const appliedByB: number[] = [];
      // A stops renewing (as a paused process would) and its own clock never tells it the term ran out:
      // only the store's clock can end its lease, and only the fence can stop its next batch.
      const shortTtl = 300;
      const a = runner(await connect(), { clock: () => new Date(T0), lease: { holder: 'A', ttlMs: shortTtl, renewIntervalMs: 3_600_000 } });
      const b = runner(await connect(), { clock: () => new Date(T0), lease: { holder: 'B', ttlMs: shortTtl } }, countingCounter(appliedByB));
      await a.start();
      await b.start();
      await reach(a, await appendSome(4));
      expect(appliedByB.filter((position) => position <= 4)).toEqual([]);

      for (let attempt = 0; (await stores[0]!.getLease('projection:stream-counter'))?.holder !== 'B'; attempt++) {
        expect(attempt).toBeLessThan(20_000);
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      const head = await appendSome(6, 4);
      await reach(b, head);

      const afterHandover = (await positionsOf(events, HANDLED)).slice(4);
      expect(afterHandover.every((position) => appliedByB.includes(position))).toBe(true);
      expect((await stores[0]!.getLease('projection:stream-counter'))?.holder).toBe('B');
      await expectEachEventAppliedOnce(stores[1]!);
    });

    it('refuses an explicit catch-up while another runner holds the lease, with PROJECTION.LEASE_HELD', async () => {
      await appendSome(3);
      const holder = runner(await connect(), { clock: () => new Date(T0), lease: { holder: 'A' } });
      await holder.start();
      const error = await runner(await connect(), { clock: () => new Date(T0), lease: { holder: 'B' } })
        .catchUp()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IllegalStateError);
      expect(error).toMatchObject({ code: 'PROJECTION.LEASE_HELD', details: { projection: 'stream-counter', holder: 'A' } });
    });
  });
}
