import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ValidationError } from '#app/eventsourcing';
import { limitWal } from '#app/event-store';
import type { AccessLogFilter, AccessLogPage, PersonalDataAccess } from '../access/personal-data-access-log.port.js';
import { PersonalDataAccessLog } from '../access/personal-data-access-log.port.js';
import { accessLogUnavailable, keyStoreUnavailable } from '../keys/key-store-errors.js';
import { SubjectKeyStore, type DestroyOutcome, type MasterKeyState, type StoredSubjectKey } from '../keys/subject-key-store.port.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS subject_keys (
  subject_id    TEXT PRIMARY KEY,
  wrapped_key   BLOB NOT NULL,
  master_key_id TEXT NOT NULL,
  created_at    TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS erased_subjects (
  subject_id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  erased_at  TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS key_store_meta (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS personal_data_access (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  at          TEXT NOT NULL,
  actor_id    TEXT NOT NULL,
  actor_roles TEXT NOT NULL,
  route       TEXT NOT NULL,
  subject_id  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS personal_data_access_by_subject ON personal_data_access (subject_id, id);
CREATE INDEX IF NOT EXISTS personal_data_access_by_actor ON personal_data_access (actor_id, id);
`;

interface KeyRow {
  subject_id: string;
  wrapped_key: Buffer;
  master_key_id: string;
  created_at: string;
}

interface ErasedRow {
  subject_id: string;
  created_at: string;
  erased_at: string;
}

interface AccessRow {
  id: number;
  at: string;
  actor_id: string;
  actor_roles: string;
  route: string;
  subject_id: string;
}

const toStored = (row: KeyRow): StoredSubjectKey => ({
  subjectId: row.subject_id,
  wrappedKey: new Uint8Array(row.wrapped_key),
  masterKeyId: row.master_key_id,
  createdAt: row.created_at,
  erasedAt: null,
});

const toErased = (row: ErasedRow): StoredSubjectKey => ({ subjectId: row.subject_id, wrappedKey: null, masterKeyId: null, createdAt: row.created_at, erasedAt: row.erased_at });

/** The embedded file of personal data (`DATA_DIR/keys.sqlite`): the subjects' keys and the access log, one connection. */
class SqliteFile {
  readonly db: Database.Database;
  private users = 2;
  private readonly stopCheckpoints: () => void = () => undefined;

  constructor(readonly filename: string) {
    if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
    this.db = new Database(filename, { timeout: 2000 });
    // Deleted key bytes are overwritten with zeros, not left in free pages.
    this.db.pragma('secure_delete = ON');
    if (filename !== ':memory:') {
      this.db.pragma('journal_mode = WAL');
      this.stopCheckpoints = limitWal(this.db);
    }
    this.db.pragma('synchronous = FULL');
    this.db.exec(SCHEMA);
  }

  /** Moves the write-ahead log into the file and empties it, so no old page version lingers there. */
  checkpoint(): void {
    if (this.filename !== ':memory:') this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  release(): void {
    if (--this.users > 0 || !this.db.open) return;
    this.stopCheckpoints();
    this.db.close();
  }
}

/** Records found are kept while no other connection has committed to the file (PRAGMA data_version) and this one has not written keys. */
const KNOWN_RECORDS = 10_000;

class SqliteSubjectKeyStore extends SubjectKeyStore {
  private readonly known = new Map<string, StoredSubjectKey>();
  private knownAt: number | null = null;
  private readonly dataVersion;
  private readonly select;
  private readonly selectErased;
  private readonly insert;
  private readonly remove;
  private readonly insertErased;
  private readonly selectOthers;
  private readonly updateWrapping;
  private readonly readMeta;
  private readonly writeMeta;

  constructor(private readonly file: SqliteFile) {
    super();
    const db = file.db;
    this.dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
    this.select = db.prepare<[string], KeyRow>('SELECT * FROM subject_keys WHERE subject_id = ?');
    this.selectErased = db.prepare<[string], ErasedRow>('SELECT * FROM erased_subjects WHERE subject_id = ?');
    this.insert = db.prepare(
      'INSERT OR IGNORE INTO subject_keys (subject_id, wrapped_key, master_key_id, created_at) SELECT @subjectId, @wrappedKey, @masterKeyId, @createdAt WHERE NOT EXISTS (SELECT 1 FROM erased_subjects WHERE subject_id = @subjectId)',
    );
    this.remove = db.prepare('DELETE FROM subject_keys WHERE subject_id = ?');
    this.insertErased = db.prepare('INSERT INTO erased_subjects (subject_id, created_at, erased_at) VALUES (?, ?, ?)');
    this.selectOthers = db.prepare<[string, number], KeyRow>('SELECT * FROM subject_keys WHERE master_key_id <> ? ORDER BY subject_id LIMIT ?');
    this.updateWrapping = db.prepare('UPDATE subject_keys SET wrapped_key = ?, master_key_id = ? WHERE subject_id = ? AND master_key_id = ?');
    this.readMeta = db.prepare<[string], { value: string }>('SELECT value FROM key_store_meta WHERE name = ?');
    this.writeMeta = db.prepare('INSERT INTO key_store_meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value');
  }

  override async find(subjectIds: readonly string[]): Promise<Map<string, StoredSubjectKey>> {
    return this.call(() => this.found(subjectIds));
  }

  override async addMissing(keys: readonly StoredSubjectKey[]): Promise<Map<string, StoredSubjectKey>> {
    this.known.clear();
    return this.call(() =>
      this.file.db.transaction(() => {
        for (const key of keys) {
          if (key.wrappedKey && key.masterKeyId) this.insert.run({ subjectId: key.subjectId, wrappedKey: Buffer.from(key.wrappedKey), masterKeyId: key.masterKeyId, createdAt: key.createdAt });
        }
        return this.found(keys.map((k) => k.subjectId));
      }).immediate(),
    );
  }

  override async destroy(subjectId: string, erasedAt: string): Promise<DestroyOutcome> {
    this.known.clear();
    return this.call(() => {
      const outcome = this.file.db
        .transaction((): DestroyOutcome => {
          const row = this.select.get(subjectId);
          if (!row) return this.selectErased.get(subjectId) ? 'already_erased' : 'unknown';
          // secure_delete overwrites the deleted row's bytes in the page with zeros.
          this.remove.run(subjectId);
          this.insertErased.run(subjectId, row.created_at, erasedAt);
          return 'destroyed';
        })
        .immediate();
      if (outcome === 'destroyed') this.file.checkpoint();
      return outcome;
    });
  }

  override async wrappedByOther(masterKeyId: string, limit: number): Promise<StoredSubjectKey[]> {
    return this.call(() => this.selectOthers.all(masterKeyId, limit).map(toStored));
  }

  override async rewrap(subjectId: string, fromMasterKeyId: string, wrappedKey: Uint8Array, toMasterKeyId: string): Promise<boolean> {
    this.known.clear();
    return this.call(() => this.updateWrapping.run(Buffer.from(wrappedKey), toMasterKeyId, subjectId, fromMasterKeyId).changes === 1);
  }

  override async masterKeyState(): Promise<MasterKeyState | null> {
    return this.call(() => {
      const row = this.readMeta.get('master_key');
      return row ? (JSON.parse(row.value) as MasterKeyState) : null;
    });
  }

  override async setMasterKeyState(state: MasterKeyState): Promise<void> {
    this.call(() => {
      this.writeMeta.run('master_key', JSON.stringify(state));
      this.file.checkpoint();
    });
  }

  override async ping(): Promise<void> {
    this.call(() => this.file.db.prepare('SELECT 1').get());
  }

  override async close(): Promise<void> {
    this.file.release();
  }

  private found(subjectIds: readonly string[]): Map<string, StoredSubjectKey> {
    const version = this.dataVersion.get()!;
    if (version !== this.knownAt || this.known.size >= KNOWN_RECORDS) {
      this.known.clear();
      this.knownAt = version;
    }
    const found = new Map<string, StoredSubjectKey>();
    for (const subjectId of new Set(subjectIds)) {
      let stored = this.known.get(subjectId);
      if (!stored) {
        const row = this.select.get(subjectId);
        const erased = row ? undefined : this.selectErased.get(subjectId);
        stored = row ? toStored(row) : erased ? toErased(erased) : undefined;
        if (stored) this.known.set(subjectId, Object.freeze(stored));
      }
      if (stored) found.set(subjectId, stored);
    }
    return found;
  }

  private call<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw keyStoreUnavailable(error);
    }
  }
}

interface PendingRecord {
  entries: readonly PersonalDataAccess[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

class SqliteAccessLog extends PersonalDataAccessLog {
  private readonly insert;
  private pending: PendingRecord[] = [];

  constructor(private readonly file: SqliteFile) {
    super();
    this.insert = file.db.prepare('INSERT INTO personal_data_access (at, actor_id, actor_roles, route, subject_id) VALUES (?, ?, ?, ?, ?)');
  }

  /** The records of one event-loop turn are committed together (one fsync). */
  override record(entries: readonly PersonalDataAccess[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      if (this.pending.push({ entries, resolve, reject }) === 1) setImmediate(() => this.flush());
    });
  }

  override async find(filter: AccessLogFilter, page: { limit: number; after?: string }): Promise<AccessLogPage> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.subjectId !== undefined) (where.push('subject_id = ?'), params.push(filter.subjectId));
    if (filter.actorId !== undefined) (where.push('actor_id = ?'), params.push(filter.actorId));
    if (filter.from !== undefined) (where.push('at >= ?'), params.push(filter.from));
    if (filter.to !== undefined) (where.push('at <= ?'), params.push(filter.to));
    if (page.after !== undefined) {
      if (!/^\d{1,15}$/.test(page.after)) throw new ValidationError('REQUEST.INVALID_CURSOR', 'after is not a cursor this log gave out', [{ field: 'after', messages: ['a cursor from a previous page'] }]);
      where.push('id > ?');
      params.push(Number(page.after));
    }
    const sql = `SELECT * FROM personal_data_access ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id LIMIT ?`;
    let rows: AccessRow[];
    try {
      rows = this.file.db.prepare<unknown[], AccessRow>(sql).all(...params, page.limit + 1);
    } catch (error) {
      throw keyStoreUnavailable(error);
    }
    const entries = rows.slice(0, page.limit).map((r) => ({ id: String(r.id), at: r.at, actorId: r.actor_id, actorRoles: JSON.parse(r.actor_roles) as string[], route: r.route, subjectId: r.subject_id }));
    return { entries, next: rows.length > page.limit ? entries.at(-1)!.id : null };
  }

  override async close(): Promise<void> {
    if (this.pending.length > 0) this.flush();
    this.file.release();
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    try {
      this.file.db.transaction(() => {
        for (const { entries } of batch) {
          for (const e of entries) this.insert.run(e.at, e.actorId, JSON.stringify(e.actorRoles), e.route, e.subjectId);
        }
      })();
    } catch (error) {
      for (const p of batch) p.reject(accessLogUnavailable(error));
      return;
    }
    for (const p of batch) p.resolve();
  }
}

export interface SqlitePersonalData {
  keys: SubjectKeyStore;
  accessLog: PersonalDataAccessLog;
}

/** The key store and the access log in one SQLite file (or `:memory:`); closing both closes the file. */
export function openSqlitePersonalData(filename: string): SqlitePersonalData {
  const file = new SqliteFile(filename);
  return { keys: new SqliteSubjectKeyStore(file), accessLog: new SqliteAccessLog(file) };
}
