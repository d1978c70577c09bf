import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import { SqliteEventStore } from '#app/event-store';
import { CrashingReadStore } from '../testing/crashing-read-store.js';
import { allDocuments, appendTypes, positionsOf, quietLogger } from '../testing/projection-test-kit.js';
import { streamCounter, type StreamCount } from '../testing/stream-counter.projection.js';
import { SqliteReadStore } from '../sqlite/sqlite-read-store.js';
import type { Projection } from './projection.js';
import { ProjectionRunner, type ProjectionRunnerOptions } from './projection-runner.js';

const NAME = 'stream-counter';
const v1 = streamCounter();
const v2 = streamCounter({ version: 2, eventTypes: ['Noted'] });

describe('ProjectionRunner: rebuilds', () => {
  let events: SqliteEventStore;
  let reads: SqliteReadStore;
  let runners: ProjectionRunner[];
  const runner = (projection: Projection, options: ProjectionRunnerOptions = {}) => {
    const r = new ProjectionRunner(events, reads, [projection], { logger: quietLogger(), batchSize: 3, ...options });
    runners.push(r);
    return r;
  };
  const documents = (collection: string) => allDocuments<StreamCount>(reads, collection);
  const total = (docs: StreamCount[]) => docs.reduce((sum, d) => sum + d.count, 0);
  const countsById = (docs: StreamCount[]) => Object.fromEntries(docs.map((d) => [d.id, d.count]));

  beforeEach(async () => {
    events = new SqliteEventStore({ filename: ':memory:' });
    reads = new SqliteReadStore({ filename: ':memory:' });
    runners = [];
    for (let i = 0; i < 10; i++) await appendTypes(events, `order-${i % 3}`, i < 3 ? 'Opened' : 'Noted');
  });
  afterEach(async () => {
    for (const r of runners) await r.stop();
    await events.close();
    await reads.close();
  });

  it('builds a new version into <collection>_v2 while v1 keeps serving its complete data, then switches, keeping v1 complete until the next start drops it', async () => {
    await runner(v1).catchUp();
    const v1Documents = await documents('stream_counts_v1');
    expect(countsById(v1Documents)).toEqual({ 'order-0': 4, 'order-1': 3, 'order-2': 3 });
    const r = runner(v2);
    const progress: { processed: number; total: number; eventsPerSecond: number }[] = [];
    const served: { collection: string; docs: StreamCount[] }[] = [];
    const statuses: unknown[] = [];

    await r.rebuild(NAME, {
      onProgress: async (processed, total, eventsPerSecond) => {
        progress.push({ processed, total, eventsPerSecond });
        const collection = await r.activeCollection(NAME);
        served.push({ collection, docs: await documents(collection) });
        statuses.push((await r.status())[0]);
      },
    });

    const head = await events.headPosition();
    expect(progress.length).toBeGreaterThanOrEqual(4);
    expect(progress.map((p) => p.processed)).toEqual([...progress.map((p) => p.processed)].sort((a, b) => a - b));
    expect(progress.at(-1)).toMatchObject({ processed: head, total: head });
    for (const p of progress) expect(p.eventsPerSecond).toBeGreaterThan(0);
    for (const s of served) expect(s).toEqual({ collection: 'stream_counts_v1', docs: v1Documents });
    expect(statuses[0]).toMatchObject({ version: 2, activeVersion: 1, rebuilding: true, rebuild: { collection: 'stream_counts_v2', version: 2 } });

    expect(await r.activeCollection(NAME)).toBe('stream_counts_v2');
    expect(countsById(await documents('stream_counts_v2'))).toEqual({ 'order-0': 3, 'order-1': 2, 'order-2': 2 });
    expect(await documents('stream_counts_v1')).toEqual(v1Documents);
    expect((await r.status())[0]).toMatchObject({ activeCollection: 'stream_counts_v2', activeVersion: 2, lag: 0, rebuilding: false, rebuild: null });

    await runner(v2).catchUp();
    expect(await reads.count('stream_counts_v1')).toBe(0);
    expect(countsById(await documents('stream_counts_v2'))).toEqual({ 'order-0': 3, 'order-1': 2, 'order-2': 2 });
  });

  it('starts the build of a bumped version by itself when started, and keeps the new version live after the switch', async () => {
    await runner(v1).catchUp();
    const r = runner(v2, { pollIntervalMs: 5 });
    await r.start();

    for (let attempt = 0; (await r.activeCollection(NAME)) !== 'stream_counts_v2'; attempt++) {
      expect(attempt).toBeLessThan(2000);
      await sleep(5);
    }
    const position = await appendTypes(events, 'order-0', 'Noted');

    expect((await r.waitForPosition(NAME, position, 10_000)).reached).toBe(true);
    expect((await reads.get<StreamCount>('stream_counts_v2', 'order-0'))?.count).toBe(4);
  });

  it('rebuilds the same version into a fresh collection while the live runner keeps the active one current', async () => {
    const r = runner(v1, { batchSize: 2, pollIntervalMs: 5 });
    await r.start();
    expect((await r.waitForPosition(NAME, await events.headPosition(), 10_000)).reached).toBe(true);
    const before = total(await documents('stream_counts_v1'));
    const served: { collection: string; total: number }[] = [];
    let appendedDuringRebuild = 0;

    await r.rebuild(NAME, {
      onProgress: async () => {
        if (appendedDuringRebuild < 3) {
          await appendTypes(events, `order-${appendedDuringRebuild}`, 'Noted');
          appendedDuringRebuild++;
        }
        const collection = await r.activeCollection(NAME);
        served.push({ collection, total: total(await documents(collection)) });
      },
    });

    expect(appendedDuringRebuild).toBe(3);
    expect(served.length).toBeGreaterThanOrEqual(3);
    for (const s of served) {
      expect(s.collection).toBe('stream_counts_v1');
      expect(s.total).toBeGreaterThanOrEqual(before);
    }
    expect(await r.activeCollection(NAME)).toBe('stream_counts_v1_r1');
    expect((await r.waitForPosition(NAME, await events.headPosition(), 10_000)).reached).toBe(true);
    const rebuilt = await documents('stream_counts_v1_r1');
    expect(rebuilt.flatMap((d) => d.positions).sort((a, b) => a - b)).toEqual(await positionsOf(events, ['Opened', 'Noted', 'Closed']));
    expect(total(rebuilt)).toBe(before + 3);
    expect(await reads.count('stream_counts_v1')).toBeGreaterThan(0);
    await r.stop();
    await runner(v1).catchUp();
    expect(await reads.count('stream_counts_v1')).toBe(0);
  });

  it('resumes an interrupted build from its checkpoint instead of starting over', async () => {
    await runner(v1).catchUp();
    const doomed = new ProjectionRunner(events, new CrashingReadStore(reads, 3), [v2], { logger: quietLogger(), batchSize: 3 });
    await expect(doomed.rebuild(NAME)).rejects.toThrow('simulated crash while committing batch 3');

    const sixth = (await positionsOf(events, ['Opened', 'Noted']))[5]!;
    const r = runner(v2);
    expect((await r.status())[0]).toMatchObject({ activeCollection: 'stream_counts_v1', rebuilding: true, rebuild: { collection: 'stream_counts_v2', checkpoint: sixth } });
    expect(total(await documents('stream_counts_v1'))).toBe(10);

    const progress: [number, number][] = [];
    await r.rebuild(NAME, { onProgress: (processed, total) => void progress.push([processed, total]) });

    const left = (await events.readAll({ after: sixth, maxCount: 1000 })).length;
    expect(progress.map(([, total]) => total)).toEqual(progress.map(() => left));
    expect(progress.at(-1)).toEqual([left, left]);
    expect(await r.activeCollection(NAME)).toBe('stream_counts_v2');
    const rebuilt = await documents('stream_counts_v2');
    expect(rebuilt.flatMap((d) => d.positions).sort((a, b) => a - b)).toEqual(await positionsOf(events, ['Noted']));
  });

  it('drops the parking records of the old collection and parks anew in the rebuilt one', async () => {
    await events.append('order-1', [{ type: 'Noted', data: { text: 'bad', poison: true } }]);
    const r = runner(v1);
    await r.catchUp();
    expect((await r.listParked()).map((p) => p.collection)).toEqual(['stream_counts_v1']);

    await r.rebuild(NAME);

    expect((await r.listParked()).map((p) => p.collection)).toEqual(['stream_counts_v1_r1']);
  });
});
