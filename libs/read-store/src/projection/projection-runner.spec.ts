import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '#app/event-store';
import { NotFoundError, ValidationError, type Event } from '#app/eventsourcing';
import { CrashingReadStore } from '../testing/crashing-read-store.js';
import { allDocuments, appendTypes, positionsOf, quietLogger } from '../testing/projection-test-kit.js';
import { streamCounter, type StreamCount } from '../testing/stream-counter.projection.js';
import type { ReadDocument } from '../read-store.port.js';
import { SqliteReadStore } from '../sqlite/sqlite-read-store.js';
import type { Projection } from './projection.js';
import { ProjectionRunner } from './projection-runner.js';

const HANDLED = ['Opened', 'Noted', 'Closed'];

describe('ProjectionRunner', () => {
  let events: SqliteEventStore;
  let reads: SqliteReadStore;
  let runners: ProjectionRunner[];
  const runner = (projections: Projection[] = [streamCounter()], options: ConstructorParameters<typeof ProjectionRunner>[3] = {}) => {
    const r = new ProjectionRunner(events, reads, projections, { logger: quietLogger(), ...options });
    runners.push(r);
    return r;
  };
  const counts = async () => allDocuments<StreamCount>(reads, 'stream_counts_v1');

  beforeEach(() => {
    events = new SqliteEventStore({ filename: ':memory:' });
    reads = new SqliteReadStore({ filename: ':memory:' });
    runners = [];
  });
  afterEach(async () => {
    for (const r of runners) await r.stop();
    await events.close();
    await reads.close();
  });

  describe('catching up', () => {
    it('applies the log from position 0 in commit order, in batches, into <collection>_v<version>', async () => {
      await appendTypes(events, 'order-1', 'Opened', 'Noted', 'Noted');
      await appendTypes(events, 'order-2', 'Opened');
      await appendTypes(events, 'order-1', 'Closed');
      const r = runner([streamCounter()], { batchSize: 2 });

      expect(await r.catchUp()).toBe(5);

      const positions = await positionsOf(events, HANDLED);
      expect(await counts()).toEqual([
        { id: 'order-1', stream: 'order-1', count: 4, notes: 2, positions: [positions[0], positions[1], positions[2], positions[4]] },
        { id: 'order-2', stream: 'order-2', count: 1, notes: 0, positions: [positions[3]] },
      ]);
      expect(await r.activeCollection('stream-counter')).toBe('stream_counts_v1');
    });

    it('advances the checkpoint over events of types it does not handle, writing no document for them', async () => {
      await appendTypes(events, 'order-1', 'Opened');
      const last = await appendTypes(events, 'misc-1', 'Ignored', 'AlsoIgnored');
      const r = runner();
      await r.catchUp();
      expect((await counts()).map((d) => d.id)).toEqual(['order-1']);
      expect((await r.status())[0]!.checkpoint).toBe(last);
    });

    it('writes to every document an event touches, and deletes a document when evolve returns null', async () => {
      const openOrders: Projection<ReadDocument & { open: string[] }> = {
        name: 'open-orders',
        version: 1,
        collection: 'open_orders',
        queries: [],
        eventTypes: ['Opened', 'Closed'],
        keys: (event) => [event.streamName, 'all'],
        evolve: (document, event, id) => {
          const open = (document?.open ?? []).filter((s) => s !== event.streamName);
          if (event.type === 'Opened') open.push(event.streamName);
          return id !== 'all' && open.length === 0 ? null : { id, open };
        },
      };
      await appendTypes(events, 'order-1', 'Opened');
      await appendTypes(events, 'order-2', 'Opened');
      await appendTypes(events, 'order-1', 'Closed');
      await runner([openOrders as Projection]).catchUp();
      expect(await allDocuments(reads, 'open_orders_v1')).toEqual([
        { id: 'all', open: ['order-2'] },
        { id: 'order-2', open: ['order-2'] },
      ]);
    });

    it('runs several projections independently', async () => {
      await appendTypes(events, 'order-1', 'Opened', 'Noted');
      const notes = streamCounter({ name: 'note-counter', collection: 'note_counts', eventTypes: ['Noted'] });
      const r = runner([streamCounter(), notes]);
      await r.catchUp();
      expect((await counts())[0]!.count).toBe(2);
      expect((await allDocuments<StreamCount>(reads, 'note_counts_v1'))[0]!.count).toBe(1);
      await appendTypes(events, 'order-1', 'Noted');
      expect(await r.catchUp('note-counter')).toBe(1);
      expect((await counts())[0]!.count).toBe(2);
    });

    it('applies nothing twice when caught up again: the documents are unchanged', async () => {
      await appendTypes(events, 'order-1', 'Opened', 'Noted');
      await appendTypes(events, 'order-2', 'Opened');
      const r = runner();
      await r.catchUp();
      const before = await counts();
      expect(await r.catchUp()).toBe(0);
      expect(await runner().catchUp()).toBe(0);
      expect(await counts()).toEqual(before);
    });
  });

  describe('restarts', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'salesflow-projection-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));
    const reopen = async () => {
      await events.close();
      await reads.close();
      events = new SqliteEventStore({ filename: join(dir, 'events.sqlite') });
      reads = new SqliteReadStore({ filename: join(dir, 'read.sqlite') });
    };
    const expectEachEventCountedOnce = async () => {
      const docs = await counts();
      const applied = docs.flatMap((d) => d.positions).sort((a, b) => a - b);
      expect(applied).toEqual(await positionsOf(events, HANDLED));
      expect(docs.reduce((sum, d) => sum + d.count, 0)).toBe(applied.length);
    };

    it('resumes after a restart exactly where it stopped, losing nothing and applying nothing twice', async () => {
      await reopen();
      for (let i = 0; i < 7; i++) await appendTypes(events, `order-${i % 3}`, i % 3 === 0 ? 'Opened' : 'Noted');
      await runner([streamCounter()], { batchSize: 3 }).catchUp();
      await reopen();
      for (let i = 0; i < 5; i++) await appendTypes(events, `order-${i % 4}`, 'Noted');

      expect(await runner([streamCounter()], { batchSize: 3 }).catchUp()).toBe(5);

      await expectEachEventCountedOnce();
      expect((await counts()).reduce((sum, d) => sum + d.count, 0)).toBe(12);
    });

    it('counts every event exactly once when the process dies while committing the second batch', async () => {
      await reopen();
      for (let i = 0; i < 20; i++) await appendTypes(events, `order-${i % 3}`, i < 3 ? 'Opened' : 'Noted');
      const firstBatch = (await positionsOf(events, HANDLED))[4]!;
      const crashing = new CrashingReadStore(reads, 2);
      const doomed = new ProjectionRunner(events, crashing, [streamCounter()], { batchSize: 5, logger: quietLogger() });

      await expect(doomed.catchUp()).rejects.toThrow('simulated crash while committing batch 2');

      expect((await runner().status())[0]!.checkpoint).toBe(firstBatch);
      expect((await counts()).reduce((sum, d) => sum + d.count, 0)).toBe(5);

      await reopen();
      expect(await runner([streamCounter()], { batchSize: 5 }).catchUp()).toBe(15);
      await expectEachEventCountedOnce();
      expect((await counts()).reduce((sum, d) => sum + d.count, 0)).toBe(20);
    });

    it('retries a failed batch in the background and still counts every event exactly once', async () => {
      for (let i = 0; i < 10; i++) await appendTypes(events, `order-${i % 2}`, 'Noted');
      const logger = quietLogger();
      const r = new ProjectionRunner(events, new CrashingReadStore(reads, 2), [streamCounter()], {
        batchSize: 3,
        retryDelayMs: 5,
        pollIntervalMs: 10,
        logger,
      });
      runners.push(r);
      await r.start();
      const head = await appendTypes(events, 'order-2', 'Opened', 'Noted');

      expect(await r.waitForPosition('stream-counter', head, 10_000)).toEqual({ reached: true, checkpoint: head });
      await expectEachEventCountedOnce();
      expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('batch failed, retrying'));
    });
  });

  describe('the event loop during a long catch-up', () => {
    it('keeps turning: timers fire and every batch boundary lets other work run while 20,000 events are caught up', async () => {
      for (let s = 0; s < 1000; s++) await events.append(`order-${s}`, Array.from({ length: 20 }, (_, i) => ({ type: i === 0 ? 'Opened' : 'Noted', data: { text: 'x' } })));
      let ticks = 0;
      let turns = 0;
      let done = false;
      const interval = setInterval(() => ticks++, 1);
      const probe = () => {
        turns++;
        if (!done) setImmediate(probe);
      };
      setImmediate(probe);

      const read = await runner([streamCounter()], { batchSize: 500 }).catchUp();
      done = true;
      clearInterval(interval);

      expect(read).toBe(20_000);
      expect(ticks).toBeGreaterThan(0);
      expect(turns).toBeGreaterThanOrEqual(20_000 / 500 - 1);
    });
  });

  describe('read-your-writes', () => {
    it('resolves once a live runner has applied the position an append returned', async () => {
      const r = runner([streamCounter()], { pollIntervalMs: 10 });
      await r.start();
      const position = await appendTypes(events, 'order-9', 'Opened', 'Noted');

      const result = await r.waitForPosition('stream-counter', position, 10_000);

      expect(result).toEqual({ reached: true, checkpoint: position });
      expect((await reads.get<StreamCount>('stream_counts_v1', 'order-9'))?.count).toBe(2);
    });

    it('reaches the position of an event the projection does not handle', async () => {
      const r = runner([streamCounter()], { pollIntervalMs: 10 });
      await r.start();
      await appendTypes(events, 'order-1', 'Opened');
      const position = await appendTypes(events, 'misc-1', 'Ignored');
      expect(await r.waitForPosition('stream-counter', position, 10_000)).toEqual({ reached: true, checkpoint: position });
    });

    it('gives up after the timeout and reports how far the projection got', async () => {
      const r = runner([streamCounter()], { pollIntervalMs: 5 });
      const applied = await appendTypes(events, 'order-1', 'Opened');
      await r.catchUp();
      const position = await appendTypes(events, 'order-1', 'Noted');
      expect(await r.waitForPosition('stream-counter', position, 20)).toEqual({ reached: false, checkpoint: applied });
    });
  });

  describe('status', () => {
    it('reports checkpoint, head, lag and parked count per projection', async () => {
      const r = runner();
      await appendTypes(events, 'order-1', 'Opened', 'Noted', 'Noted', 'Noted');
      await r.catchUp();
      const checkpoint = await events.headPosition();
      await appendTypes(events, 'order-2', 'Opened', 'Noted', 'Noted');
      const head = await events.headPosition();

      expect(await r.status()).toEqual([
        {
          name: 'stream-counter',
          version: 1,
          activeCollection: 'stream_counts_v1',
          activeVersion: 1,
          checkpoint,
          headPosition: head,
          lag: 3,
          lagAtLeast: false,
          parked: 0,
          rebuilding: false,
          rebuild: null,
        },
      ]);
      await r.catchUp();
      expect((await r.status())[0]).toMatchObject({ checkpoint: head, lag: 0 });
    });

    it('reports a projection that never ran as not started', async () => {
      await appendTypes(events, 'order-1', 'Opened');
      const [status] = await runner().status();
      expect(status).toMatchObject({ activeCollection: null, checkpoint: 0, lag: 1 });
      expect(await runner().activeCollection('stream-counter')).toBe('stream_counts_v1');
    });
  });

  describe('definitions', () => {
    it('rejects two projections with one name, a bad version or a bad collection name', () => {
      const make = (projections: Projection[]) => () => new ProjectionRunner(events, reads, projections);
      expect(make([streamCounter(), streamCounter()])).toThrow(ValidationError);
      expect(make([streamCounter({ version: 0 })])).toThrow(ValidationError);
      expect(make([streamCounter({ collection: 'bad-name' })])).toThrow(ValidationError);
    });

    it('rejects an unknown projection name with NotFoundError PROJECTION.UNKNOWN', async () => {
      const r = runner();
      await expect(r.catchUp('nope')).rejects.toMatchObject({ code: 'PROJECTION.UNKNOWN' });
      await expect(r.waitForPosition('nope', 1, 1)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('runs projections typed by a domain event union', async () => {
      type Domain = Event<'Opened', { owner: string }> | Event<'Closed', { reason: string }>;
      const typed: Projection<ReadDocument & { owner: string }, Domain> = {
        name: 'owners',
        version: 1,
        collection: 'owners',
        queries: [{ equal: [], sort: 'owner' }],
        eventTypes: ['Opened'],
        keys: (event) => [event.streamName],
        evolve: (document, event, id) => (event.type === 'Opened' ? { id, owner: event.data.owner } : document),
      };
      await events.append('shop-1', [{ type: 'Opened', data: { owner: 'ann' } }]);
      await runner([typed]).catchUp();
      expect(await allDocuments(reads, 'owners_v1')).toMatchObject([{ id: 'shop-1', owner: 'ann' }]);
    });
  });
});
