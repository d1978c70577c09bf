import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { ServiceUnavailableError } from '#app/eventsourcing';
import {
  assertCollectionName,
  assertFieldName,
  assertId,
  assertLease,
  assertLeaseTerms,
  encodeCursor,
  idChunks,
  leaseLostError,
  validateCountLimit,
  validateFilter,
  validateQuery,
  type CursorPosition,
  type ValidFilter,
  type ValidQuery,
} from '../read-query.js';
import {
  ReadStore,
  type CollectionDefinition,
  type FieldValue,
  type Lease,
  type Page,
  type ReadDocument,
  type ReadFilter,
  type ReadQuery,
  type ReadStoreTransaction,
} from '../read-store.port.js';
import { UnitOfWork, type WriteOperation } from '../unit-of-work.js';

export interface SqliteReadStoreOptions {
  /** A file path, or ':memory:'. Defaults to `<DATA_DIR>/read.sqlite` (DATA_DIR defaults to `./data`). */
  filename?: string;
  /**
   * How long one attempt waits for another connection's write lock (ms). better-sqlite3 waits
   * synchronously, so this is kept short and the attempt is retried asynchronously instead.
   */
  busyTimeoutMs?: number;
  /** Further attempts after a busy one, with growing pauses, before ServiceUnavailableError. */
  busyRetries?: number;
  /** NORMAL (default): read models can be rebuilt, and documents and checkpoint stay consistent either way. */
  synchronous?: 'FULL' | 'NORMAL';
  /**
   * The clock that decides lease expiry (ms since the epoch); defaults to this machine's. Every
   * process sharing the file runs on this machine, so they all judge expiry by the same clock.
   */
  clock?: () => number;
}

type SqlValue = string | number | null;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS read_collections (
  name    TEXT PRIMARY KEY,
  indexes TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS read_checkpoints (
  name     TEXT PRIMARY KEY,
  position INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS read_leases (
  name       TEXT PRIMARY KEY,
  holder     TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
`;

const MAX_CACHED_STATEMENTS = 500;

export function defaultReadStoreFilename(dataDir = process.env['DATA_DIR'] ?? 'data'): string {
  return join(dataDir, 'read.sqlite');
}

/**
 * The embedded read store: one table per collection holding each document as JSON, with an
 * expression index on `json_extract(body, '$.<field>'), id` per declared field, so sorting with the
 * id tiebreak and keyset pagination are index scans. Its own SQLite file, in WAL mode.
 */
export class SqliteReadStore extends ReadStore {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly busyRetries: number;
  private readonly clock: () => number;
  private closed = false;

  constructor(options: SqliteReadStoreOptions = {}) {
    super();
    const filename = options.filename ?? defaultReadStoreFilename();
    this.busyRetries = options.busyRetries ?? 5;
    this.clock = options.clock ?? Date.now;
    try {
      if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
      this.db = new Database(filename, { timeout: options.busyTimeoutMs ?? 200 });
      if (filename !== ':memory:') this.db.pragma('journal_mode = WAL');
      this.db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
      this.db.exec(SCHEMA);
    } catch (error) {
      throw isBusy(error) ? busyError() : error;
    }
  }

  override async ensureCollection(name: string, definition: CollectionDefinition = {}): Promise<void> {
    assertCollectionName(name);
    const fields = [...new Set((definition.indexes ?? []).map(assertFieldName))].filter((f) => f !== 'id');
    await this.attempt(() =>
      this.db.transaction(() => {
        this.createTable(name);
        for (const field of fields) {
          this.db.exec(`CREATE INDEX IF NOT EXISTS ${quote(`ix_${name}__${field}`)} ON ${table(name)} (${fieldExpr(field)}, id)`);
        }
        const declared = new Set([...this.indexedFields(name), ...fields]);
        this.stmt('UPDATE read_collections SET indexes = ? WHERE name = ?').run(JSON.stringify([...declared].sort()), name);
      }).immediate(),
    );
  }

  override async dropCollection(name: string): Promise<void> {
    assertCollectionName(name);
    await this.attempt(() =>
      this.db.transaction(() => {
        this.db.exec(`DROP TABLE IF EXISTS ${table(name)}`);
        this.stmt('DELETE FROM read_collections WHERE name = ?').run(name);
      }).immediate(),
    );
    for (const sql of this.statements.keys()) if (sql.includes(table(name))) this.statements.delete(sql);
  }

  override async get<T extends ReadDocument = ReadDocument>(collection: string, id: string): Promise<T | null> {
    assertCollectionName(collection);
    assertId(id);
    return this.attempt(() => {
      const row = this.readRows<{ body: string }>(collection, `SELECT body FROM ${table(collection)} WHERE id = ?`, [id])[0];
      return row ? (JSON.parse(row.body) as T) : null;
    });
  }

  override async getMany<T extends ReadDocument = ReadDocument>(collection: string, ids: readonly string[]): Promise<T[]> {
    assertCollectionName(collection);
    ids.forEach(assertId);
    const found: T[] = [];
    for (const chunk of idChunks(ids)) {
      const rows = await this.attempt(() => this.readRows<{ body: string }>(collection, `SELECT body FROM ${table(collection)} WHERE id IN (SELECT value FROM json_each(?))`, [JSON.stringify(chunk)]));
      found.push(...rows.map((row) => JSON.parse(row.body) as T));
    }
    return found;
  }

  override async find<T extends ReadDocument = ReadDocument>(collection: string, query: ReadQuery = {}): Promise<Page<T>> {
    assertCollectionName(collection);
    return this.attempt(() => {
      const q = validateQuery(query, this.indexedFields(collection));
      const rows: { id: string; body: string; sort_value: FieldValue }[] = [];
      for (const { sql, params } of pageQueries(collection, q)) {
        if (rows.length > q.limit) break;
        rows.push(...this.readRows<(typeof rows)[number]>(collection, sql, [...params, q.limit + 1 - rows.length]));
      }
      const last = rows.length > q.limit ? rows[q.limit - 1] : undefined;
      return {
        items: rows.slice(0, q.limit).map((row) => JSON.parse(row.body) as T),
        nextCursor: last ? encodeCursor(q.sort, { value: q.sort.field === 'id' ? null : last.sort_value, id: last.id }) : null,
      };
    });
  }

  override async count(collection: string, filter: ReadFilter = {}, limit?: number): Promise<number> {
    assertCollectionName(collection);
    const most = validateCountLimit(limit);
    return this.attempt(() => {
      const { clauses, params } = whereClauses(validateFilter(filter, this.indexedFields(collection)));
      const sql = `SELECT COUNT(*) AS n FROM (SELECT 1 FROM ${table(collection)}${clauses.length ? ` WHERE ${clauses.join(' AND ')}` : ''} LIMIT ?)`;
      return this.readRows<{ n: number }>(collection, sql, [...params, most])[0]?.n ?? 0;
    });
  }

  override async transaction<R>(work: (tx: ReadStoreTransaction) => Promise<R> | R): Promise<R> {
    this.assertOpen();
    const unit = new UnitOfWork();
    let result: R;
    try {
      result = await work(unit);
    } finally {
      unit.close();
    }
    if (unit.operations.length > 0) await this.attempt(() => this.db.transaction(() => this.apply(unit.operations)).immediate());
    return result;
  }

  override async getCheckpoint(name: string): Promise<number | null> {
    const row = await this.attempt(() => this.stmt('SELECT position FROM read_checkpoints WHERE name = ?').get(name) as { position: number } | undefined);
    return row?.position ?? null;
  }

  override async tryAcquireLease(name: string, holder: string, ttlMs: number): Promise<boolean> {
    assertLease(name, holder);
    assertLeaseTerms(ttlMs);
    const { changes } = await this.attempt(() => {
      const now = this.clock();
      return this.stmt(
        `INSERT INTO read_leases (name, holder, expires_at) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
         WHERE read_leases.holder = excluded.holder OR read_leases.expires_at <= ?`,
      ).run(name, holder, now + ttlMs, now);
    });
    return changes === 1;
  }

  override async releaseLease(name: string, holder: string): Promise<void> {
    assertLease(name, holder);
    await this.attempt(() => this.stmt('DELETE FROM read_leases WHERE name = ? AND holder = ?').run(name, holder));
  }

  override async getLease(name: string): Promise<Lease | null> {
    const row = await this.attempt(
      () => this.stmt('SELECT holder, expires_at FROM read_leases WHERE name = ?').get(name) as { holder: string; expires_at: number } | undefined,
    );
    return row ? { name, holder: row.holder, expiresAt: row.expires_at } : null;
  }

  override async ping(): Promise<void> {
    await this.attempt(() => this.stmt('SELECT 1').get());
  }

  override async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.statements.clear();
    this.db.close();
  }

  private apply(operations: WriteOperation[]) {
    const existing = new Set<string>();
    const ensure = (collection: string) => {
      if (!existing.has(collection)) this.createTable(collection);
      existing.add(collection);
    };
    for (const op of operations) {
      switch (op.kind) {
        case 'upsert':
          ensure(op.collection);
          this.stmt(`INSERT INTO ${table(op.collection)} (id, body) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body`).run(op.id, op.json);
          break;
        case 'delete':
          if (existing.has(op.collection) || this.tableExists(op.collection)) {
            existing.add(op.collection);
            this.stmt(`DELETE FROM ${table(op.collection)} WHERE id = ?`).run(op.id);
          }
          break;
        case 'checkpoint':
          this.stmt('INSERT INTO read_checkpoints (name, position) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET position = excluded.position').run(
            op.name,
            op.position,
          );
          break;
        case 'lease': {
          const row = this.stmt('SELECT holder FROM read_leases WHERE name = ?').get(op.name) as { holder: string } | undefined;
          if (row?.holder !== op.holder) throw leaseLostError(op.name, op.holder);
          break;
        }
        default: {
          const never: never = op;
          throw new Error(`Unknown write ${JSON.stringify(never)}`);
        }
      }
    }
  }

  private createTable(name: string) {
    this.stmt(`CREATE TABLE IF NOT EXISTS ${table(name)} (id TEXT PRIMARY KEY, body TEXT NOT NULL)`).run();
    this.stmt(`INSERT INTO read_collections (name, indexes) VALUES (?, '[]') ON CONFLICT (name) DO NOTHING`).run(name);
  }

  private tableExists(name: string): boolean {
    return this.stmt(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(`doc_${name}`) !== undefined;
  }

  private indexedFields(collection: string): ReadonlySet<string> {
    const row = this.stmt('SELECT indexes FROM read_collections WHERE name = ?').get(collection) as { indexes: string } | undefined;
    return new Set(row ? (JSON.parse(row.indexes) as string[]) : []);
  }

  /** Rows of a read on a collection's table; a collection that does not exist reads as empty. */
  private readRows<Row>(collection: string, sql: string, params: SqlValue[]): Row[] {
    try {
      return this.stmt(sql).all(...params) as Row[];
    } catch (error) {
      if (isMissingTable(error, collection)) return [];
      throw error;
    }
  }

  private stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size >= MAX_CACHED_STATEMENTS) this.statements.clear();
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private async attempt<T>(operation: () => T): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      this.assertOpen();
      try {
        return operation();
      } catch (error) {
        if (!isBusy(error)) throw error;
        if (attempt >= this.busyRetries) throw busyError();
        await sleep(50 * 2 ** attempt);
      }
    }
  }

  private assertOpen() {
    if (this.closed) throw new ServiceUnavailableError('READ_STORE.CLOSED', 'The read store is closed');
  }
}

/**
 * The order is split into the documents where the sort field is null or missing (first when
 * ascending) and the others, each read with a condition the index can seek to, so a page never
 * sorts more than it returns.
 */
function pageQueries(collection: string, q: ValidQuery): { sql: string; params: SqlValue[] }[] {
  const asc = q.sort.direction === 'asc';
  const direction = asc ? 'ASC' : 'DESC';
  const cmp = asc ? '>' : '<';
  const key = fieldExpr(q.sort.field);
  const after = q.after;
  const segment = (conditions: string[], conditionParams: SqlValue[], orderBy: string) => {
    const { clauses, params } = whereClauses(q);
    clauses.push(...conditions);
    params.push(...conditionParams);
    const where = clauses.length ? ` WHERE ${clauses.join(' AND ')}` : '';
    return { sql: `SELECT id, body, ${key} AS sort_value FROM ${table(collection)}${where} ORDER BY ${orderBy} LIMIT ?`, params };
  };
  if (q.sort.field === 'id') return [segment(after ? [`id ${cmp} ?`] : [], after ? [after.id] : [], `id ${direction}`)];

  const nulls = (afterId?: string) => segment([`${key} IS NULL`, ...(afterId === undefined ? [] : [`id ${cmp} ?`])], afterId === undefined ? [] : [afterId], `id ${direction}`);
  const values = (from?: CursorPosition) => {
    if (!from) return segment([`${key} IS NOT NULL`], [], `${key} ${direction}, id ${direction}`);
    const value = sqlValue(from.value);
    return segment([`${key} ${cmp}= ?`, `(${key} ${cmp} ? OR id ${cmp} ?)`], [value, value, from.id], `${key} ${direction}, id ${direction}`);
  };
  if (!after) return asc ? [nulls(), values()] : [values(), nulls()];
  if (after.value === null) return asc ? [nulls(after.id), values()] : [nulls(after.id)];
  return asc ? [values(after)] : [values(after), nulls()];
}

function whereClauses(filter: ValidFilter): { clauses: string[]; params: SqlValue[] } {
  const clauses: string[] = [];
  const params: SqlValue[] = [];
  for (const [field, value] of filter.where) {
    if (field === 'id') {
      if (typeof value === 'string') {
        clauses.push('id = ?');
        params.push(value);
      } else clauses.push('0');
    } else if (value === null) {
      clauses.push(`${fieldExpr(field)} IS NULL`);
    } else if (typeof value === 'boolean') {
      clauses.push(`json_type(body, '$.${field}') = '${value ? 'true' : 'false'}'`);
    } else {
      clauses.push(`${fieldExpr(field)} = ?`);
      params.push(value);
    }
  }
  for (const range of filter.ranges) {
    if (range.field === 'id') {
      if (range.type !== 'string') clauses.push('0');
    } else {
      clauses.push(range.type === 'number' ? `json_type(body, '$.${range.field}') IN ('integer', 'real')` : `json_type(body, '$.${range.field}') = 'text'`);
    }
    const ops = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;
    for (const [operator, value] of range.bounds) {
      clauses.push(`${fieldExpr(range.field)} ${ops[operator]} ?`);
      params.push(value);
    }
  }
  return { clauses, params };
}

/** Field names are validated against a strict pattern, so they are safe inside SQL and JSON paths. */
function fieldExpr(field: string): string {
  return field === 'id' ? 'id' : `json_extract(body, '$.${field}')`;
}

function sqlValue(value: FieldValue): SqlValue {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

function table(collection: string): string {
  return quote(`doc_${collection}`);
}

function quote(identifier: string): string {
  return `"${identifier}"`;
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

function isMissingTable(error: unknown, collection: string): boolean {
  return (error as { message?: unknown } | null)?.message === `no such table: doc_${collection}`;
}

function busyError() {
  return new ServiceUnavailableError('READ_STORE.BUSY', 'The read store is busy; retry the request');
}
