import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, type EventStore, type Wakeup } from '#app/event-store';
import type { Event } from '#app/eventsourcing';
import type { Projection } from '../projection/projection.js';
import { ProjectionRunner } from '../projection/projection-runner.js';
import type { ReadDocument } from '../read-store.port.js';
import { SqliteReadStore } from '../sqlite/sqlite-read-store.js';
import { quietLogger } from '../testing/projection-test-kit.js';
import { ChangeFeed, type ChangeSource, type ProjectionChange } from './change-feed.js';
import type { ChangeEntry, ChangeLog } from './change-log.js';

type OrderEvent = Event<'Opened', { team: string }> | Event<'Noted', Record<string, never>> | Event<'Closed', Record<string, never>>;

/** One document per open order, with its team; closing an order deletes it. */
const teamOrders: Projection<ReadDocument & { team: string; notes: number }, OrderEvent> = {
  name: 'team-orders',
  version: 1,
  collection: 'team_orders',
  queries: [{ equal: [], sort: 'team' }],
  eventTypes: ['Opened', 'Noted', 'Closed'],
  keys: (event) => [event.streamName],
  evolve: (document, event, id) => {
    if (event.type === 'Opened') return { id, team: event.data.team, notes: 0 };
    if (event.type === 'Closed' || !document) return null;
    return { ...document, notes: document.notes + 1 };
  },
};

function listener() {
  const changes: ProjectionChange[] = [];
  return {
    changes,
    listen: (change: ProjectionChange) => void changes.push(change),
    next: async (count: number) => {
      for (let attempt = 0; changes.length < count; attempt++) {
        if (attempt > 10_000) throw new Error(`only ${changes.length} of ${count} changes came`);
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      return changes[count - 1]!;
    },
    until: async (matches: (change: ProjectionChange) => boolean) => {
      for (let attempt = 0; !changes.some(matches); attempt++) {
        if (attempt > 10_000) throw new Error(`no such change among ${JSON.stringify(changes)}`);
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      return changes.find(matches)!;
    },
  };
}

describe('ChangeFeed', () => {
  let dir: string;
  let events: SqliteEventStore;
  let reads: SqliteReadStore;
  let closing: (() => Promise<void>)[];
  const runner = (eventStore: EventStore, readStore = reads, holder = 'A') => {
    const r = new ProjectionRunner(eventStore, readStore, [teamOrders as Projection], { logger: quietLogger(), pollIntervalMs: 5, lease: { holder, ttlMs: 60_000, renewIntervalMs: 5 } });
    closing.push(() => r.stop());
    return r;
  };
  const feedOf = (source: ChangeSource) => {
    const feed = new ChangeFeed(source, { pollIntervalMs: 5, logger: quietLogger() });
    closing.unshift(() => feed.close());
    return feed;
  };
  const open = (stream: string, team: string) => events.append(stream, [{ type: 'Opened', data: { team } }]);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'salesflow-changes-'));
    events = new SqliteEventStore({ filename: join(dir, 'events.sqlite') });
    reads = new SqliteReadStore({ filename: join(dir, 'read.sqlite') });
    closing = [];
  });
  afterEach(async () => {
    for (const close of closing) await close();
    await events.close();
    await reads.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('tells listeners in the process that applies the projection which documents each commit changed, with their teams', async () => {
    const r = runner(events);
    await r.start();
    await open('order-1', 'north');
    await r.waitForPosition('team-orders', await events.headPosition(), 10_000);
    const feed = feedOf(r);
    const heard = listener();

    const { positions } = await feed.subscribe(['team-orders', 'unknown'], heard.listen);
    expect(positions).toEqual({ 'team-orders': await events.headPosition() });
    const opened = await open('order-2', 'south');
    expect(await heard.next(1)).toEqual({ projection: 'team-orders', position: opened.position, reset: false, documents: [{ id: 'order-2', team: 'south' }] });

    const closed = await events.append('order-1', [{ type: 'Closed', data: {} }]);
    expect(await heard.next(2)).toEqual({ projection: 'team-orders', position: closed.position, reset: false, documents: [{ id: 'order-1', team: 'north' }] });
  });

  it('finds the changes a projector in another process committed in the stored change log, without reading the event log', async () => {
    const projector = runner(events);
    await projector.start();
    const otherReads = new SqliteReadStore({ filename: join(dir, 'read.sqlite') });
    closing.push(() => otherReads.close());
    const noLog = new Proxy(events, {
      get: (target, property) => (property === 'readAll' || property === 'subscribeToAll' ? () => Promise.reject(new Error('the feed read the event log')) : Reflect.get(target, property)),
    });
    const api = runner(noLog, otherReads, 'B');
    const heard = listener();

    await feedOf(api).subscribe(['team-orders'], heard.listen);
    await open('order-1', 'north');
    const noted = await events.append('order-1', [{ type: 'Noted', data: {} }]);

    await heard.until((c) => c.position === noted.position);
    expect(heard.changes.every((c) => !c.reset)).toBe(true);
    expect(heard.changes.flatMap((c) => c.documents)).toEqual(expect.arrayContaining([{ id: 'order-1', team: 'north' }]));
  });

  it('starts over at the first commit after a rebuild switched the collection queries read', async () => {
    const r = runner(events);
    await r.start();
    await open('order-1', 'north');
    await r.waitForPosition('team-orders', await events.headPosition(), 10_000);
    const heard = listener();
    await feedOf(r).subscribe(['team-orders'], heard.listen);

    await r.rebuild('team-orders');
    const noted = await events.append('order-1', [{ type: 'Noted', data: {} }]);

    expect(await heard.until((c) => c.position === noted.position)).toEqual({ projection: 'team-orders', position: noted.position, reset: true, documents: [] });
  });

  it('starts over when the change log has a gap, since changes may have been missed', async () => {
    let wake = () => {};
    const entries: ChangeEntry[] = [];
    const changeLog = {
      source: { read: async (after: number) => entries.filter((e) => e.position > after) },
      listen: (w: Wakeup) => ((wake = () => w.wake()), async () => undefined),
    } as unknown as ChangeLog;
    const feed = feedOf({ names: ['team-orders'], changeLog: () => changeLog, activeCollection: async () => 'team_orders_v1', waitForPosition: async () => ({ checkpoint: 3 }) });
    const heard = listener();
    await feed.subscribe(['team-orders'], heard.listen);

    entries.push({ from: 3, position: 5, collection: 'team_orders_v1', documents: [{ id: 'a', team: 'north' }] });
    wake();
    expect(await heard.next(1)).toEqual({ projection: 'team-orders', position: 5, reset: false, documents: [{ id: 'a', team: 'north' }] });
    entries.push({ from: 7, position: 9, collection: 'team_orders_v1', documents: [{ id: 'b', team: 'north' }] });
    wake();
    expect(await heard.next(2)).toEqual({ projection: 'team-orders', position: 9, reset: true, documents: [] });
  });
});
