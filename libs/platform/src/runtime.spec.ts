import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, type EventProcess } from '#app/event-store';
import { SqliteReadStore, type Projection, type ReadStore, type ReadStoreTransaction } from '#app/read-store';
import { DelegatingReadStore, UnreachableReadStore, allDocuments, appendTypes, positionsOf, quietLogger, streamCounter, type StreamCount } from '#testing/read-store';
import { Runtime, runtimeSettings } from './runtime.js';

const T0 = 1_800_000_000_000;
const TTL = 60_000;
const HANDLED = ['Opened', 'Noted', 'Closed'];

interface Node {
  runtime: Runtime;
  logger: ReturnType<typeof quietLogger>;
  /** Positions its projection evolved, and its process handled. */
  projected: number[];
  handled: number[];
  /** Its connection to the read store, which can be cut. */
  link: UnreachableReadStore;
}

async function eventually(condition: () => Promise<boolean> | boolean, what: string) {
  for (let attempt = 0; !(await condition()); attempt++) {
    if (attempt > 20_000) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

describe('Runtime: several runtimes on the same SQLite files', () => {
  let dir: string;
  let nodes: Node[];
  /** The machine clock the read store judges lease expiry by. */
  let storeNow = T0;

  const start = async (holder: string): Promise<Node> => {
    const projected: number[] = [];
    const handled: number[] = [];
    const projection = streamCounter({
      evolve: (document, event, id) => {
        projected.push(event.position);
        return streamCounter().evolve(document, event, id);
      },
    }) as Projection;
    const recorder: EventProcess = {
      name: 'recorder',
      eventTypes: ['Noted'],
      handle: async (event) => void handled.push(event.position),
    };
    const logger = quietLogger();
    const link = new UnreachableReadStore(new SqliteReadStore({ filename: join(dir, 'read.sqlite'), clock: () => storeNow }));
    const runtime = new Runtime(new SqliteEventStore({ filename: join(dir, 'events.sqlite') }), link, logger, {
      holder,
      clock: () => new Date(T0),
      leaseTtlMs: TTL,
      leaseRenewIntervalMs: 5,
      projections: [projection],
      processes: () => [recorder],
      runner: { pollIntervalMs: 5, retryDelayMs: 5 },
    });
    await runtime.start();
    const node = { runtime, logger, projected, handled, link };
    nodes.push(node);
    return node;
  };

  const append = async (node: Node, n: number) => {
    let last = 0;
    for (let i = 0; i < n; i++) last = await appendTypes(node.runtime.eventStore, `order-${i % 3}`, i === 0 ? 'Opened' : 'Noted');
    return last;
  };
  const applied = async (node: Node, position: number) =>
    expect(await node.runtime.projections.waitForPosition('stream-counter', position, 20_000)).toEqual({ reached: true, checkpoint: position });
  const allNoted = (node: Node) => positionsOf(node.runtime.eventStore, ['Noted']);
  const leaseHolders = async (node: Node) => ({
    projection: (await node.runtime.readStore.getLease('projection:stream-counter'))?.holder,
    process: (await node.runtime.readStore.getLease('process:recorder'))?.holder,
  });
  const expectEachEventAppliedOnce = async (node: Node) => {
    const documents = await allDocuments<StreamCount>(node.runtime.readStore, 'stream_counts_v1');
    expect(documents.flatMap((d) => d.positions).sort((a, b) => a - b)).toEqual(await positionsOf(node.runtime.eventStore, HANDLED));
  };
  const handledOnceInAll = async (ns: Node[]) => {
    const handled = ns.flatMap((n) => n.handled).sort((a, b) => a - b);
    return JSON.stringify(handled) === JSON.stringify(await allNoted(ns[0]!));
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'salesflow-runtimes-'));
    nodes = [];
    storeNow = T0;
  });
  afterEach(async () => {
    for (const node of nodes) await node.runtime.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets only one runtime apply the projection and run the process; the other takes over when it stops, and nothing is applied twice', async () => {
    const a = await start('A');
    const b = await start('B');
    await eventually(async () => (await leaseHolders(a)).process === 'A', 'A takes the process lease');

    await applied(a, await append(a, 6));
    await eventually(() => handledOnceInAll([a, b]), 'A handles every Noted event');
    expect(b.projected).toEqual([]);
    expect(b.handled).toEqual([]);
    expect(await leaseHolders(b)).toEqual({ projection: 'A', process: 'A' });

    await a.runtime.stop();
    const byA = { projected: a.projected.length, handled: a.handled.length };
    await applied(b, await append(b, 5));
    await eventually(() => handledOnceInAll([a, b]), 'B handles the Noted events appended after A stopped');

    expect({ projected: a.projected.length, handled: a.handled.length }).toEqual(byA);
    expect(b.projected.length).toBeGreaterThan(0);
    expect(b.handled.length).toBe(4);
    expect(await leaseHolders(b)).toEqual({ projection: 'B', process: 'B' });
    await expectEachEventAppliedOnce(b);
  });

  it('hands everything to a standby runtime once the holder’s leases expire by the store’s clock, and the holder stands by', async () => {
    const a = await start('A');
    const b = await start('B');
    await eventually(async () => (await leaseHolders(a)).process === 'A', 'A takes the process lease');
    await applied(a, await append(a, 4));
    await eventually(() => handledOnceInAll([a, b]), 'A handles every Noted event');

    a.link.failNext(Number.MAX_SAFE_INTEGER);
    storeNow += TTL;
    await eventually(async () => JSON.stringify(await leaseHolders(b)) === JSON.stringify({ projection: 'B', process: 'B' }), 'B takes both leases once the store finds them expired');
    a.link.failNext(0);
    await eventually(() => a.logger.warn.mock.calls.some(([m]) => m === 'Process recorder: another process took over its lease; standing by'), 'A notices');
    const handledByA = a.handled.length;
    const head = await append(b, 6);

    await applied(b, head);
    await eventually(() => handledOnceInAll([a, b]), 'every Noted event is handled once');
    expect(a.handled).toHaveLength(handledByA);
    expect(b.handled.length).toBe(5);
    await expectEachEventAppliedOnce(b);
  });
});

/** A read store that stops answering at all (a partition where calls neither fail nor return). */
class SilentReadStore extends DelegatingReadStore {
  silent = false;

  private wait<T>(call: () => Promise<T>): Promise<T> {
    return this.silent ? new Promise<T>(() => undefined) : call();
  }
  override transaction<R>(work: (tx: ReadStoreTransaction) => Promise<R> | R): Promise<R> {
    return this.wait(() => super.transaction(work));
  }
  override getCheckpoint(name: string): Promise<number | null> {
    return this.wait(() => super.getCheckpoint(name));
  }
  override tryAcquireLease(name: string, holder: string, ttlMs: number): Promise<boolean> {
    return this.wait(() => super.tryAcquireLease(name, holder, ttlMs));
  }
  override releaseLease(name: string, holder: string): Promise<void> {
    return this.wait(() => super.releaseLease(name, holder));
  }
  override close(): Promise<void> {
    return this.wait(() => super.close());
  }
}

describe('Runtime: stopping while a store does not answer', () => {
  it('gives up waiting for the work in flight, the lease releases and the clients after its deadline, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'salesflow-silent-'));
    const inner: ReadStore = new SqliteReadStore({ filename: join(dir, 'read.sqlite') });
    const reads = new SilentReadStore(inner);
    const logger = quietLogger();
    const runtime = new Runtime(new SqliteEventStore({ filename: join(dir, 'events.sqlite') }), reads, logger, {
      stopDeadlineMs: 50,
      leaseRenewIntervalMs: 5,
      projections: [streamCounter() as Projection],
      processes: () => [],
      runner: { pollIntervalMs: 5, retryDelayMs: 5 },
    });
    await runtime.start();
    await appendTypes(runtime.eventStore, 'order-1', 'Opened');
    reads.silent = true;

    await runtime.close();

    expect(logger.warn.mock.calls.map(([message]) => message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^The projections and processes did not stop within 50 ms/), "The stores' clients did not close within 50 ms"]),
    );
    await inner.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('runtimeSettings: the runtime a configuration describes', () => {
  it('stops and closes within a quarter of SHUTDOWN_TIMEOUT_MS each, so the runtime takes at most half of the shutdown’s deadline, and passes COMMAND_RETRY_DEADLINE_MS on', () => {
    expect(runtimeSettings({ leaseTtlMs: 30_000, commandRetryDeadlineMs: 5_000, shutdownTimeoutMs: 10_000 })).toEqual({ leaseTtlMs: 30_000, commandRetryDeadlineMs: 5_000, stopDeadlineMs: 2_500 });
    expect(runtimeSettings({ leaseTtlMs: 5_000, commandRetryDeadlineMs: 0, shutdownTimeoutMs: 1_000 })).toEqual({ leaseTtlMs: 5_000, commandRetryDeadlineMs: 0, stopDeadlineMs: 250 });
  });
});
