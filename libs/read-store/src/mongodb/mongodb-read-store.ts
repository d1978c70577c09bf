import { setTimeout as sleep } from 'node:timers/promises';
import { MongoClient, type AnyBulkWriteOperation, type ClientSession, type Collection, type Db, type Document, type MongoClientOptions } from 'mongodb';
import { IllegalStateError, ServiceUnavailableError, ValidationError } from '#app/eventsourcing';
import {
  assertCollectionName,
  assertId,
  assertLease,
  assertLeaseTerms,
  encodeCursor,
  idChunks,
  leaseLostError,
  validateCountLimit,
  validateFilter,
  validateQuery,
} from '../read-query.js';
import {
  ReadStore,
  type CollectionDefinition,
  type Lease,
  type Page,
  type ReadDocument,
  type ReadFilter,
  type ReadQuery,
  type ReadStoreTransaction,
} from '../read-store.port.js';
import { indexesOf } from '../query-shapes.js';
import { UnitOfWork, type WriteOperation } from '../unit-of-work.js';
import { isDuplicateKey, isNamespaceExists, isNamespaceNotFound, isTopologyLost, translateMongoError, unavailable } from './mongodb-errors.js';
import { sortValueOf, toMongoFilter, toMongoPage, type StoredDocument } from './mongodb-query.js';
import { runTransaction, type TransactionRetryPolicy } from './mongodb-transaction.js';

/** What the adapter uses of a client: one database and sessions for transactions. */
export interface MongoDbConnection {
  db: Db;
  /** Connects, or reconnects after a failed attempt (the driver does not retry a failed first connection by itself). */
  connect(): Promise<unknown>;
  startSession(): ClientSession;
  close(): Promise<void>;
}

export interface MongoDbReadStoreOptions {
  /** Prefix of every collection; defaults to `rm_` (`rm_<name>`, `rm__checkpoints`, `rm__leases`). */
  prefix?: string;
  /** Further attempts of a transaction that failed with a transient error; defaults to 5. */
  transactionRetries?: number;
  /** Pause before a retry: `initialMs` doubled per attempt up to `maxMs`, with jitter; defaults 50 and 2,000. */
  backoff?: { initialMs?: number; maxMs?: number };
  /** Injected by tests so a backoff does not really wait. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface MongoDbConnectOptions extends MongoDbReadStoreOptions {
  /** e.g. `mongodb://localhost:27017/?replicaSet=rs0`; transactions need a replica set or a sharded cluster. */
  uri: string;
  database: string;
  /**
   * How long an operation waits for a usable server before failing with `READ_STORE.UNAVAILABLE`
   * (ms); defaults to 5,000. A `serverSelectionTimeoutMS` in the URI wins.
   */
  serverSelectionTimeoutMs?: number;
}

interface LeaseDocument {
  _id: string;
  holder: string;
  /** The server's `$$NOW + ttl`; a number (the caller's clock) in leases written before expiry moved to the server. */
  expiresAt: Date | number;
  fence?: number;
}

interface CheckpointDocument {
  _id: string;
  position: number;
}

type WriteGroup =
  | { kind: 'documents'; collection: string; writes: AnyBulkWriteOperation<StoredDocument>[] }
  | { kind: 'checkpoints'; writes: AnyBulkWriteOperation<CheckpointDocument>[] }
  | { kind: 'lease'; name: string; holder: string };

const WITHOUT_ID = { projection: { _id: 0 } } as const;

/**
 * The ReadStore port on MongoDB (driver v7). Each collection `<name>` is `<prefix><name>`; a
 * document is stored as itself plus `_id` = its `id` (read back without `_id`, so it round-trips
 * exactly; `_id` is therefore reserved and may not be a document field). Each query shape gets
 * the compound index `{ …equal: 1, sort: 1, _id: 1 }` named `by_<keys joined by +>` (a declared
 * field `{ field: 1, _id: 1 }`), which serves its equality, its range, the sort with its id
 * tiebreak (either direction) and keyset pagination; the sortable fields are read back from the
 * indexes themselves (the key before `_id`).
 *
 * A unit of work is replayed in one multi-document transaction (consecutive writes to a collection
 * as one ordered bulk write), so documents and checkpoints commit together: the server must be a
 * replica set (one node will do) or a sharded cluster, version 5.0 or later.
 */
export class MongoDbReadStore extends ReadStore {
  private readonly prefix: string;
  private readonly policy: TransactionRetryPolicy;
  private readonly indexes = new Map<string, ReadonlySet<string>>();
  private connecting: Promise<unknown> | null = null;
  private closed = false;

  constructor(
    private readonly connection: MongoDbConnection,
    options: MongoDbReadStoreOptions = {},
  ) {
    super();
    this.prefix = options.prefix ?? 'rm_';
    if (!/^[A-Za-z][A-Za-z0-9_]{0,30}$/.test(this.prefix)) throw new ValidationError('READ_STORE.INVALID_PREFIX', `Invalid collection prefix: ${this.prefix}`);
    this.policy = {
      retries: options.transactionRetries ?? 5,
      initialBackoffMs: options.backoff?.initialMs ?? 50,
      maxBackoffMs: options.backoff?.maxMs ?? 2000,
      sleep: options.sleep ?? ((ms) => sleep(ms)),
      random: options.random ?? Math.random,
    };
  }

  /** A store on its own client, which connects lazily on the first operation and is closed by `close`. */
  static connect(options: MongoDbConnectOptions): MongoDbReadStore {
    const client = createMongoClient(options.uri, options.serverSelectionTimeoutMs);
    const db = client.db(options.database);
    return new MongoDbReadStore({ db, connect: () => client.connect(), startSession: () => client.startSession(), close: () => client.close() }, options);
  }

  override async ensureCollection(name: string, definition: CollectionDefinition = {}): Promise<void> {
    assertCollectionName(name);
    const indexes = indexesOf(definition);
    indexes.flatMap((index) => index.keys).forEach(assertNotReserved);
    await this.call(async () => {
      await this.createCollection(this.physical(name));
      if (indexes.length > 0) {
        await this.documents(name).createIndexes(indexes.map((index) => ({ key: { ...Object.fromEntries(index.keys.map((key) => [key, 1])), _id: 1 }, name: `by_${index.name}` })));
      }
    });
    this.indexes.delete(name);
  }

  override async dropCollection(name: string): Promise<void> {
    assertCollectionName(name);
    this.indexes.delete(name);
    await this.call(async () => {
      try {
        await this.connection.db.dropCollection(this.physical(name));
      } catch (error) {
        if (!isNamespaceNotFound(error)) throw error;
      }
    });
    this.indexes.delete(name);
  }

  override async get<T extends ReadDocument = ReadDocument>(collection: string, id: string): Promise<T | null> {
    assertCollectionName(collection);
    assertId(id);
    return this.call(async () => (await this.documents(collection).findOne({ _id: id }, WITHOUT_ID)) as unknown as T | null);
  }

  override async getMany<T extends ReadDocument = ReadDocument>(collection: string, ids: readonly string[]): Promise<T[]> {
    assertCollectionName(collection);
    ids.forEach(assertId);
    return this.call(async () => {
      const found: T[] = [];
      for (const chunk of idChunks(ids)) found.push(...((await this.documents(collection).find({ _id: { $in: chunk } }, WITHOUT_ID).toArray()) as unknown as T[]));
      return found;
    });
  }

  override async find<T extends ReadDocument = ReadDocument>(collection: string, query: ReadQuery = {}): Promise<Page<T>> {
    assertCollectionName(collection);
    return this.call(async () => {
      const q = await this.withIndexes(collection, (indexed) => validateQuery(query, indexed));
      assertNoReservedField(Object.keys(query.where ?? {}));
      const { filter, sort, limit } = toMongoPage(q);
      const rows = await this.documents(collection).find(filter, { ...WITHOUT_ID, sort, limit }).toArray();
      const last = rows.length > q.limit ? rows[q.limit - 1] : undefined;
      return {
        items: rows.slice(0, q.limit) as unknown as T[],
        nextCursor: last ? encodeCursor(q.sort, { value: sortValueOf(last, q.sort.field), id: String(last['id']) }) : null,
      };
    });
  }

  override async count(collection: string, filter: ReadFilter = {}, limit?: number): Promise<number> {
    assertCollectionName(collection);
    const most = validateCountLimit(limit);
    return this.call(async () => {
      const valid = await this.withIndexes(collection, (indexed) => validateFilter(filter, indexed));
      assertNoReservedField(Object.keys(filter.where ?? {}));
      return this.documents(collection).countDocuments(toMongoFilter(valid), { limit: most });
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
    if (unit.operations.length === 0) return result;
    const groups = toWriteGroups(unit.operations);
    await this.call(async () => {
      const session = this.connection.startSession();
      try {
        await runTransaction(session, () => this.replay(groups, session), this.policy);
      } finally {
        await session.endSession();
      }
    });
    return result;
  }

  override async getCheckpoint(name: string): Promise<number | null> {
    return this.call(async () => (await this.checkpoints().findOne({ _id: name }))?.position ?? null);
  }

  /**
   * One upsert whose update pipeline compares the expiry with the server's `$$NOW`: a free, expired
   * or own lease becomes `holder`'s until `$$NOW + ttlMs`; any other is written back unchanged.
   * Two holders creating a missing lease at once collide on `_id`: the loser reads "not acquired".
   */
  override async tryAcquireLease(name: string, holder: string, ttlMs: number): Promise<boolean> {
    assertLease(name, holder);
    assertLeaseTerms(ttlMs);
    const takes = { $or: [{ $eq: ['$holder', holder] }, { $lte: ['$expiresAt', '$$NOW'] }] };
    return this.call(async () => {
      try {
        const lease = await this.leases().findOneAndUpdate(
          { _id: name },
          [{ $set: { holder: { $cond: [takes, holder, '$holder'] }, expiresAt: { $cond: [takes, { $add: ['$$NOW', ttlMs] }, '$expiresAt'] } } }],
          { upsert: true, returnDocument: 'after', includeResultMetadata: false },
        );
        return lease?.holder === holder;
      } catch (error) {
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    });
  }

  override async releaseLease(name: string, holder: string): Promise<void> {
    assertLease(name, holder);
    await this.call(() => this.leases().deleteOne({ _id: name, holder }));
  }

  override async getLease(name: string): Promise<Lease | null> {
    const lease = await this.call(() => this.leases().findOne({ _id: name }));
    return lease ? { name: lease._id, holder: lease.holder, expiresAt: lease.expiresAt instanceof Date ? lease.expiresAt.getTime() : lease.expiresAt } : null;
  }

  override async ping(): Promise<void> {
    const hello = await this.call(() => this.connection.db.command({ hello: 1 }));
    if (typeof hello['setName'] !== 'string' && hello['msg'] !== 'isdbgrid') {
      throw new IllegalStateError(
        'READ_STORE.NO_TRANSACTIONS',
        'MongoDB answers as a standalone server, but the read store needs transactions: run it as a replica set ' +
          '(one node will do: mongod --replSet rs0, then rs.initiate()) and add replicaSet=<name> to MONGODB_URI',
      );
    }
  }

  override async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.connection.close();
  }

  private async replay(groups: readonly WriteGroup[], session: ClientSession): Promise<void> {
    for (const group of groups) {
      switch (group.kind) {
        case 'documents':
          await this.documents(group.collection).bulkWrite(group.writes, { ordered: true, session });
          break;
        case 'checkpoints':
          await this.checkpoints().bulkWrite(group.writes, { ordered: true, session });
          break;
        case 'lease': {
          const fenced = await this.leases().updateOne({ _id: group.name, holder: group.holder }, { $inc: { fence: 1 } }, { session });
          if (fenced.matchedCount !== 1) throw leaseLostError(group.name, group.holder);
          break;
        }
        default: {
          const never: never = group;
          throw new Error(`Unknown write group ${JSON.stringify(never)}`);
        }
      }
    }
  }

  /**
   * Validates against the declared fields cached for the collection, and on a field that is not
   * among them looks again, since another process may have declared it since.
   */
  private async withIndexes<T>(collection: string, validate: (indexed: ReadonlySet<string>) => T): Promise<T> {
    const cached = this.indexes.get(collection);
    if (cached) {
      try {
        return validate(cached);
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'READ_STORE.FIELD_NOT_INDEXED') throw error;
      }
    }
    const fresh = await this.declaredFields(collection);
    this.indexes.set(collection, fresh);
    return validate(fresh);
  }

  private async declaredFields(collection: string): Promise<ReadonlySet<string>> {
    let indexes: Document[];
    try {
      indexes = await this.documents(collection).listIndexes().toArray();
    } catch (error) {
      if (isNamespaceNotFound(error)) return new Set();
      throw error;
    }
    const fields = new Set<string>();
    for (const index of indexes) {
      const keys = Object.keys((index['key'] ?? {}) as Document);
      const before = keys.slice(0, -1);
      if (keys.at(-1) === '_id' && before.length > 0 && !before.includes('_id') && index['name'] === `by_${before.join('+')}`) fields.add(before.at(-1)!);
    }
    return fields;
  }

  private async createCollection(name: string) {
    try {
      await this.connection.db.createCollection(name);
    } catch (error) {
      if (!isNamespaceExists(error)) throw error;
    }
  }

  private physical(collection: string): string {
    return `${this.prefix}${collection}`;
  }

  private documents(collection: string): Collection<StoredDocument> {
    return this.connection.db.collection<StoredDocument>(this.physical(collection));
  }

  private checkpoints(): Collection<CheckpointDocument> {
    return this.connection.db.collection<CheckpointDocument>(`${this.prefix}_checkpoints`);
  }

  private leases(): Collection<LeaseDocument> {
    return this.connection.db.collection<LeaseDocument>(`${this.prefix}_leases`);
  }

  /**
   * Runs an operation on a connected client. A client whose first connection failed stays closed,
   * so a failed connection (of any cause: unreachable, DNS, authentication) is ServiceUnavailableError
   * and is attempted again by the next operation; once connected, the driver's monitoring rides
   * out outages and elections by itself.
   */
  private async call<T>(operation: () => Promise<T>): Promise<T> {
    this.assertOpen();
    await this.connected();
    try {
      return await operation();
    } catch (error) {
      if (isTopologyLost(error) && !this.closed) this.connecting = null;
      throw translateMongoError(error);
    }
  }

  private async connected(): Promise<void> {
    this.connecting ??= this.connection.connect().catch((error: unknown) => {
      this.connecting = null;
      throw error;
    });
    try {
      await this.connecting;
    } catch (error) {
      throw unavailable(error);
    }
  }

  private assertOpen() {
    if (this.closed) throw new ServiceUnavailableError('READ_STORE.CLOSED', 'The read store is closed');
  }
}

/**
 * Whatever MONGODB_URI says, reads go to the primary with majority read concern and writes wait for
 * a majority: projections read-modify-write their documents and read-your-writes compares
 * checkpoints, so a stale secondary or a write a failover rolls back would break both.
 */
export const PINNED_CLIENT_OPTIONS = {
  readPreference: 'primary',
  readConcernLevel: 'majority',
  w: 'majority',
  journal: true,
} as const satisfies MongoClientOptions;

/** The client the store uses (not connected yet); ValidationError `READ_STORE.INVALID_URI` when the driver cannot parse the URI. */
export function createMongoClient(uri: string, serverSelectionTimeoutMs = 5000): MongoClient {
  try {
    return new MongoClient(uri, {
      appName: 'salesflow',
      ...(/[?&]serverSelectionTimeoutMS=/i.test(uri) ? {} : { serverSelectionTimeoutMS: serverSelectionTimeoutMs }),
      ...PINNED_CLIENT_OPTIONS,
    });
  } catch (error) {
    throw new ValidationError('READ_STORE.INVALID_URI', `The MongoDB connection string is invalid: ${(error as Error).message}`);
  }
}

/** Consecutive writes to one collection become one ordered bulk write; the order of all writes is kept. */
export function toWriteGroups(operations: readonly WriteOperation[]): WriteGroup[] {
  const groups: WriteGroup[] = [];
  for (const op of operations) {
    const last = groups.at(-1);
    switch (op.kind) {
      case 'upsert': {
        const document = JSON.parse(op.json) as Document;
        if (Object.hasOwn(document, '_id')) {
          throw new ValidationError('READ_STORE.INVALID_DOCUMENT', 'A document may not have an _id field: the MongoDB read store keeps the id there');
        }
        const write: AnyBulkWriteOperation<StoredDocument> = { replaceOne: { filter: { _id: op.id }, replacement: { _id: op.id, ...document }, upsert: true } };
        if (last?.kind === 'documents' && last.collection === op.collection) last.writes.push(write);
        else groups.push({ kind: 'documents', collection: op.collection, writes: [write] });
        break;
      }
      case 'delete': {
        const write: AnyBulkWriteOperation<StoredDocument> = { deleteOne: { filter: { _id: op.id } } };
        if (last?.kind === 'documents' && last.collection === op.collection) last.writes.push(write);
        else groups.push({ kind: 'documents', collection: op.collection, writes: [write] });
        break;
      }
      case 'checkpoint': {
        const write: AnyBulkWriteOperation<CheckpointDocument> = { updateOne: { filter: { _id: op.name }, update: { $set: { position: op.position } }, upsert: true } };
        if (last?.kind === 'checkpoints') last.writes.push(write);
        else groups.push({ kind: 'checkpoints', writes: [write] });
        break;
      }
      case 'lease':
        groups.push({ kind: 'lease', name: op.name, holder: op.holder });
        break;
      default: {
        const never: never = op;
        throw new Error(`Unknown write ${JSON.stringify(never)}`);
      }
    }
  }
  return groups;
}

function assertNotReserved(field: string) {
  if (field === '_id') {
    throw new ValidationError('READ_STORE.INVALID_FIELD', '_id is reserved by the MongoDB read store', [{ field, messages: ['is reserved'] }]);
  }
}

function assertNoReservedField(fields: readonly string[]) {
  fields.forEach(assertNotReserved);
}
