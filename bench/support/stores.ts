import { join } from 'node:path';
import { EventStore, SqliteEventStore, rawEventStore, type SqliteConnectionSettings, type SqliteEventStoreOptions } from '#app/event-store';
import { createEventStore, createReadStore, loadConfig } from '#app/platform';
import type { ReadStore } from '#app/read-store';
import { tempDir } from './paths.js';

export const BARE = 'bare SqliteEventStore';
export const PRODUCTION = 'production (createEventStore: hash chain + upcasting)';

/** The event store exactly as the API builds it on the embedded default: createEventStore with DATA_DIR = `dataDir`. */
export function productionStore(dataDir: string): EventStore {
  return createEventStore(loadConfig({ DATA_DIR: dataDir }));
}

/** The read store exactly as the API builds it on the embedded default. */
export function productionReadStore(dataDir: string): ReadStore {
  return createReadStore(loadConfig({ DATA_DIR: dataDir }));
}

/** The adapter alone, on the file the production store would use in `dataDir`. */
export function bareStore(dataDir: string, options: Partial<SqliteEventStoreOptions> = {}): SqliteEventStore {
  return new SqliteEventStore({ filename: join(dataDir, 'events.sqlite'), ...options });
}

/** The settings of the production event store's connection, read back from it (never assumed). */
export async function productionSettings(): Promise<SqliteConnectionSettings> {
  const dir = tempDir('settings');
  const store = productionStore(dir.path);
  try {
    return sqliteSettings(store);
  } finally {
    await store.close();
    dir.remove();
  }
}

function sqliteSettings(store: EventStore): SqliteConnectionSettings {
  const adapter = rawEventStore(store);
  if (!(adapter instanceof SqliteEventStore)) throw new Error('the event store is not the embedded SQLite adapter');
  return adapter.connectionSettings();
}

/** How the settings read in a table note, e.g. "WAL, synchronous=2 (FULL), cache 32,768 KiB". */
export function describeSettings(s: SqliteConnectionSettings): string {
  const synchronous = ['OFF', 'NORMAL', 'FULL', 'EXTRA'][s.synchronous] ?? String(s.synchronous);
  const cache = s.cacheSize < 0 ? `${(-s.cacheSize).toLocaleString('en-US')} KiB` : `${s.cacheSize} pages`;
  return `${s.journalMode.toUpperCase()}, synchronous=${s.synchronous} (${synchronous}), cache ${cache}`;
}
