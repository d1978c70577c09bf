import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { EventToAppend } from '#app/eventsourcing';
import { emptyTally, tally, type Tally } from '../support/events.js';

/**
 * The ceiling: bare better-sqlite3 inserts into a table like the store's, WAL with synchronous=FULL,
 * no checks, no promises, no batching logic.
 */
export class RawSqlite {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement<[string, string, number, string, string, string]>;
  private readonly read: Database.Statement<[string], string>;
  private readonly commitOne: (stream: string, revision: number, event: EventToAppend) => void;
  private readonly commitMany: (rows: { stream: string; revision: number; event: EventToAppend }[]) => void;

  constructor(dir: string) {
    this.db = new Database(join(dir, 'raw.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec(`CREATE TABLE events (
      position INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL, stream_name TEXT NOT NULL, revision INTEGER NOT NULL,
      type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, UNIQUE (stream_name, revision))`);
    this.insert = this.db.prepare('INSERT INTO events (event_id, stream_name, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)');
    this.read = this.db.prepare<[string], string>('SELECT data FROM events WHERE stream_name = ? ORDER BY revision').pluck();
    const row = (stream: string, revision: number, e: EventToAppend) =>
      this.insert.run(e.id!, stream, revision, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata));
    this.commitOne = this.db.transaction(row).immediate;
    this.commitMany = this.db.transaction((rows: { stream: string; revision: number; event: EventToAppend }[]) => {
      for (const r of rows) row(r.stream, r.revision, r.event);
    }).immediate;
  }

  /** One transaction, one fsync. */
  appendOne(stream: string, revision: number, event: EventToAppend): void {
    this.commitOne(stream, revision, event);
  }

  /** One transaction (one fsync) for a whole group of appends. */
  appendGroup(rows: { stream: string; revision: number; event: EventToAppend }[]): void {
    this.commitMany(rows);
  }

  readAndFold(stream: string): Tally {
    let state = emptyTally();
    for (const data of this.read.all(stream)) state = tally(state, JSON.parse(data));
    return state;
  }

  close(): void {
    this.db.close();
  }
}
