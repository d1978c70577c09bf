import { afterAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConcurrencyError, ServiceUnavailableError } from '#app/eventsourcing';
import { SqliteEventStore } from '#app/event-store';

const dir = mkdtempSync(join(tmpdir(), 'salesflow-shared-'));
const file = join(dir, 'events.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('several connections on one event-store file (API, CLI, projector)', () => {
  it('serialises concurrent appends from two connections: one winner per revision, contiguous positions', async () => {
    const a = new SqliteEventStore({ filename: file });
    const b = new SqliteEventStore({ filename: file });
    await a.append('race-1', [{ type: 'Start', data: {} }]);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).append('race-1', [{ type: 'Racer', data: { i } }], { expectedRevision: 0 })),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const o of outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected')) expect(o.reason).toBeInstanceOf(ConcurrencyError);

    await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).append(`distinct-${i}`, [{ type: 'E', data: { i } }])));
    const all = await a.readAll({ maxCount: 1000 });
    expect(all.map((e) => e.position)).toEqual(all.map((_, i) => i + 1));
    expect(await b.headPosition()).toBe(42);
    await a.close();
    await b.close();
  });

  it('answers a lock held past the busy timeout with 503-style ServiceUnavailableError, never SQLITE_BUSY, and writes nothing', async () => {
    const store = new SqliteEventStore({ filename: file, busyTimeoutMs: 50 });
    const blocker = new Database(file);
    blocker.exec('BEGIN IMMEDIATE');
    const before = blocker.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number };
    let error: unknown;
    try {
      await store.append('blocked-1', [{ type: 'E', data: {} }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect((error as ServiceUnavailableError).code).toBe('EVENT_STORE.BUSY');
    blocker.exec('ROLLBACK');
    expect((blocker.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n).toBe(before.n);
    blocker.close();
    const ok = await store.append('blocked-1', [{ type: 'E', data: {} }], { expectedRevision: 'no_stream' });
    expect(ok.nextExpectedRevision).toBe(0);
    await store.close();
  });

  it('waits out a short lock within the busy timeout', async () => {
    const store = new SqliteEventStore({ filename: file, busyTimeoutMs: 2000 });
    const blocker = new Database(file);
    blocker.exec('BEGIN IMMEDIATE');
    setTimeout(() => {
      blocker.exec('COMMIT');
      blocker.close();
    }, 100);
    const result = await store.append('waited-1', [{ type: 'E', data: {} }]);
    expect(result.nextExpectedRevision).toBe(0);
    await store.close();
  });
});
