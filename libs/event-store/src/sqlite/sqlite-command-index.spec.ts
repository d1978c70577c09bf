import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { commandIndexContract, snapshotStoreContract } from '#testing/event-store';
import { auditedEventStore } from '../integrity/audited-event-store.js';
import { SqliteEventStore } from './sqlite-event-store.js';

const dir = mkdtempSync(join(tmpdir(), 'salesflow-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

for (const contract of [commandIndexContract, snapshotStoreContract]) {
  contract('sqlite :memory:', async () => new SqliteEventStore({ filename: ':memory:' }));
  contract('sqlite file (WAL, synchronous=FULL)', async () => new SqliteEventStore({ filename: join(dir, `${contract.name}.sqlite`), pollIntervalMs: 20 }));
  contract('audited store (integrity + upcasting) over sqlite', async () => auditedEventStore(new SqliteEventStore({ filename: ':memory:' })));
}

describe('SqliteEventStore command index on a file written before it existed', () => {
  it('indexes the command ids already in the events once, when the file is first opened', async () => {
    const filename = join(dir, 'old.sqlite');
    const old = new Database(filename);
    old.exec(`CREATE TABLE events (position INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL, stream_name TEXT NOT NULL,
      revision INTEGER NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE (stream_name, revision))`);
    const insert = old.prepare('INSERT INTO events (event_id, stream_name, revision, type, data, metadata, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    insert.run('e0', 'plan-1', 0, 'A', '{}', JSON.stringify({ commandId: 'c1', requestHash: 'h1' }), '2027-01-01T00:00:00.000Z');
    insert.run('e1', 'plan-1', 1, 'B', '{}', JSON.stringify({ commandId: 'c1', requestHash: 'h1' }), '2027-01-01T00:00:00.000Z');
    insert.run('e2', 'plan-1', 2, 'C', '{}', JSON.stringify({ actorId: 'no command' }), '2027-01-01T00:00:00.000Z');
    old.close();

    const store = new SqliteEventStore({ filename });
    expect(await store.findCommand('c1')).toEqual({ commandId: 'c1', streamName: 'plan-1', requestHash: 'h1', outcome: { firstRevision: 0, lastRevision: 1, position: 2 } });
    await store.close();
    const db = new Database(filename);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare('SELECT COUNT(*) FROM commands').pluck().get()).toBe(1);
    db.close();
  });
});
