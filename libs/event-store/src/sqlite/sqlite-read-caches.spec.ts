import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RecordedEvent } from '#app/eventsourcing';
import { RecentLog } from './recent-log.js';
import { SqliteEventStore } from './sqlite-event-store.js';

function commitLocally(log: RecordedEvent[], position: number, recent: RecentLog) {
  log.push(event(position));
  recent.committed([event(position)], 1);
}

const event = (position: number): RecordedEvent => ({ id: `e${position}`, type: 'T', data: { n: position }, metadata: {}, streamName: 's-1', revision: position - 1, position, createdAt: '' });

describe('RecentLog', () => {
  function setUp(capacity = 100) {
    const log: RecordedEvent[] = [];
    let version = 1;
    const queries: [number, number][] = [];
    const recent = new RecentLog(capacity, () => version, (after, max) => {
      queries.push([after, max]);
      return log.filter((e) => e.position > after).slice(0, max).map((e) => ({ ...e }));
    });
    return { log, recent, queries, commitElsewhere: (n: number) => { log.push(event(n)); version++; } };
  }

  it('answers readers of the same batch from memory, once the first has read it to the head', () => {
    const { log, recent, queries } = setUp();
    for (let p = 1; p <= 5; p++) log.push(event(p));
    const first = recent.read(0, 10);
    expect(first.map((e) => e.position)).toEqual([1, 2, 3, 4, 5]);
    expect(recent.read(0, 10)).toEqual(first);
    expect(recent.read(2, 2).map((e) => e.position)).toEqual([3, 4]);
    expect(recent.read(5, 10)).toEqual([]);
    expect(queries).toEqual([[0, 10]]);
    expect(Object.isFrozen(first[0]!.data)).toBe(true);
  });

  it('asks the database again once another connection committed, which may also have edited what it held', () => {
    const { log, recent, queries, commitElsewhere } = setUp();
    for (let p = 1; p <= 3; p++) log.push(event(p));
    recent.read(0, 10);
    log[0] = { ...event(1), data: { n: 'edited' } };
    commitElsewhere(4);
    expect(recent.read(0, 10).map((e) => e.data)).toEqual([{ n: 'edited' }, { n: 2 }, { n: 3 }, { n: 4 }]);
    expect(recent.read(3, 10).map((e) => e.position)).toEqual([4]);
    expect(queries).toEqual([[0, 10], [0, 10]]);
  });

  it('keeps nothing of a read that did not reach the head, and asks only for what follows what it holds', () => {
    const { log, recent, queries } = setUp();
    for (let p = 1; p <= 5; p++) log.push(event(p));
    recent.read(0, 3);
    recent.read(0, 3);
    expect(queries).toEqual([[0, 3], [0, 3]]);
    recent.read(3, 10);
    commitLocally(log, 6, recent);
    expect(recent.read(4, 10).map((e) => e.position)).toEqual([5, 6]);
    expect(queries).toEqual([[0, 3], [0, 3], [3, 10]]);
  });

  it('adds what this connection committed while it held the head, and nothing otherwise', () => {
    const { log, recent, queries, commitElsewhere } = setUp();
    log.push(event(1));
    recent.read(0, 10);
    log.push(event(2));
    recent.committed([event(2)], 1);
    expect(recent.read(1, 10).map((e) => e.position)).toEqual([2]);
    expect(queries).toHaveLength(1);
    commitElsewhere(3);
    log.push(event(4));
    recent.committed([event(4)], 2);
    expect(recent.read(2, 10).map((e) => e.position)).toEqual([3, 4]);
    expect(queries).toHaveLength(2);
  });

  it('serves an older range from the database without losing the newest stretch', () => {
    const { log, recent, queries } = setUp(2);
    for (let p = 1; p <= 8; p++) log.push(event(p));
    recent.read(4, 10);
    expect(recent.read(0, 2).map((e) => e.position)).toEqual([1, 2]);
    expect(recent.read(6, 10).map((e) => e.position)).toEqual([7, 8]);
    expect(queries).toEqual([[4, 10], [0, 2]]);
  });

  it('drops the oldest events beyond twice its capacity', () => {
    const { log, recent, queries } = setUp(2);
    log.push(event(1));
    recent.read(0, 10);
    for (let p = 2; p <= 6; p++) commitLocally(log, p, recent);
    expect(recent.read(3, 10).map((e) => e.position)).toEqual([4, 5, 6]);
    expect(queries).toHaveLength(1);
    expect(recent.read(1, 10).map((e) => e.position)).toEqual([2, 3, 4, 5, 6]);
    expect(queries).toHaveLength(2);
  });
});

describe('SqliteEventStore with another connection on its file: what it remembers never hides what that one wrote', () => {
  const dir = mkdtempSync(join(tmpdir(), 'salesflow-recent-'));
  const filename = join(dir, 'events.sqlite');
  const a = new SqliteEventStore({ filename });
  const b = new SqliteEventStore({ filename });
  afterAll(async () => {
    await a.close();
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives every reader every event in order, whichever connection appended it', async () => {
    await a.append('s-1', [{ type: 'A', data: {} }]);
    const seen = await a.readAll({ after: 0 });
    await a.append('s-1', [{ type: 'B', data: {} }]);
    await b.append('s-2', [{ type: 'C', data: {} }]);
    await a.append('s-1', [{ type: 'D', data: {} }]);
    const after = seen.at(-1)!.position;
    expect((await a.readAll({ after })).map((e) => e.type)).toEqual(['B', 'C', 'D']);
    expect((await a.readAll({ after })).map((e) => e.type)).toEqual(['B', 'C', 'D']);
    expect((await b.readAll({ after })).map((e) => e.type)).toEqual(['B', 'C', 'D']);
  });

  it('sees what another connection appended after this one wrote or read the stream to its end', async () => {
    await a.append('plan-1', [{ type: 'A', data: {} }]);
    expect(await a.readStream('plan-1', { fromRevision: 1 })).toEqual([]);
    await b.append('plan-1', [{ type: 'B', data: {} }], { expectedRevision: 0 });
    expect((await a.readStream('plan-1', { fromRevision: 1, maxCount: 10 })).map((e) => e.type)).toEqual(['B']);
    expect(await a.readStream('plan-1', { fromRevision: 2, maxCount: 10 })).toEqual([]);
    await b.append('plan-1', [{ type: 'C', data: {} }], { expectedRevision: 1 });
    expect((await a.readStream('plan-1', { fromRevision: 2 })).map((e) => e.type)).toEqual(['C']);
  });

  it('sees a stream another connection created after this one found it missing', async () => {
    expect(await a.readStream('plan-2', { fromRevision: 0, maxCount: 5 })).toEqual([]);
    await b.append('plan-2', [{ type: 'A', data: {} }], { expectedRevision: 'no_stream' });
    expect((await a.readStream('plan-2', { fromRevision: 0, maxCount: 5 })).map((e) => e.type)).toEqual(['A']);
  });
});
