import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventStoreContract } from '#testing/event-store';
import { SqliteEventStore } from './sqlite-event-store.js';

eventStoreContract('sqlite :memory:', async () => new SqliteEventStore({ filename: ':memory:' }));

const dir = mkdtempSync(join(tmpdir(), 'salesflow-es-'));
eventStoreContract(
  'sqlite file (WAL, synchronous=FULL)',
  async () => new SqliteEventStore({ filename: join(dir, 'events.sqlite'), pollIntervalMs: 20 }),
  async (store) => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  },
);
