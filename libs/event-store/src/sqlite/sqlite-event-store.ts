import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import {
  ServiceUnavailableError,
  ValidationError,
  newId,
  type AppendOptions,
  type AppendResult,
  type EventToAppend,
  type RecordedCommand,
  type RecordedEvent,
} from '#app/eventsourcing';
import {
  EventStore,
  type EventSubscription,
  type ReadAllOptions,
  type ReadStreamOptions,
  type SubscribeOptions,
} from '../event-store.port.js';
import { SqliteAppender, type AppendOutcome, type AppendRequest, type SerializedEvent } from './sqlite-appender.js';
import { EVENT_COLUMNS, MIGRATIONS, SCHEMA, isBusy, toRecorded, type EventTuple } from './sqlite-schema.js';
import { KnownHeads } from './known-heads.js';
import { RecentLog } from './recent-log.js';
import { SqliteSnapshotStore } from './sqlite-snapshot-store.js';
import { SqliteSubscription } from './sqlite-subscription.js';
import { StreamCache } from './stream-cache.js';

export interface SqliteEventStoreOptions {
  /** A file path, or ':memory:'. The parent folder is created when missing. */
  filename: string;
  /** How long a writer waits for another process's lock before giving up (ms). */
  busyTimeoutMs?: number;
  /** FULL (default) fsyncs every commit: an acknowledged append survives power loss. */
  synchronous?: 'FULL' | 'NORMAL';
  /** How often live subscriptions look for events written by other processes (ms). */
  pollIntervalMs?: number;
  /** How many of the newest events of the log are kept parsed for the followers of the log (at least); 0 turns it off. Defaults to 10,000. */
  recentEvents?: number;
  /**
   * How many events of recently read streams are kept parsed in memory, so reading a stream again
   * only fetches what was appended since; 0 turns the cache off. Defaults to 20,000.
   */
  streamCacheSize?: number;
}

/** The settings of the store's connection, as SQLite reports them (read back, not as requested). */
export interface SqliteConnectionSettings {
  journalMode: string;
  /** 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA. */
  synchronous: number;
  /** PRAGMA cache_size: pages when positive, KiB when negative. */
  cacheSize: number;
  pageSize: number;
  walAutocheckpoint: number;
}

interface PendingAppend extends AppendRequest {
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

/**
 * better-sqlite3 waits for a lock synchronously, blocking the event loop; so each attempt waits
 * briefly and the append is retried asynchronously until busyTimeoutMs has passed.
 */
const SYNC_BUSY_WAIT_MS = 100;
/** SQLite's page cache (default 2 MiB): the stream indexes are written at random places. */
const PAGE_CACHE_KIB = 32 * 1024;

/**
 * The embedded event store: one SQLite file in WAL mode with durable commits.
 *
 * Group commit: appends that arrive in the same turn of the event loop are written in one
 * transaction (one fsync), each with its own expected-revision check and its own result; a
 * rejected append leaves nothing behind. A full `readStream` is served from a cache of parsed
 * events plus what the database holds after it, so events it returns are frozen.
 */
export class SqliteEventStore extends EventStore {
  private readonly db: Database.Database;
  private readonly appender: SqliteAppender;
  private readonly cache: StreamCache | null;
  private readonly appended = new EventEmitter();
  private readonly pollIntervalMs: number;
  private pending: PendingAppend[] = [];
  private flushScheduled = false;
  private flushing: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly busyTimeoutMs: number;
  private readonly snapshotStore: SqliteSnapshotStore;
  private readonly heads: KnownHeads;
  private readonly recent: RecentLog;

  private readonly stmt: {
    readFrom: Database.Statement<[string, number], EventTuple>;
    readForwards: Database.Statement<[string, number, number], EventTuple>;
    readBackwards: Database.Statement<[string, number, number], EventTuple>;
    readAll: Database.Statement<[number, number], EventTuple>;
    head: Database.Statement<[], number | null>;
    dataVersion: Database.Statement<[], number>;
  };

  constructor(options: SqliteEventStoreOptions) {
    super();
    if (options.filename !== ':memory:') mkdirSync(dirname(options.filename), { recursive: true });
    this.busyTimeoutMs = options.busyTimeoutMs ?? 5000;
    this.db = new Database(options.filename, { timeout: Math.min(this.busyTimeoutMs, SYNC_BUSY_WAIT_MS) });
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    if (options.filename !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    this.db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    this.db.exec(SCHEMA);
    migrate(this.db);
    this.appended.setMaxListeners(0);
    this.appender = new SqliteAppender(this.db);
    this.snapshotStore = new SqliteSnapshotStore(this.db, () => this.closed);
    const cacheSize = options.streamCacheSize ?? 20_000;
    this.cache = cacheSize > 0 ? new StreamCache(cacheSize) : null;

    const rows = <P extends unknown[]>(sql: string) => this.db.prepare<P, EventTuple>(sql).raw(true);
    this.stmt = {
      readFrom: rows(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream_name = ? AND revision >= ? ORDER BY revision ASC`),
      readForwards: rows(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream_name = ? AND revision >= ? ORDER BY revision ASC LIMIT ?`),
      readBackwards: rows(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream_name = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`),
      readAll: rows(`SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? ORDER BY position ASC LIMIT ?`),
      head: this.db.prepare<[], number | null>('SELECT MAX(position) FROM events').pluck(),
      dataVersion: this.db.prepare<[], number>('PRAGMA data_version').pluck(),
    };
    this.heads = new KnownHeads(() => this.stmt.dataVersion.get()!);
    this.recent = new RecentLog(options.recentEvents ?? 10_000, () => this.stmt.dataVersion.get()!, (after, max) => this.stmt.readAll.all(after, max).map(toRecorded));
  }

  connectionSettings(): SqliteConnectionSettings {
    const read = <T>(pragma: string) => this.db.pragma(pragma, { simple: true }) as T;
    return {
      journalMode: read<string>('journal_mode'),
      synchronous: read<number>('synchronous'),
      cacheSize: read<number>('cache_size'),
      pageSize: read<number>('page_size'),
      walAutocheckpoint: read<number>('wal_autocheckpoint'),
    };
  }

  override append(streamName: string, events: EventToAppend[], options: AppendOptions = {}): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new ServiceUnavailableError('EVENT_STORE.CLOSED', 'The event store is closed'));
    if (!streamName) return Promise.reject(new ValidationError('EVENT_STORE.INVALID_STREAM', 'A stream name is required'));
    let serialized: SerializedEvent[];
    try {
      serialized = events.map(serialize);
    } catch (error) {
      return Promise.reject(error);
    }
    if (serialized.length > 1 && new Set(serialized.map((e) => e.id)).size < serialized.length) {
      return Promise.reject(new ValidationError('EVENT_STORE.DUPLICATE_EVENT_ID', 'An append repeats an event id'));
    }
    return new Promise<AppendResult>((resolve, reject) => {
      this.pending.push({ streamName, events: serialized, expectedRevision: options.expectedRevision ?? 'any', commands: options.commands, resolve, reject });
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
    const deadline = performance.now() + this.busyTimeoutMs;
    for (let attempt = 0; ; attempt++) {
      try {
        const since = this.heads.now();
        const results = this.appender.appendBatch(batch);
        const written: RecordedEvent[] = [];
        for (let i = 0; i < batch.length; i++) {
          const result = results[i]!;
          if (result instanceof Error) {
            batch[i]!.reject(result);
          } else {
            this.remember(batch[i]!, result, since);
            if (result.createdAt !== undefined && this.recent.following()) written.push(...recordedOf(batch[i]!, result));
            batch[i]!.resolve({
              nextExpectedRevision: result.nextExpectedRevision,
              position: result.position,
              ...(result.commands ? { commands: result.commands } : {}),
            });
          }
        }
        this.recent.committed(written, since);
        this.appended.emit('appended');
        return;
      } catch (error) {
        if (isBusy(error) && performance.now() < deadline) {
          await sleep(Math.min(10 * 2 ** attempt, 250));
          continue;
        }
        this.appender.forget();
        const translated = isBusy(error)
          ? new ServiceUnavailableError('EVENT_STORE.BUSY', 'The event store is busy; retry the request')
          : error;
        for (const p of batch) p.reject(translated);
        return;
      }
    }
  }

  /** Notes the stream's new head, and adds what an append wrote to the stream cache when it holds the stream. */
  private remember(append: AppendRequest, outcome: AppendOutcome, since: number) {
    if (outcome.createdAt === undefined) return;
    this.heads.set(append.streamName, outcome.nextExpectedRevision, since);
    if (!this.cache || !this.cache.has(append.streamName)) return;
    this.cache.committed(append.streamName, recordedOf(append, outcome));
  }

  override async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const whole = options.direction !== 'backwards' && !options.fromRevision && options.maxCount === undefined;
    if (whole && this.cache) {
      return this.cache.read(streamName, this.stmt.dataVersion.get()!, (from) => this.stmt.readFrom.all(streamName, from).map(toRecorded));
    }
    const maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    if (options.direction === 'backwards') return this.stmt.readBackwards.all(streamName, options.fromRevision ?? Number.MAX_SAFE_INTEGER, maxCount).map(toRecorded);
    const from = options.fromRevision ?? 0;
    const since = this.heads.now();
    const head = this.heads.get(streamName);
    if (head !== undefined && from > head) return [];
    const rows = this.stmt.readForwards.all(streamName, from, maxCount);
    if (rows.length < maxCount && (rows.length > 0 || from === 0)) this.heads.set(streamName, rows.length > 0 ? rows[rows.length - 1]![3] : -1, since);
    return rows.map(toRecorded);
  }

  override async findCommand(commandId: string): Promise<RecordedCommand | null> {
    return this.appender.findCommand(commandId);
  }

  override get snapshots(): SqliteSnapshotStore {
    return this.snapshotStore;
  }

  override async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.readAllSync(options.after ?? 0, options.maxCount ?? 1000);
  }

  private readAllSync(after: number, maxCount: number): RecordedEvent[] {
    return this.recent.read(after, maxCount);
  }

  override async headPosition(): Promise<number> {
    return this.stmt.head.get() ?? 0;
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

/** The events an append wrote, as they read back (positions of one append are consecutive). */
function recordedOf(append: AppendRequest, outcome: AppendOutcome): RecordedEvent[] {
  const count = append.events.length;
  return append.events.map((e, i) => ({
    id: e.id,
    type: e.type,
    data: JSON.parse(e.data),
    metadata: JSON.parse(e.metadata),
    streamName: append.streamName,
    revision: outcome.nextExpectedRevision - count + 1 + i,
    position: outcome.position - count + 1 + i,
    createdAt: outcome.createdAt!,
  }));
}

/** Brings an older file up to the current schema, once per step (PRAGMA user_version). */
function migrate(db: Database.Database) {
  const version = () => db.pragma('user_version', { simple: true }) as number;
  if (version() >= MIGRATIONS.length) return;
  db.transaction(() => {
    for (let step = version(); step < MIGRATIONS.length; step++) db.exec(MIGRATIONS[step]!);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}

function serialize(event: EventToAppend): SerializedEvent {
  return {
    id: event.id ?? newId(),
    type: event.type,
    data: JSON.stringify(event.data ?? null),
    metadata: JSON.stringify(event.metadata ?? {}),
  };
}
