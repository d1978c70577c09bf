import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { SqliteEventStore, type EventProcess } from '#app/event-store';
import { IllegalStateError, ServiceUnavailableError, type RecordedEvent } from '#app/eventsourcing';
import { appendTypes, quietLogger } from '../testing/projection-test-kit.js';
import { SqliteReadStore } from '../sqlite/sqlite-read-store.js';
import { ProjectionRunner } from './projection-runner.js';

const T0 = 1_800_000_000_000;
/** The read store's clock, which decides lease expiry. */
let storeNow = T0;
const parkedAt = new Date(T0);

async function eventually(condition: () => Promise<boolean> | boolean, what: string) {
  for (let attempt = 0; !(await condition()); attempt++) {
    if (attempt > 10_000) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

/** Ships what is noted; a poison note is refused the way a command refuses a state (deterministically). */
function shipper(options: { failFirst?: number; refusePoison?: () => boolean } = {}) {
  const shipped: number[] = [];
  let failures = options.failFirst ?? 0;
  const process: EventProcess = {
    name: 'shipper',
    eventTypes: ['Noted'],
    handle: async (event: RecordedEvent) => {
      if (failures-- > 0) throw new ServiceUnavailableError('TEST.STORE_DOWN', 'the store is down');
      if ((event.data as { poison?: boolean }).poison && (options.refusePoison?.() ?? true)) throw new IllegalStateError('TEST.CANNOT_SHIP', 'cannot ship bad');
      shipped.push(event.position);
    },
  };
  return { process, shipped };
}

describe('ProjectionRunner: event-driven processes on the follower', () => {
  let events: SqliteEventStore;
  let reads: SqliteReadStore;
  let runners: ProjectionRunner[];
  let poison: number;
  const runner = (process: EventProcess, holder = 'A', logger = quietLogger()) => {
    const r = new ProjectionRunner(events, reads, [], {
      processes: [process],
      logger,
      clock: () => parkedAt,
      pollIntervalMs: 5,
      retryDelayMs: 2,
      lease: { holder, ttlMs: 60_000, renewIntervalMs: 5 },
    });
    runners.push(r);
    return r;
  };
  const checkpoint = () => reads.getCheckpoint('process:shipper');

  beforeEach(async () => {
    events = new SqliteEventStore({ filename: ':memory:' });
    storeNow = T0;
    reads = new SqliteReadStore({ filename: ':memory:', clock: () => storeNow });
    runners = [];
    await appendTypes(events, 'order-1', 'Opened', 'Noted');
    poison = (await events.append('order-1', [{ type: 'Noted', data: { text: 'bad', poison: true }, metadata: { correlationId: 'campaign-7' } }])).position;
    await appendTypes(events, 'order-2', 'Noted');
  });
  afterEach(async () => {
    for (const r of runners) await r.stop();
    await events.close();
    await reads.close();
  });

  it('parks an event its handler refuses deterministically, beside the projections’ parked events, and goes on', async () => {
    const { process, shipped } = shipper();
    const logger = quietLogger();
    const r = runner(process, 'A', logger);
    await r.start();
    const head = await events.headPosition();
    await eventually(async () => (await checkpoint()) === head, 'the process reaches the head');

    expect(shipped).toEqual([2, 4]);
    expect(await r.listParked('shipper')).toEqual([
      expect.objectContaining({ id: `process:shipper:${poison}`, projection: 'shipper', collection: 'process:shipper', position: poison, eventType: 'Noted', error: 'cannot ship bad', parkedAt: parkedAt.toISOString(), attempts: 0 }),
    ]);
    expect(await r.processStatus()).toEqual([{ name: 'shipper', kind: 'process', checkpoint: head, headPosition: head, lag: 0, lagAtLeast: false, parked: 1 }]);
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining(`Process shipper: parked Noted at position ${poison}`), { correlationId: 'campaign-7' });
  });

  it('retries a failure that may pass (an unavailable store) with backoff until it does, parking nothing', async () => {
    const { process, shipped } = shipper({ failFirst: 3, refusePoison: () => false });
    const logger = quietLogger();
    await runner(process, 'A', logger).start();
    await eventually(() => shipped.length === 3, 'every note shipped');
    await eventually(async () => (await checkpoint()) === (await events.headPosition()), 'the process commits its checkpoint at the head');

    expect(shipped).toEqual([2, poison, 4]);
    expect(await runners[0]!.listParked()).toEqual([]);
    expect(logger.error.mock.calls.filter(([m]) => m.startsWith('Process shipper: batch failed, retrying in'))).toHaveLength(1);
    expect(logger.log).toHaveBeenCalledWith('Process shipper: batches succeed again after 3 failed attempts');
  });

  it('does not hand the events before a failing one to the process again when it retries', async () => {
    const handled: number[] = [];
    let fail = true;
    const process: EventProcess = {
      name: 'shipper',
      eventTypes: ['Noted'],
      handle: async (event) => {
        if (event.position === poison && fail) {
          fail = false;
          throw new ServiceUnavailableError('TEST.STORE_DOWN', 'the store is down');
        }
        handled.push(event.position);
      },
    };
    await runner(process).start();
    await eventually(() => handled.length === 3, 'every note handled');
    expect(handled).toEqual([2, poison, 4]);
  });

  it('retries a parked event by the projections’ route: kept with one more attempt while it still fails, removed once it passes', async () => {
    let refuse = true;
    const { process, shipped } = shipper({ refusePoison: () => refuse });
    const r = runner(process);
    await r.start();
    const head = await events.headPosition();
    await eventually(async () => (await checkpoint()) === head, 'the process reaches the head');

    await expect(r.retryParked('shipper', poison)).rejects.toMatchObject({ code: 'PROJECTION.RETRY_FAILED' });
    expect(await r.listParked('shipper')).toEqual([expect.objectContaining({ attempts: 1, lastAttemptAt: parkedAt.toISOString() })]);

    refuse = false;
    await r.retryParked('shipper', poison);
    expect(shipped).toEqual([2, 4, poison]);
    expect(await r.listParked()).toEqual([]);
    await expect(r.retryParked('shipper', poison)).rejects.toMatchObject({ code: 'PROJECTION.PARKED_NOT_FOUND' });
  });

  it('refuses a retry while another process holds the process’s lease', async () => {
    await runner(shipper().process, 'A').start();
    await expect(runner(shipper().process, 'B').retryParked('shipper', poison)).rejects.toMatchObject({ code: 'PROJECTION.LEASE_HELD', details: { projection: 'shipper', holder: 'A' } });
  });

  it('saves its checkpoint only while it holds the lease', async () => {
    const logger = quietLogger();
    const r = runner(shipper({ refusePoison: () => false }).process, 'A', logger);
    await r.start();
    const head = await events.headPosition();
    await eventually(async () => (await checkpoint()) === head, 'the process reaches the head');

    storeNow += 10 * 60_000;
    await reads.tryAcquireLease('process:shipper', 'thief', 60_000);
    await appendTypes(events, 'order-3', 'Noted');
    await eventually(() => logger.warn.mock.calls.some(([m]) => m.startsWith('Process shipper: another process took over its lease')), 'A stands by');

    expect(await checkpoint()).toBe(head);
  });
});
