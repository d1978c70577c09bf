import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import {
  ConcurrencyError,
  ServiceUnavailableError,
  ValidationError,
  newId,
  type AppendResult,
  type EventToAppend,
  type ExpectedRevision,
  type RecordedEvent,
} from '#app/eventsourcing';
import {
  EventStore,
  type EventSubscription,
  type ReadAllOptions,
  type ReadStreamOptions,
  type SubscribeOptions,
} from '../event-store.port.js';

export interface SqliteEventStoreOptions {
  /** A file path, or ':memory:'. The parent folder is created when missing. */
  filename: string;
  /** How long a writer waits for another process's lock before giving up (ms). */
  busyTimeoutMs?: number;
  /** FULL (default) fsyncs every commit: an acknowledged append survives power loss. */
  synchronous?: 'FULL' | 'NORMAL';
  /** How often live subscriptions look for events written by other processes (ms). */
  pollIntervalMs?: number;
}

interface EventRow {
  position: number;
  event_id: string;
  stream_name: string;
  revision: number;
  type: string;
  data: string;
  metadata: string;
  created_at: string;
}

interface PendingAppend {
  streamName: string;
  events: EventToAppend[];
  expectedRevision: ExpectedRevision;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position    INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id    TEXT    NOT NULL,
  stream_name TEXT    NOT NULL,
  revision    INTEGER NOT NULL,
  type        TEXT    NOT NULL,
  data        TEXT    NOT NULL,
  metadata    TEXT    NOT NULL,
  created_at  TEXT    NOT NULL,
  UNIQUE (stream_name, revision),
  UNIQUE (stream_name, event_id)
);
`;

const BUSY_RETRIES = 3;

/**
 * The embedded event store: one SQLite file in WAL mode with durable commits.
 *
 * Group commit: appends that arrive in the same turn of the event loop are written in one
 * transaction (one fsync); each runs in its own savepoint, so each keeps its own
 * expected-revision check and its own result, and a rejected append leaves nothing behind.
 */
export class SqliteEventStore extends EventStore {
  private readonly db: Database.Database;
  private readonly appended = new EventEmitter();
  private readonly pollIntervalMs: number;
  private pending: PendingAppend[] = [];
  private flushScheduled = false;
  private flushing: Promise<void> = Promise.resolve();
  private closed = false;

  private readonly stmt: {
    streamHead: Database.Statement<[string], { revision: number | null }>;
    findEvent: Database.Statement<[string, string], { revision: number; position: number }>;
    insert: Database.Statement<[string, string, number, string, string, string, string]>;
    readForwards: Database.Statement<[string, number, number], EventRow>;
    readBackwards: Database.Statement<[string, number, number], EventRow>;
    readAll: Database.Statement<[number, number], EventRow>;
    head: Database.Statement<[], { position: number | null }>;
  };
  private readonly runBatch: (batch: PendingAppend[]) => (AppendResult | Error)[];

  constructor(options: SqliteEventStoreOptions) {
    super();
    if (options.filename !== ':memory:') mkdirSync(dirname(options.filename), { recursive: true });
    this.db = new Database(options.filename, { timeout: options.busyTimeoutMs ?? 5000 });
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    if (options.filename !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    this.db.exec(SCHEMA);
    this.appended.setMaxListeners(0);

    this.stmt = {
      streamHead: this.db.prepare('SELECT MAX(revision) AS revision FROM events WHERE stream_name = ?'),
      findEvent: this.db.prepare('SELECT revision, position FROM events WHERE stream_name = ? AND event_id = ?'),
      insert: this.db.prepare(
        'INSERT INTO events (event_id, stream_name, revision, type, data, metadata, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      readForwards: this.db.prepare(
        'SELECT * FROM events WHERE stream_name = ? AND revision >= ? ORDER BY revision ASC LIMIT ?',
      ),
      readBackwards: this.db.prepare(
        'SELECT * FROM events WHERE stream_name = ? AND revision <= ? ORDER BY revision DESC LIMIT ?',
      ),
      readAll: this.db.prepare('SELECT * FROM events WHERE position > ? ORDER BY position ASC LIMIT ?'),
      head: this.db.prepare('SELECT MAX(position) AS position FROM events'),
    };

    const appendOne = this.db.transaction((p: PendingAppend) => this.appendInSavepoint(p));
    this.runBatch = this.db.transaction((batch: PendingAppend[]) =>
      batch.map((p) => {
        try {
          return appendOne(p);
        } catch (error) {
          if (isBusy(error)) throw error;
          return error as Error;
        }
      }),
    ).immediate;
  }

  override append(
    streamName: string,
    events: EventToAppend[],
    options: { expectedRevision?: ExpectedRevision } = {},
  ): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new ServiceUnavailableError('EVENT_STORE.CLOSED', 'The event store is closed'));
    if (!streamName) return Promise.reject(new ValidationError('EVENT_STORE.INVALID_STREAM', 'A stream name is required'));
    return new Promise<AppendResult>((resolve, reject) => {
      this.pending.push({ streamName, events, expectedRevision: options.expectedRevision ?? 'any', resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => {
          this.flushing = this.flush();
        });
      }
    });
  }

  private async flush(): Promise<void> {
    this.flushScheduled = false;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    for (let attempt = 0; ; attempt++) {
      try {
        const results = this.runBatch(batch);
        batch.forEach((p, i) => {
          const r = results[i]!;
          if (r instanceof Error) p.reject(r);
          else p.resolve(r);
        });
        this.appended.emit('appended');
        return;
      } catch (error) {
        if (isBusy(error) && attempt < BUSY_RETRIES) {
          await sleep(20 * (attempt + 1));
          continue;
        }
        const translated = isBusy(error)
          ? new ServiceUnavailableError('EVENT_STORE.BUSY', 'The event store is busy; retry the request')
          : error;
        for (const p of batch) p.reject(translated);
        return;
      }
    }
  }

  private appendInSavepoint(p: PendingAppend): AppendResult {
    const current = this.stmt.streamHead.get(p.streamName)?.revision ?? null;
    const ids = p.events.map((e) => e.id ?? newId());

    const replay = this.idempotentResult(p.streamName, ids);
    if (replay) return replay;

    const expected = p.expectedRevision;
    const ok =
      expected === 'any' ||
      (expected === 'no_stream' && current === null) ||
      (expected === 'stream_exists' && current !== null) ||
      (typeof expected === 'number' && current === expected);
    if (!ok) {
      throw new ConcurrencyError(
        `Append to ${p.streamName} expected revision ${expected} but the stream is at ${current ?? 'no_stream'}`,
        expected,
        current ?? 'no_stream',
      );
    }
    let revision = current ?? -1;
    let position = 0;
    const createdAt = new Date().toISOString();
    p.events.forEach((event, i) => {
      revision += 1;
      const info = this.stmt.insert.run(
        ids[i]!,
        p.streamName,
        revision,
        event.type,
        JSON.stringify(event.data ?? null),
        JSON.stringify(event.metadata ?? {}),
        createdAt,
      );
      position = Number(info.lastInsertRowid);
    });
    if (p.events.length === 0) position = this.stmt.head.get()?.position ?? 0;
    return { nextExpectedRevision: revision, position };
  }

  /** The original result when every id is already in the stream, in order; a partial overlap is a conflict. */
  private idempotentResult(streamName: string, ids: string[]): AppendResult | undefined {
    if (ids.length === 0) return undefined;
    const found = ids.map((id) => this.stmt.findEvent.get(streamName, id));
    if (found.every((f) => f === undefined)) return undefined;
    const consecutive = found.every((f, i) => f !== undefined && f.revision === found[0]!.revision + i);
    if (!consecutive) {
      throw new ConcurrencyError(
        `Append to ${streamName} repeats some event ids already in the stream but not others`,
        'idempotent',
        this.stmt.streamHead.get(streamName)?.revision ?? 'no_stream',
        'STREAM.PARTIAL_DUPLICATE',
      );
    }
    const last = found[found.length - 1]!;
    return { nextExpectedRevision: last.revision, position: last.position };
  }

  override async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    const rows =
      options.direction === 'backwards'
        ? this.stmt.readBackwards.all(streamName, options.fromRevision ?? Number.MAX_SAFE_INTEGER, maxCount)
        : this.stmt.readForwards.all(streamName, options.fromRevision ?? 0, maxCount);
    return rows.map(toRecorded);
  }

  override async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.readAllSync(options.after ?? 0, options.maxCount ?? 1000);
  }

  private readAllSync(after: number, maxCount: number): RecordedEvent[] {
    return this.stmt.readAll.all(after, maxCount).map(toRecorded);
  }

  override async headPosition(): Promise<number> {
    return this.stmt.head.get()?.position ?? 0;
  }

  override subscribeToAll(options: SubscribeOptions = {}): EventSubscription {
    return new SqliteSubscription(
      (after, max) => this.readAllSync(after, max),
      this.appended,
      this.pollIntervalMs,
      options.after ?? 0,
    );
  }

  override async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    while (this.pending.length > 0 || this.flushScheduled) await new Promise((r) => setImmediate(r));
    await this.flushing;
    this.appended.emit('closed');
    this.db.close();
  }
}

class SqliteSubscription implements EventSubscription {
  private closed = false;
  private wake: (() => void) | undefined;
  private readonly onAppended = () => this.wake?.();
  private readonly onStoreClosed = () => {
    this.closed = true;
    this.wake?.();
  };

  constructor(
    private readonly read: (after: number, max: number) => RecordedEvent[],
    private readonly appended: EventEmitter,
    private readonly pollIntervalMs: number,
    private position: number,
  ) {
    appended.on('appended', this.onAppended);
    appended.on('closed', this.onStoreClosed);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    const batchSize = 500;
    try {
      while (!this.closed) {
        let batch: RecordedEvent[];
        try {
          batch = this.read(this.position, batchSize);
        } catch (error) {
          if (this.closed) return;
          throw error;
        }
        for (const event of batch) {
          if (this.closed) return;
          this.position = event.position;
          yield event;
        }
        if (batch.length < batchSize) await this.waitForMore();
      }
    } finally {
      this.detach();
    }
  }

  private waitForMore(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, this.pollIntervalMs);
      const self = this;
      function done() {
        clearTimeout(timer);
        self.wake = undefined;
        resolve();
      }
      this.wake = done;
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wake?.();
    this.detach();
  }

  private detach() {
    this.appended.off('appended', this.onAppended);
    this.appended.off('closed', this.onStoreClosed);
  }
}

function toRecorded(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.type,
    data: JSON.parse(row.data),
    metadata: JSON.parse(row.metadata),
    streamName: row.stream_name,
    revision: row.revision,
    position: row.position,
    createdAt: row.created_at,
  };
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT' || code === 'SQLITE_LOCKED';
}
