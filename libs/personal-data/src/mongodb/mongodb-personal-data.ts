import { Binary, MongoClient, MongoServerError, ObjectId, type Collection, type Db } from 'mongodb';
import { ValidationError } from '#app/eventsourcing';
import type { AccessLogFilter, AccessLogPage, PersonalDataAccess } from '../access/personal-data-access-log.port.js';
import { PersonalDataAccessLog } from '../access/personal-data-access-log.port.js';
import { accessLogUnavailable, keyStoreUnavailable } from '../keys/key-store-errors.js';
import { SubjectKeyStore, type DestroyOutcome, type MasterKeyState, type StoredSubjectKey } from '../keys/subject-key-store.port.js';

interface KeyDocument {
  _id: string;
  wrappedKey: Binary | null;
  masterKeyId: string | null;
  createdAt: string;
  erasedAt: string | null;
}

interface MetaDocument {
  _id: string;
  current: string;
  rotatingTo?: string;
}

interface AccessDocument extends PersonalDataAccess {
  _id: ObjectId;
}

const DUPLICATE_KEY = 11000;

const toStored = (doc: KeyDocument): StoredSubjectKey => ({
  subjectId: doc._id,
  wrappedKey: doc.wrappedKey ? new Uint8Array(doc.wrappedKey.buffer) : null,
  masterKeyId: doc.masterKeyId,
  createdAt: doc.createdAt,
  erasedAt: doc.erasedAt,
});

/** What the adapters need of the driver: one database, connected once. */
export interface MongoDbHandle {
  db: Db;
  connect(): Promise<unknown>;
  close(): Promise<void>;
}

class Connection {
  private connected: Promise<unknown> | null = null;
  private users = 2;

  constructor(private readonly handle: MongoDbHandle) {}

  async collection<T extends object>(name: string): Promise<Collection<T>> {
    this.connected ??= this.handle.connect().catch((error: unknown) => {
      this.connected = null;
      throw error;
    });
    await this.connected;
    return this.handle.db.collection<T>(name);
  }

  async release(): Promise<void> {
    if (--this.users === 0) await this.handle.close();
  }
}

/** Keys in `personal_data_keys` (one document per subject, `_id` = subject id), the master key's state in `personal_data_meta`. */
class MongoDbSubjectKeyStore extends SubjectKeyStore {
  constructor(private readonly connection: Connection) {
    super();
  }

  override find(subjectIds: readonly string[]): Promise<Map<string, StoredSubjectKey>> {
    return this.call(async (keys) => this.found(keys, subjectIds));
  }

  override addMissing(records: readonly StoredSubjectKey[]): Promise<Map<string, StoredSubjectKey>> {
    return this.call(async (keys) => {
      if (records.length > 0) {
        try {
          await keys.bulkWrite(
            records.map((r) => ({
              updateOne: {
                filter: { _id: r.subjectId },
                update: { $setOnInsert: { wrappedKey: r.wrappedKey ? new Binary(Buffer.from(r.wrappedKey)) : null, masterKeyId: r.masterKeyId, createdAt: r.createdAt, erasedAt: null } },
                upsert: true,
              },
            })),
            { ordered: false, writeConcern: { w: 'majority', journal: true } },
          );
        } catch (error) {
          // Two writers upserting the same new subject: one insert wins, the other reads it below.
          if (!(error instanceof MongoServerError && error.code === DUPLICATE_KEY) && !isDuplicateOnly(error)) throw error;
        }
      }
      return this.found(keys, records.map((r) => r.subjectId));
    });
  }

  override destroy(subjectId: string, erasedAt: string): Promise<DestroyOutcome> {
    return this.call(async (keys) => {
      const updated = await keys.findOneAndUpdate(
        { _id: subjectId, erasedAt: null },
        { $set: { wrappedKey: null, masterKeyId: null, erasedAt } },
        { writeConcern: { w: 'majority', journal: true } },
      );
      if (updated) return 'destroyed';
      return (await keys.findOne({ _id: subjectId })) ? 'already_erased' : 'unknown';
    });
  }

  override wrappedByOther(masterKeyId: string, limit: number): Promise<StoredSubjectKey[]> {
    return this.call(async (keys) => (await keys.find({ erasedAt: null, masterKeyId: { $ne: masterKeyId } }).sort({ _id: 1 }).limit(limit).toArray()).map(toStored));
  }

  override rewrap(subjectId: string, fromMasterKeyId: string, wrappedKey: Uint8Array, toMasterKeyId: string): Promise<boolean> {
    return this.call(async (keys) => {
      const result = await keys.updateOne(
        { _id: subjectId, masterKeyId: fromMasterKeyId, erasedAt: null },
        { $set: { wrappedKey: new Binary(Buffer.from(wrappedKey)), masterKeyId: toMasterKeyId } },
        { writeConcern: { w: 'majority', journal: true } },
      );
      return result.modifiedCount === 1;
    });
  }

  override async masterKeyState(): Promise<MasterKeyState | null> {
    try {
      const meta = await this.connection.collection<MetaDocument>('personal_data_meta');
      const doc = await meta.findOne({ _id: 'master_key' });
      return doc ? { current: doc.current, ...(doc.rotatingTo ? { rotatingTo: doc.rotatingTo } : {}) } : null;
    } catch (error) {
      throw keyStoreUnavailable(error);
    }
  }

  override async setMasterKeyState(state: MasterKeyState): Promise<void> {
    try {
      const meta = await this.connection.collection<MetaDocument>('personal_data_meta');
      await meta.replaceOne({ _id: 'master_key' }, { current: state.current, ...(state.rotatingTo ? { rotatingTo: state.rotatingTo } : {}) }, { upsert: true, writeConcern: { w: 'majority', journal: true } });
    } catch (error) {
      throw keyStoreUnavailable(error);
    }
  }

  override async ping(): Promise<void> {
    await this.call(async (keys) => void (await keys.findOne({ _id: '' })));
  }

  override close(): Promise<void> {
    return this.connection.release();
  }

  private async found(keys: Collection<KeyDocument>, subjectIds: readonly string[]): Promise<Map<string, StoredSubjectKey>> {
    const docs = await keys.find({ _id: { $in: [...new Set(subjectIds)] } }).toArray();
    return new Map(docs.map((doc) => [doc._id, toStored(doc)]));
  }

  private async call<T>(work: (keys: Collection<KeyDocument>) => Promise<T>): Promise<T> {
    try {
      return await work(await this.connection.collection<KeyDocument>('personal_data_keys'));
    } catch (error) {
      throw keyStoreUnavailable(error);
    }
  }
}

function isDuplicateOnly(error: unknown): boolean {
  const writeErrors = (error as { writeErrors?: { code?: number }[] | { code?: number } }).writeErrors;
  const list = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [];
  return list.length > 0 && list.every((e) => e.code === DUPLICATE_KEY);
}

/** The access log in `personal_data_access`, ordered by `_id`. */
class MongoDbAccessLog extends PersonalDataAccessLog {
  private indexed: Promise<unknown> | null = null;

  constructor(private readonly connection: Connection) {
    super();
  }

  override async record(entries: readonly PersonalDataAccess[]): Promise<void> {
    if (entries.length === 0) return;
    try {
      const log = await this.log();
      await log.insertMany(
        entries.map((e) => ({ _id: new ObjectId(), ...e })),
        { ordered: true, writeConcern: { w: 'majority', journal: true } },
      );
    } catch (error) {
      throw accessLogUnavailable(error);
    }
  }

  override async find(filter: AccessLogFilter, page: { limit: number; after?: string }): Promise<AccessLogPage> {
    if (page.after !== undefined && !ObjectId.isValid(page.after)) {
      throw new ValidationError('REQUEST.INVALID_CURSOR', 'after is not a cursor this log gave out', [{ field: 'after', messages: ['a cursor from a previous page'] }]);
    }
    try {
      const log = await this.log();
      const query: Record<string, unknown> = {};
      if (filter.subjectId !== undefined) query.subjectId = filter.subjectId;
      if (filter.actorId !== undefined) query.actorId = filter.actorId;
      if (filter.from !== undefined || filter.to !== undefined) query.at = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lte: filter.to } : {}) };
      if (page.after !== undefined) query._id = { $gt: new ObjectId(page.after) };
      const docs = await log.find(query).sort({ _id: 1 }).limit(page.limit + 1).toArray();
      const entries = docs.slice(0, page.limit).map(({ _id, at, actorId, actorRoles, route, subjectId }) => ({ id: _id.toHexString(), at, actorId, actorRoles, route, subjectId }));
      return { entries, next: docs.length > page.limit ? entries.at(-1)!.id : null };
    } catch (error) {
      throw keyStoreUnavailable(error);
    }
  }

  override close(): Promise<void> {
    return this.connection.release();
  }

  private async log(): Promise<Collection<AccessDocument>> {
    const log = await this.connection.collection<AccessDocument>('personal_data_access');
    this.indexed ??= log.createIndexes([{ key: { subjectId: 1, _id: 1 } }, { key: { actorId: 1, _id: 1 } }]).catch((error: unknown) => {
      this.indexed = null;
      throw error;
    });
    await this.indexed;
    return log;
  }
}

export interface MongoDbPersonalData {
  keys: SubjectKeyStore;
  accessLog: PersonalDataAccessLog;
}

/** The key store and the access log in a MongoDB database (one client); closing both closes it. */
export function connectMongoDbPersonalData(options: { uri: string; database: string; serverSelectionTimeoutMs?: number }): MongoDbPersonalData {
  const client = new MongoClient(options.uri, {
    appName: 'salesflow-personal-data',
    ...(/[?&]serverSelectionTimeoutMS=/i.test(options.uri) ? {} : { serverSelectionTimeoutMS: options.serverSelectionTimeoutMs ?? 5000 }),
  });
  return mongoDbPersonalData({ db: client.db(options.database), connect: () => client.connect(), close: () => client.close() });
}

/** The adapters over a database handle (tests give their own). */
export function mongoDbPersonalData(handle: MongoDbHandle): MongoDbPersonalData {
  const connection = new Connection(handle);
  return { keys: new MongoDbSubjectKeyStore(connection), accessLog: new MongoDbAccessLog(connection) };
}
