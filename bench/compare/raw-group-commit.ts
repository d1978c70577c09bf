import type { SqliteConnectionSettings } from '#app/event-store';
import type { EventToAppend } from '#app/eventsourcing';
import type { Tally } from '../support/events.js';
import { RawSqlite, type RawRow } from './raw-sqlite.js';

/**
 * The concurrent ceiling: raw inserts where appends arriving in the same event-loop turn share one
 * transaction, the store's own group commit without its checks.
 */
export class RawGroupCommit {
  private readonly raw: RawSqlite;
  private queue: (RawRow & { done: () => void })[] = [];

  constructor(dir: string, settings: SqliteConnectionSettings) {
    this.raw = new RawSqlite(dir, settings);
  }

  append(stream: string, revision: number, event: EventToAppend): Promise<void> {
    return new Promise((done) => {
      if (this.queue.length === 0) setImmediate(() => this.flush());
      this.queue.push({ stream, revision, event, done });
    });
  }

  readAndTally(stream: string): Tally {
    return this.raw.readAndTally(stream);
  }

  close(): void {
    this.raw.close();
  }

  private flush() {
    const group = this.queue;
    this.queue = [];
    this.raw.append(group);
    for (const g of group) g.done();
  }
}
