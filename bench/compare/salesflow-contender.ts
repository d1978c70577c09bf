import { join } from 'node:path';
import { SqliteEventStore } from '#app/event-store';
import type { EventToAppend } from '#app/eventsourcing';
import { emptyTally, tally, type Tally } from '../support/events.js';
import type { Contender } from './contender.js';
import { RawSqlite } from './raw-sqlite.js';

export class SalesflowContender implements Contender {
  readonly name = 'salesflow SqliteEventStore';
  private readonly store: SqliteEventStore;

  constructor(dir: string) {
    this.store = new SqliteEventStore({ filename: join(dir, 'salesflow.sqlite'), synchronous: 'FULL' });
  }

  async append(stream: string, revision: number, event: EventToAppend): Promise<void> {
    await this.store.append(stream, [event], { expectedRevision: revision === 0 ? 'no_stream' : revision - 1 });
  }

  async readAndFold(stream: string): Promise<Tally> {
    let state = emptyTally();
    for (const e of await this.store.readStream(stream)) state = tally(state, e.data);
    return state;
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

/**
 * The ceiling: bare inserts, no checks; appends arriving in the same event-loop turn share one
 * transaction (so concurrent callers get group commit for free, like the store).
 */
export class RawSqliteContender implements Contender {
  readonly name = 'raw better-sqlite3 (ceiling)';
  private readonly raw: RawSqlite;
  private queue: { stream: string; revision: number; event: EventToAppend; done: () => void }[] = [];

  constructor(dir: string) {
    this.raw = new RawSqlite(dir);
  }

  append(stream: string, revision: number, event: EventToAppend): Promise<void> {
    return new Promise((done) => {
      if (this.queue.length === 0) setImmediate(() => this.flush());
      this.queue.push({ stream, revision, event, done });
    });
  }

  private flush() {
    const group = this.queue;
    this.queue = [];
    this.raw.appendGroup(group);
    for (const g of group) g.done();
  }

  async readAndFold(stream: string): Promise<Tally> {
    return this.raw.readAndFold(stream);
  }

  async close(): Promise<void> {
    this.raw.close();
  }
}
