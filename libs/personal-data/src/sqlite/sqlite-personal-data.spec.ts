import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { subjectKeyStoreContract } from '#testing/personal-data';
import { MasterKey, newSubjectKey } from '../crypto/master-key.js';
import { openSqlitePersonalData } from './sqlite-personal-data.js';

subjectKeyStoreContract('SQLite :memory:', async () => openSqlitePersonalData(':memory:'));

subjectKeyStoreContract('SQLite file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'salesflow-keys-'));
  return { ...openSqlitePersonalData(join(dir, 'keys.sqlite')), destroy: async () => rmSync(dir, { recursive: true, force: true }) };
});

const fileBytes = (file: string) => (existsSync(file) ? readFileSync(file) : Buffer.alloc(0));

describe('SQLite key store file', () => {
  it('keeps no byte of a destroyed key: not in the database file, not in its write-ahead log', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'salesflow-keys-'));
    const file = join(dir, 'keys.sqlite');
    const { keys, accessLog } = openSqlitePersonalData(file);
    const master = MasterKey.parse(MasterKey.generate());
    const wrapped = master.wrap('contact:p-1', newSubjectKey());
    const neighbour = master.wrap('contact:p-2', newSubjectKey());
    await keys.addMissing([
      { subjectId: 'contact:p-1', wrappedKey: wrapped, masterKeyId: master.id, createdAt: '2027-01-05T09:00:00.000Z', erasedAt: null },
      { subjectId: 'contact:p-2', wrappedKey: neighbour, masterKeyId: master.id, createdAt: '2027-01-05T09:00:00.000Z', erasedAt: null },
    ]);
    const everything = () => Buffer.concat([fileBytes(file), fileBytes(`${file}-wal`)]);
    const other = new Database(file);
    other.pragma('wal_checkpoint(TRUNCATE)');
    other.close();
    expect(fileBytes(file).includes(wrapped)).toBe(true);

    expect(await keys.destroy('contact:p-1', '2027-03-02T10:00:00.000Z')).toBe('destroyed');

    expect(everything().includes(wrapped)).toBe(false);
    expect(everything().includes(neighbour)).toBe(true);
    expect(fileBytes(`${file}-wal`).length).toBe(0);
    await keys.close();
    await accessLog.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps its write-ahead log small like the event and read stores (checkpointed every 256 pages, cut back to 2 MiB)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'salesflow-keys-'));
    const file = join(dir, 'keys.sqlite');
    const { keys, accessLog } = openSqlitePersonalData(file);
    const route = `GET /api/prospects/:prospectId ${'r'.repeat(400)}`;
    for (let batch = 0; batch < 120; batch++) {
      await accessLog.record(Array.from({ length: 100 }, (_, i) => ({ at: '2027-03-02T10:00:00.000Z', actorId: `u-${batch}-${i}`, actorRoles: ['auditor'], route, subjectId: 'contact:p-1' })));
    }
    const wal = statSync(`${file}-wal`).size;
    expect(statSync(file).size + wal).toBeGreaterThan(5 * 1024 * 1024);
    expect(wal).toBeLessThanOrEqual(2.5 * 1024 * 1024);
    await keys.close();
    await accessLog.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('SQLite key store read by several connections', () => {
  it('answers at once what another connection erased or re-wrapped, after having answered the record before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'salesflow-keys-'));
    const file = join(dir, 'keys.sqlite');
    const here = openSqlitePersonalData(file);
    const there = openSqlitePersonalData(file);
    const master = MasterKey.parse(MasterKey.generate());
    const other = MasterKey.parse(MasterKey.generate());
    const key = newSubjectKey();
    const record = (subjectId: string) => ({ subjectId, wrappedKey: master.wrap(subjectId, key), masterKeyId: master.id, createdAt: '2027-01-05T09:00:00.000Z', erasedAt: null });
    await here.keys.addMissing([record('employee:ann'), record('employee:bob')]);
    expect((await here.keys.find(['employee:ann', 'employee:bob'])).get('employee:ann')?.erasedAt).toBeNull();

    expect(await there.keys.destroy('employee:ann', '2027-03-02T10:00:00.000Z')).toBe('destroyed');
    expect(await there.keys.rewrap('employee:bob', master.id, other.wrap('employee:bob', key), other.id)).toBe(true);

    const found = await here.keys.find(['employee:ann', 'employee:bob']);
    expect(found.get('employee:ann')).toMatchObject({ wrappedKey: null, erasedAt: '2027-03-02T10:00:00.000Z' });
    expect(found.get('employee:bob')?.masterKeyId).toBe(other.id);
    for (const { keys, accessLog } of [here, there]) {
      await keys.close();
      await accessLog.close();
    }
    rmSync(dir, { recursive: true, force: true });
  });
});
