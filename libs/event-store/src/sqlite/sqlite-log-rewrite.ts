import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import Database from 'better-sqlite3';
import type { RecordedEvent } from '#app/eventsourcing';
import { EVENT_COLUMNS, toRecorded, type EventTuple } from './sqlite-schema.js';

/**
 * A one-off rewrite of the embedded log's stored data and metadata (a migration of events written
 * before a change), inside one exclusive transaction: other writers wait, and the rewrite is all
 * or nothing. Nothing else (ids, types, positions, revisions) can change. Run it with the API and
 * projectors stopped: their caches of the log would not know.
 */
export class SqliteLogRewrite {
  private readonly db: Database.Database;
  private readonly page;
  private readonly update;
  private open = true;

  constructor(readonly filename: string) {
    this.db = new Database(filename, { fileMustExist: true, timeout: 5000 });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.page = this.db.prepare<[number, number], EventTuple>(`SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`).raw(true);
    this.update = this.db.prepare('UPDATE events SET data = ?, metadata = ? WHERE position = ?');
    this.db.exec('BEGIN EXCLUSIVE');
  }

  /** Every event in log order, a batch at a time, yielding to the event loop between batches. */
  async *batches(size = 1000): AsyncGenerator<RecordedEvent[]> {
    for (let after = 0; ; ) {
      const rows = this.page.all(after, size);
      if (rows.length === 0) return;
      yield rows.map(toRecorded);
      after = rows.at(-1)![0];
      await yieldToEventLoop();
    }
  }

  replace(position: number, data: unknown, metadata: Record<string, unknown>): void {
    if (this.update.run(JSON.stringify(data), JSON.stringify(metadata), position).changes !== 1) throw new Error(`No event at position ${position}`);
  }

  /**
   * Commits, then rewrites the file without its free pages and empties the write-ahead log, so no
   * replaced row lingers in either; derived tables (snapshots of folded state) are emptied too.
   */
  commitAndCompact(derivedTables: readonly string[] = ['snapshots']): void {
    for (const table of derivedTables) {
      if (this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table)) this.db.exec(`DELETE FROM "${table}"`);
    }
    this.db.exec('COMMIT');
    this.open = false;
    this.db.exec('VACUUM');
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  close(): void {
    if (this.open) this.db.exec('ROLLBACK');
    this.open = false;
    this.db.close();
  }
}
