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

  it('refuses to work once closed, with ServiceUnavailableError READ_STORE.CLOSED', async () => {
    const store = new SqliteReadStore({ filename: ':memory:' });
    await store.close();
    await expect(store.get('things', 'a')).rejects.toMatchObject({ code: 'READ_STORE.CLOSED' });
  });

  it('defaults to read.sqlite in DATA_DIR', () => {
    expect(defaultReadStoreFilename('/var/lib/salesflow')).toBe('/var/lib/salesflow/read.sqlite');
  });
});
