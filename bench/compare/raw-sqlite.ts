import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { EventToAppend } from '#app/eventsourcing';
import type { SqliteConnectionSettings } from '#app/event-store';
import { SCHEMA } from '../../libs/event-store/src/sqlite/sqlite-schema.js';
import { emptyTally, tally, type Tally } from '../support/events.js';

export interface RawRow {
  stream: string;
  revision: number;
  event: EventToAppend;
}

/**
 * The ceiling: bare better-sqlite3 statements on the store's own table, with the store's connection
 * settings (journal mode, synchronous, page size, page cache, autocheckpoint) applied and read back:
 * no checks, no promises, no batching logic.
 */
export class RawSqlite {
  readonly settings: SqliteConnectionSettings;
  private readonly db: Database.Database;
  private readonly insert: Database.Statement<[string, string, number, string, string, string, string]>;
  private readonly readData: Database.Statement<[string], string>;
  private readonly commitMany: (rows: readonly RawRow[]) => void;

  constructor(dir: string, wanted: SqliteConnectionSettings) {
    this.db = new Database(join(dir, 'raw.sqlite'));
    this.settings = applySettings(this.db, wanted);
    this.db.exec(SCHEMA);
    this.insert = this.db.prepare(
      'INSERT INTO events (event_id, stream_name, revision, type, data, metadata, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.readData = this.db.prepare<[string], string>('SELECT data FROM events WHERE stream_name = ? ORDER BY revision').pluck();
    this.commitMany = this.db.transaction((rows: readonly RawRow[]) => {
      const createdAt = new Date().toISOString();
      for (const r of rows) this.insert.run(r.event.id!, r.stream, r.revision, r.event.type, JSON.stringify(r.event.data), JSON.stringify(r.event.metadata), createdAt);
    }).immediate;
  }

  /** One transaction, one commit, for a group of rows (a single row: one commit per event). */
  append(rows: readonly RawRow[]): void {
    this.commitMany(rows);
  }

  readAndTally(stream: string): Tally {
    let state = emptyTally();
    for (const data of this.readData.all(stream)) state = tally(state, JSON.parse(data));
    return state;
  }

  close(): void {
    this.db.close();
  }
}

/** The read ceiling: bare statements on an event file a store wrote, with the store's settings. */
export class RawReader {
  private readonly db: Database.Database;
  private readonly readEvents: Database.Statement<[string], { type: string; data: string }>;
  private readonly readLog: Database.Statement<[number, number], [number, string, string]>;

  constructor(filename: string, wanted: SqliteConnectionSettings) {
    this.db = new Database(filename);
    applySettings(this.db, wanted);
    this.readEvents = this.db.prepare<[string], { type: string; data: string }>('SELECT type, data FROM events WHERE stream_name = ? ORDER BY revision');
    this.readLog = this.db.prepare<[number, number], [number, string, string]>('SELECT position, data, metadata FROM events WHERE position > ? ORDER BY position LIMIT ?').raw(true);
  }

  /** A stream's events as `{ type, data }`, parsed: what a decider folds. */
  readParsed(stream: string): { type: string; data: unknown }[] {
    return this.readEvents.all(stream).map((row) => ({ type: row.type, data: JSON.parse(row.data) as unknown }));
  }

  /** Reads the whole log in batches, parsing data and metadata; returns how many events it read. */
  readLogParsed(batchSize = 1000): number {
    let after = 0;
    let count = 0;
    for (;;) {
      const rows = this.readLog.all(after, batchSize);
      for (const [position, data, metadata] of rows) {
        JSON.parse(data);
        JSON.parse(metadata);
        after = position;
      }
      count += rows.length;
      if (rows.length < batchSize) return count;
    }
  }

  close(): void {
    this.db.close();
  }
}

/** Applies the store's settings to a connection and reads them back; refuses to measure with any other. */
function applySettings(db: Database.Database, wanted: SqliteConnectionSettings): SqliteConnectionSettings {
  db.pragma(`page_size = ${wanted.pageSize}`);
  db.pragma(`journal_mode = ${wanted.journalMode}`);
  db.pragma(`synchronous = ${wanted.synchronous}`);
  db.pragma(`cache_size = ${wanted.cacheSize}`);
  db.pragma(`wal_autocheckpoint = ${wanted.walAutocheckpoint}`);
  const read = <T>(pragma: string) => db.pragma(pragma, { simple: true }) as T;
  const actual: SqliteConnectionSettings = {
    journalMode: read<string>('journal_mode'),
    synchronous: read<number>('synchronous'),
    cacheSize: read<number>('cache_size'),
    pageSize: read<number>('page_size'),
    walAutocheckpoint: read<number>('wal_autocheckpoint'),
  };
  if (JSON.stringify(actual) !== JSON.stringify(wanted)) {
    throw new Error(`the ceiling's connection reads back ${JSON.stringify(actual)}, not the store's ${JSON.stringify(wanted)}`);
  }
  return actual;
}
