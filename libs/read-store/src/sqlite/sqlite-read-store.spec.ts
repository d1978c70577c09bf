import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { ServiceUnavailableError } from '#app/eventsourcing';
import { projectionRunnerScenarios, readStoreContract } from '#testing/read-store';
import { SqliteReadStore, defaultReadStoreFilename } from './sqlite-read-store.js';

const dir = mkdtempSync(join(tmpdir(), 'salesflow-rs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

readStoreContract('sqlite :memory:', async () => new SqliteReadStore({ filename: ':memory:' }));
readStoreContract('sqlite file (WAL)', async () => new SqliteReadStore({ filename: join(dir, 'contract', 'read.sqlite') }));
let fixtures = 0;
projectionRunnerScenarios('sqlite file (WAL), one connection per runner', async () => {
  const filename = join(dir, `scenario-${++fixtures}`, 'read.sqlite');
  return {
    connect: async () => new SqliteReadStore({ filename }),
    destroy: async () => rmSync(dirname(filename), { recursive: true, force: true }),
  };
});

describe('SqliteReadStore', () => {
  it('keeps documents and checkpoints in its file across reopening', async () => {
    const filename = join(dir, 'reopen.sqlite');
    const first = new SqliteReadStore({ filename });
    await first.ensureCollection('sheets', { indexes: ['total'] });
    await first.transaction((tx) => {
      tx.upsert('sheets', { id: 's1', total: 3 });
      tx.setCheckpoint('sheets-projection', 12);
    });
    await first.close();

    const second = new SqliteReadStore({ filename });
    expect(await second.get('sheets', 's1')).toEqual({ id: 's1', total: 3 });
    expect(await second.getCheckpoint('sheets-projection')).toBe(12);
    expect((await second.find('sheets', { sort: { field: 'total' } })).items).toHaveLength(1);
    await second.close();
  });

  it('uses WAL journaling for files', async () => {
    const filename = join(dir, 'wal.sqlite');
    const store = new SqliteReadStore({ filename });
    const raw = new Database(filename);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
    await store.close();
  });

  it('turns a write lock held too long by another connection into ServiceUnavailableError READ_STORE.BUSY, then recovers', async () => {
    const filename = join(dir, 'busy.sqlite');
    const store = new SqliteReadStore({ filename, busyTimeoutMs: 5, busyRetries: 1 });
    await store.ensureCollection('things');
    const other = new Database(filename);
    other.exec('BEGIN IMMEDIATE');

    const error = await store.transaction((tx) => tx.upsert('things', { id: 'a' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect((error as ServiceUnavailableError).code).toBe('READ_STORE.BUSY');
    const ddlError = await store.ensureCollection('others').catch((e: unknown) => e);
    expect((ddlError as ServiceUnavailableError).code).toBe('READ_STORE.BUSY');
    expect(await store.get('things', 'a')).toBeNull();

    other.exec('ROLLBACK');
    other.close();
    await store.transaction((tx) => tx.upsert('things', { id: 'a' }));
    expect(await store.get('things', 'a')).toEqual({ id: 'a' });
    await store.close();
  });

  it('rolls back the writes already applied when SQLite refuses a later write of the unit of work', async () => {
    const filename = join(dir, 'refused.sqlite');
    const store = new SqliteReadStore({ filename });
    await store.ensureCollection('things');
    await store.transaction((tx) => {
      tx.upsert('things', { id: 'kept', v: 1 });
      tx.setCheckpoint('things-projection', 5);
    });
    const other = new Database(filename);
    other.exec(`CREATE TRIGGER refuse_poison BEFORE INSERT ON doc_things WHEN NEW.id = 'poison' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`);
    other.close();

    const error = await store
      .transaction((tx) => {
        tx.upsert('things', { id: 'kept', v: 2 });
        tx.upsert('others', { id: 'new' });
        tx.setCheckpoint('things-projection', 9);
        tx.upsert('things', { id: 'poison' });
      })
      .catch((e: unknown) => e);
    expect((error as Error).message).toContain('refused by the test');
    expect(await store.get('things', 'kept')).toEqual({ id: 'kept', v: 1 });
    expect(await store.get('others', 'new')).toBeNull();
    expect(await store.getCheckpoint('things-projection')).toBe(5);
    await store.close();
  });

  it('commits units of work that finish together in one transaction, each kept or refused on its own', async () => {
    const filename = join(dir, 'grouped.sqlite');
    const store = new SqliteReadStore({ filename });
    await store.ensureCollection('things');
    expect(await store.tryAcquireLease('projection:a', 'me', 60_000)).toBe(true);
    expect(await store.tryAcquireLease('projection:b', 'someone-else', 60_000)).toBe(true);
    const other = new Database(filename);
    other.exec(`CREATE TRIGGER refuse_poison BEFORE INSERT ON doc_things WHEN NEW.id = 'poison' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`);
    other.close();
    const unit = (lease: string, id: string, position: number) =>
      store
        .transaction((tx) => {
          tx.requireLease(lease, 'me');
          tx.upsert('things', { id });
          tx.setCheckpoint(id, position);
        })
        .then(
          () => 'committed',
          (e: unknown) => (e as { code?: string; message: string }).code ?? (e as Error).message,
        );

    const together = await Promise.all([unit('projection:a', 'first', 1), unit('projection:b', 'second', 2), unit('projection:a', 'third', 3)]);

    expect(together).toEqual(['committed', 'READ_STORE.LEASE_LOST', 'committed']);
    expect(await store.get('things', 'first')).toEqual({ id: 'first' });
    expect(await store.get('things', 'second')).toBeNull();
    expect([await store.getCheckpoint('first'), await store.getCheckpoint('second'), await store.getCheckpoint('third')]).toEqual([1, null, 3]);

    const afterFailure = await Promise.all([unit('projection:a', 'fourth', 4), unit('projection:a', 'poison', 5), unit('projection:a', 'fifth', 6)]);

    expect(afterFailure).toEqual(['committed', 'SQLITE_CONSTRAINT_TRIGGER', 'committed']);
    expect([await store.getCheckpoint('fourth'), await store.getCheckpoint('poison'), await store.getCheckpoint('fifth')]).toEqual([4, null, 6]);
    await store.close();
  });

  it('commits the units of work still waiting when it is closed', async () => {
    const store = new SqliteReadStore({ filename: join(dir, 'closing.sqlite') });
    const written = store.transaction((tx) => tx.setCheckpoint('last', 7));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await store.close();
    await written;
    const reopened = new SqliteReadStore({ filename: join(dir, 'closing.sqlite') });
    expect(await reopened.getCheckpoint('last')).toBe(7);
    await reopened.close();
  });

  it('refuses to work once closed, with ServiceUnavailableError READ_STORE.CLOSED', async () => {
    const store = new SqliteReadStore({ filename: ':memory:' });
    await store.close();
    await expect(store.get('things', 'a')).rejects.toMatchObject({ code: 'READ_STORE.CLOSED' });
  });

  it('defaults to read.sqlite in DATA_DIR', () => {
    expect(defaultReadStoreFilename('/var/lib/salesflow')).toBe('/var/lib/salesflow/read.sqlite');
  });
});
