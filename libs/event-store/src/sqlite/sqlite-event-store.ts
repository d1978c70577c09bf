import { randomUUID } from 'node:crypto';
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
  type AppendOptions,
  type AppendResult,
  type EventToAppend,
  type RecordedCommand,
  type RecordedEvent,
} from '#app/eventsourcing';
import {
  EventStore,
  type AtomicMultiAppend,
  type DenseLogNumbering,
  type EventCount,
  type StreamAppend,
  type EventSubscription,
  type ReadAllOptions,
  type ReadStreamOptions,
  type SubscribeOptions,
} from '../event-store.port.js';
import type { FollowerLogger } from '../follower/follower-lease.js';
import { SqliteAppender, type AppendOutcome, type AppendRequest, type SerializedEvent } from './sqlite-appender.js';
import { StorageEpisodes, limitWal, storageFaultOf, storageError, type WalLimits } from './sqlite-storage.js';
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
  /** Where a full disk or a read-only file system is reported, once per episode; defaults to the console. */
  logger?: FollowerLogger;
  /** How small the write-ahead log is kept (see limitWal). */
  wal?: WalLimits;
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
export class SqliteEventStore extends EventStore implements DenseLogNumbering, AtomicMultiAppend {
  /** Positions are AUTOINCREMENT rowids: 1, 2, 3 … and never reused, also after a rollback. */
  readonly densePositions = true;
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
  private readonly storage: StorageEpisodes;
  private readonly stopCheckpoints: () => void;
  private readonly snapshotStore: SqliteSnapshotStore;
  private readonly heads: KnownHeads;
  private readonly recent: RecentLog;

  private readonly stmt: {
    readFrom: Database.Statement<[string, number], EventTuple>;
    readForwards: Database.Statement<[string, number, number], EventTuple>;
    readBackwards: Database.Statement<[string, number, number], EventTuple>;
    readAll: Database.Statement<[number, number], EventTuple>;
    head: Database.Statement<[], number | null>;
    assigned: Database.Statement<[], number | null>;
    storeId: Database.Statement<[], string | undefined>;
    createStoreId: Database.Statement<[string]>;
    dataVersion: Database.Statement<[], number>;
  };

  constructor(options: SqliteEventStoreOptions) {
    super();
    if (options.filename !== ':memory:') mkdirSync(dirname(options.filename), { recursive: true });
    this.busyTimeoutMs = options.busyTimeoutMs ?? 5000;
    this.storage = new StorageEpisodes(`Event store ${options.filename}`, 'EVENT_STORE', options.logger ?? consoleLogger);
    try {
      this.db = new Database(options.filename, { timeout: Math.min(this.busyTimeoutMs, SYNC_BUSY_WAIT_MS) });
      if (options.filename !== ':memory:') this.db.pragma('journal_mode = WAL');
      this.db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
      this.db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
      this.db.exec(SCHEMA);
      migrate(this.db);
      this.stopCheckpoints = options.filename === ':memory:' ? () => undefined : limitWal(this.db, options.wal);
    } catch (error) {
      const fault = storageFaultOf(error);
      if (!fault) throw error;
      throw storageError('EVENT_STORE', fault, `the event store ${options.filename} cannot be opened for writing`);
    }
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
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
      assigned: this.db.prepare<[], number | null>("SELECT seq FROM sqlite_sequence WHERE name = 'events'").pluck(),
      storeId: this.db.prepare<[], string | undefined>(`SELECT value FROM store_meta WHERE key = 'store_id'`).pluck(),
      createStoreId: this.db.prepare<[string]>(`INSERT INTO store_meta (key, value) VALUES ('store_id', ?) ON CONFLICT (key) DO NOTHING`),
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
        this.storage.succeeded();
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
          : (this.storage.failed(error) ?? error);
        for (const p of batch) p.reject(translated);
        return;
      }
    }
  }

  /**
   * Appends to several streams in one transaction (after the appends already queued): each append
   * checked against its exact expectation, all written or none. A ConcurrencyError for any of them
   * (or a repeat of event ids already in a stream) writes nothing anywhere.
   */
  async appendMany(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    if (this.closed) throw new ServiceUnavailableError('EVENT_STORE.CLOSED', 'The event store is closed');
    const requests: AppendRequest[] = appends.map(({ streamName, events, expectedRevision, commands }) => {
      if (!streamName) throw new ValidationError('EVENT_STORE.INVALID_STREAM', 'A stream name is required');
      if (expectedRevision !== 'no_stream' && !Number.isInteger(expectedRevision)) {
        throw new ValidationError('EVENT_STORE.INVALID_EXPECTATION', 'A multi-stream append needs no_stream or a revision for every stream');
      }
      return { streamName, events: events.map(serialize), expectedRevision, commands };
    });
    if (new Set(requests.map((r) => r.streamName)).size < requests.length) throw new ValidationError('EVENT_STORE.DUPLICATE_STREAM', 'A multi-stream append names a stream twice');
    if (new Set(requests.flatMap((r) => r.events.map((e) => e.id))).size < requests.reduce((n, r) => n + r.events.length, 0)) {
      throw new ValidationError('EVENT_STORE.DUPLICATE_EVENT_ID', 'An append repeats an event id');
    }
    while (this.pending.length > 0 || this.flushScheduled) await new Promise((resolve) => setImmediate(resolve));
    await this.flushing;
    const deadline = performance.now() + this.busyTimeoutMs;
    for (let attempt = 0; ; attempt++) {
      try {
        const since = this.heads.now();
        const outcomes = this.db.transaction(() => {
          const results = this.appender.appendBatch(requests);
          // An outcome is known by its shape: errors raised in SQLite may come from another realm (a test's vm context).
          const refused = results.find((r) => typeof (r as Partial<AppendOutcome>).nextExpectedRevision !== 'number');
          if (refused) throw refused;
          const outcomes = results as AppendOutcome[];
          if (outcomes.some((r, i) => r.createdAt === undefined && requests[i]!.events.length > 0)) {
            throw new ConcurrencyError('A multi-stream append repeats events already in a stream', 'idempotent', 'no_stream', 'STREAM.PARTIAL_DUPLICATE');
          }
          return outcomes;
        }).immediate();
        outcomes.forEach((outcome, i) => this.remember(requests[i]!, outcome, since));
        if (this.recent.following()) this.recent.committed(outcomes.flatMap((outcome, i) => recordedOf(requests[i]!, outcome)), since);
        this.storage.succeeded();
        this.appended.emit('appended');
        return outcomes.map(({ nextExpectedRevision, position, commands }) => ({ nextExpectedRevision, position, ...(commands ? { commands } : {}) }));
      } catch (error) {
        this.appender.forget();
        if (isBusy(error) && performance.now() < deadline) {
          await sleep(Math.min(10 * 2 ** attempt, 250));
          continue;
        }
        if (isBusy(error)) throw new ServiceUnavailableError('EVENT_STORE.BUSY', 'The event store is busy; retry the request');
        throw this.storage.failed(error) ?? error;
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

  /** SQLite's AUTOINCREMENT counter: it keeps the highest position given, whatever was deleted since. */
  async highestAssignedPosition(): Promise<number> {
    return this.stmt.assigned.get() ?? 0;
  }

  /** A random id written into the file the first time it is asked for (by whichever process asks first). */
  override async storeId(): Promise<string> {
    const known = this.stmt.storeId.get();
    if (known !== undefined) return known;
    for (let attempt = 0; ; attempt++) {
      try {
        this.stmt.createStoreId.run(randomUUID());
        return this.stmt.storeId.get()!;
      } catch (error) {
        if (!isBusy(error) || attempt >= 20) throw isBusy(error) ? new ServiceUnavailableError('EVENT_STORE.BUSY', 'The event store is busy; retry the request') : (this.storage.failed(error) ?? error);
        await sleep(Math.min(10 * 2 ** attempt, 250));
      }
    }
  }

  /** Positions number the events 1, 2, 3 … (AUTOINCREMENT, rolled back with a refused append), so the count is the difference, exact and without reading. */
  override async countEventsAfter(after: number, _atMost?: number): Promise<EventCount> {
    return { events: Math.max(0, (this.stmt.head.get() ?? 0) - after), atLeast: false };
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
    this.stopCheckpoints();
    this.db.close();
  }
}

const consoleLogger: FollowerLogger = { log: (m) => console.log(m), warn: (m) => console.warn(m), error: (m) => console.error(m) };
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
