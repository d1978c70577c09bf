import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, type EventProcess } from '#app/event-store';
import { SqliteReadStore, type Projection } from '#app/read-store';
import { allDocuments, appendTypes, positionsOf, quietLogger, streamCounter, type StreamCount } from '#testing/read-store';
import { Runtime } from './runtime.js';

const T0 = 1_800_000_000_000;
const TTL = 60_000;
const HANDLED = ['Opened', 'Noted', 'Closed'];

interface Node {
  runtime: Runtime;
  logger: ReturnType<typeof quietLogger>;
  /** Positions its projection evolved, and its process handled. */
  projected: number[];
  handled: number[];
  setClock(ms: number): void;
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

  const start = async (holder: string, now = T0): Promise<Node> => {
    let clock = now;
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
    const runtime = new Runtime(new SqliteEventStore({ filename: join(dir, 'events.sqlite') }), new SqliteReadStore({ filename: join(dir, 'read.sqlite') }), logger, {
      holder,
      clock: () => new Date(clock),
      leaseTtlMs: TTL,
      leaseRenewIntervalMs: 5,
      projections: [projection],
      processes: () => [recorder],
      runner: { pollIntervalMs: 5, retryDelayMs: 5 },
    });
    await runtime.start();
    const node = { runtime, logger, projected, handled, setClock: (ms: number) => void (clock = ms) };
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

  it('hands everything to a standby runtime once the holder stops renewing its leases, and the holder stands by', async () => {
    const a = await start('A');
    const b = await start('B');
    await eventually(async () => (await leaseHolders(a)).process === 'A', 'A takes the process lease');
    await applied(a, await append(a, 4));
    await eventually(() => handledOnceInAll([a, b]), 'A handles every Noted event');

    b.setClock(T0 + TTL);
    await eventually(async () => JSON.stringify(await leaseHolders(b)) === JSON.stringify({ projection: 'B', process: 'B' }), 'B takes both leases once they expire by its clock');
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
