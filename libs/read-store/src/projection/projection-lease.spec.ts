import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { SqliteEventStore } from '#app/event-store';
import { DelegatingReadStore } from '../testing/delegating-read-store.js';
import { allDocuments, appendTypes, quietLogger } from '../testing/projection-test-kit.js';
import { streamCounter, type StreamCount } from '../testing/stream-counter.projection.js';
import type { ReadStoreTransaction } from '../read-store.port.js';
import { SqliteReadStore } from '../sqlite/sqlite-read-store.js';
import type { Projection } from './projection.js';
import { ProjectionRunner } from './projection-runner.js';

const LEASE = 'projection:stream-counter';
const T0 = 1_800_000_000_000;
/** The read store's clock, which decides lease expiry. */
let storeNow = T0;

/** Lets another holder take the lease just before the next unit of work commits, as a paused process would experience. */
class LeaseStealingReadStore extends DelegatingReadStore {
  stealBeforeNextCommit = false;

  override async transaction<R>(work: (tx: ReadStoreTransaction) => Promise<R> | R): Promise<R> {
    if (this.stealBeforeNextCommit) {
      this.stealBeforeNextCommit = false;
      storeNow += 10 * 60_000;
      await this.inner.tryAcquireLease(LEASE, 'thief', 60_000);
    }
    return this.inner.transaction(work);
  }
}

describe('ProjectionRunner: leases', () => {
  let events: SqliteEventStore;
  let reads: SqliteReadStore;
  let runners: ProjectionRunner[];
  const clock = () => new Date(T0);
  const runner = (store = reads as SqliteReadStore | DelegatingReadStore, holder = 'A', projection: Projection = streamCounter() as Projection, logger = quietLogger()) => {
    const r = new ProjectionRunner(events, store, [projection], { logger, clock, pollIntervalMs: 5, retryDelayMs: 5, lease: { holder, ttlMs: 60_000, renewIntervalMs: 5 } });
    runners.push(r);
    return r;
  };

  beforeEach(() => {
    events = new SqliteEventStore({ filename: ':memory:' });
    storeNow = T0;
    reads = new SqliteReadStore({ filename: ':memory:', clock: () => storeNow });
    runners = [];
  });
  afterEach(async () => {
    for (const r of runners) await r.stop();
    await events.close();
    await reads.close();
  });

  it('takes the lease for an explicit catch-up and releases it afterwards', async () => {
    await appendTypes(events, 'order-1', 'Opened');
    expect(await runner().catchUp()).toBe(1);
    expect(await reads.getLease(LEASE)).toBeNull();
  });

  it('holds the lease while started, renewing it by its clock, and releases it on stop', async () => {
    const r = runner(reads, 'A');
    await r.start();
    expect(await reads.getLease(LEASE)).toEqual({ name: LEASE, holder: 'A', expiresAt: T0 + 60_000 });
    await r.stop();
    expect(await reads.getLease(LEASE)).toBeNull();
  });

  it('writes nothing of a batch whose lease another holder took before the commit, and stands by', async () => {
    const applied: number[] = [];
    const counting = streamCounter({
      evolve: (document, event, id) => {
        applied.push(event.position);
        return streamCounter().evolve(document, event, id);
      },
    }) as Projection;
    const stealing = new LeaseStealingReadStore(reads);
    const logger = quietLogger();
    const r = runner(stealing, 'A', counting, logger);
    await r.start();
    const first = await appendTypes(events, 'order-1', 'Opened');
    expect((await r.waitForPosition('stream-counter', first, 10_000)).reached).toBe(true);

    stealing.stealBeforeNextCommit = true;
    const second = await appendTypes(events, 'order-1', 'Noted');
    for (let attempt = 0; !logger.warn.mock.calls.some(([m]) => m.includes('took over its lease during a batch')); attempt++) {
      expect(attempt).toBeLessThan(20_000);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }

    expect(applied).toContain(second);
    expect(await allDocuments<StreamCount>(reads, 'stream_counts_v1')).toEqual([{ id: 'order-1', stream: 'order-1', count: 1, notes: 0, positions: [first] }]);
    expect((await r.status())[0]!.checkpoint).toBe(first);
    expect((await reads.getLease(LEASE))?.holder).toBe('thief');
  });

  it('refuses rebuild and retryParked while another runner holds the lease', async () => {
    await runner(reads, 'A').start();
    const other = runner(reads, 'B');
    await expect(other.rebuild('stream-counter')).rejects.toMatchObject({ code: 'PROJECTION.LEASE_HELD', details: { holder: 'A' } });
    await expect(other.retryParked('stream-counter', 1)).rejects.toMatchObject({ code: 'PROJECTION.LEASE_HELD' });
  });

  it('lets a standby runner in the same process serve reads without a lease', async () => {
    const holder = runner(reads, 'A');
    await holder.start();
    const standby = runner(reads, 'B');
    await standby.start();
    const position = await appendTypes(events, 'order-7', 'Opened');

    expect(await standby.waitForPosition('stream-counter', position, 10_000)).toEqual({ reached: true, checkpoint: position });
    expect(await standby.activeCollection('stream-counter')).toBe('stream_counts_v1');
    expect((await reads.getLease(LEASE))?.holder).toBe('A');
  });
});
