import { describe, expect, it, jest } from '@jest/globals';
import { ServiceUnavailableError } from '#app/eventsourcing';
import { EventProcessRunner, type CheckpointStore } from '../process/event-process-runner.js';
import { SqliteEventStore } from '../sqlite/sqlite-event-store.js';
import { Backoff } from './backoff.js';
import { Wakeup } from './concurrency.js';
import type { FollowerLease } from './follower-lease.js';
import { LogFollower, type FollowerClient, type LogSource } from './log-follower.js';

interface Item {
  position: number;
}

const quiet = () => ({ log: jest.fn<(m: string) => void>(), warn: jest.fn<(m: string) => void>(), error: jest.fn<(m: string) => void>() });

/** A log of items at positions 1..n, growing on demand. */
function memoryLog(n: number) {
  const items: Item[] = Array.from({ length: n }, (_, i) => ({ position: i + 1 }));
  const reads: number[] = [];
  const source: LogSource<Item> = {
    read: async (after, maxCount) => {
      reads.push(after);
      return items.filter((item) => item.position > after).slice(0, maxCount);
    },
  };
  return { source, reads, append: () => items.push({ position: items.length + 1 }) };
}

/** Applies by remembering positions; its checkpoint lives in memory. */
function recorder(overrides: Partial<FollowerClient<Item>> = {}) {
  let checkpoint = 0;
  const applied: number[] = [];
  const client: FollowerClient<Item> = {
    checkpoint: async () => checkpoint,
    apply: async (batch) => {
      applied.push(...batch.map((item) => item.position));
      checkpoint = batch[batch.length - 1]!.position;
    },
    ...overrides,
  };
  return { client, applied, checkpoint: () => checkpoint };
}

async function eventually(condition: () => boolean, what: string) {
  for (let attempt = 0; !condition(); attempt++) {
    if (attempt > 5_000) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

describe('LogFollower', () => {
  it('drains the log from the client checkpoint in batches of batchSize, in order', async () => {
    const log = memoryLog(7);
    const { client, applied } = recorder();
    const follower = new LogFollower(log.source, client, { label: 'Test', batchSize: 3 });

    expect(await follower.hold(() => follower.drain())).toBe(7);

    expect(applied).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(log.reads).toEqual([0, 3, 6]);
  });

  it('follows while started, woken by its signal, and applies nothing after stop', async () => {
    const log = memoryLog(2);
    const { client, applied } = recorder();
    let wake = () => {};
    const signal = { listen: (w: Wakeup) => ((wake = () => w.wake()), async () => undefined) };
    const follower = new LogFollower(log.source, client, { label: 'Test', pollIntervalMs: 60_000, signal });
    await follower.start();
    await eventually(() => applied.length === 2, 'the first two items');

    log.append();
    wake();
    await eventually(() => applied.length === 3, 'the appended item, without waiting for the poll');
    await follower.stop();
    log.append();
    wake();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(applied).toEqual([1, 2, 3]);
  });

  it('retries a failing batch with a growing pause, logging the failure once and its end, and loses nothing', async () => {
    const log = memoryLog(4);
    let failures = 3;
    const inner = recorder();
    const logger = quiet();
    const follower = new LogFollower(
      log.source,
      {
        ...inner.client,
        apply: async (batch, after) => {
          if (failures-- > 0) throw new ServiceUnavailableError('TEST.DOWN', 'the store is down');
          await inner.client.apply(batch, after);
        },
      },
      { label: 'Test', retryDelayMs: 2, logger },
    );
    await follower.start();
    await eventually(() => inner.applied.length === 4, 'every item once the store answers');
    await follower.stop();

    expect(inner.applied).toEqual([1, 2, 3, 4]);
    expect(logger.error.mock.calls.map(([m]) => m)).toEqual(['Test: batch failed, retrying in 2 ms and then with a growing pause: the store is down']);
    expect(logger.log.mock.calls.map(([m]) => m)).toEqual(['Test: batches succeed again after 3 failed attempts']);
  });

  it('prepares the client again in the background when the store was unavailable at start', async () => {
    const log = memoryLog(1);
    let unavailable = 2;
    const { client, applied } = recorder({
      prepare: async () => {
        if (unavailable-- > 0) throw new ServiceUnavailableError('TEST.DOWN', 'the store is down');
      },
    });
    const follower = new LogFollower(log.source, client, { label: 'Test', retryDelayMs: 1, logger: quiet() });
    await follower.start();
    await eventually(() => applied.length === 1, 'the item, once prepared');
    await follower.stop();
  });

  it('refuses explicit work while another holder has the lease, with the client error', async () => {
    const lease: FollowerLease = {
      name: 'test:lease',
      holder: 'me',
      renew: async () => false,
      holds: () => false,
      forget: () => undefined,
      release: async () => undefined,
      current: async () => ({ holder: 'someone else', expiresAt: 0 }),
      isLost: () => false,
    };
    const follower = new LogFollower(memoryLog(1).source, recorder().client, { label: 'Test', lease, leaseHeld: (held) => new Error(`held by ${held?.holder}`) });
    await expect(follower.hold(() => follower.drain())).rejects.toThrow('held by someone else');
  });
});

describe('EventProcessRunner on the follower', () => {
  it('keeps the event loop turning while it catches up with 20,000 events', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    for (let s = 0; s < 1000; s++) await store.append(`order-${s}`, Array.from({ length: 20 }, () => ({ type: 'Noted', data: {} })));
    const saved = new Map<string, number>();
    const checkpoints: CheckpointStore = { getCheckpoint: async (name) => saved.get(name) ?? null, saveCheckpoint: async (name, position) => void saved.set(name, position) };
    let handled = 0;
    const runner = new EventProcessRunner(store, checkpoints, { name: 'counter', eventTypes: ['Noted'], handle: async () => void handled++ });
    let ticks = 0;
    const interval = setInterval(() => ticks++, 1);

    expect(await runner.catchUp()).toBe(20_000);
    clearInterval(interval);

    expect(handled).toBe(20_000);
    expect(ticks).toBeGreaterThan(0);
    expect(saved.get('process:counter')).toBe(await store.headPosition());
    await store.close();
  });
});

describe('Backoff', () => {
  it('doubles from the first pause up to the cap, and starts over after a success', () => {
    const backoff = new Backoff(10, 50);
    expect([backoff.next(), backoff.next(), backoff.next(), backoff.next(), backoff.next()]).toEqual([10, 20, 40, 50, 50]);
    backoff.reset();
    expect(backoff.next()).toBe(10);
  });
});

describe('Wakeup', () => {
  it('remembers a wake that came while nobody slept, so the next wait returns at once', async () => {
    const wakeup = new Wakeup();
    wakeup.wake();
    let woken = false;
    const waiting = wakeup.wait(60_000).then(() => (woken = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(woken).toBe(true);
    await waiting;
  });
});
