import { describe, expect, it, jest } from '@jest/globals';
import { createServer } from 'node:net';
import {
  MongoBulkWriteError,
  MongoErrorLabel,
  MongoNetworkError,
  MongoServerError,
  MongoServerSelectionError,
  type ClientSession,
  type Db,
  type BulkWriteResult,
  type Document,
  type TopologyDescription,
} from 'mongodb';
import { IllegalStateError, ServiceUnavailableError, ValidationError } from '#app/eventsourcing';
import { encodeCursor, validateQuery } from '../read-query.js';
import type { ReadQuery } from '../read-store.port.js';
import { translateMongoError } from './mongodb-errors.js';
import { MongoDbReadStore, createMongoClient } from './mongodb-read-store.js';
import { afterCursor, toMongoFilter, toMongoPage } from './mongodb-query.js';

type Call = [target: string, method: string, ...args: unknown[]];
type Handler = (...args: unknown[]) => unknown;

/**
 * Stands in for the driver's Db, Collection and ClientSession: records every call in one log, in
 * order, and answers with what a test scripts per `<collection>.<method>` (default: an empty
 * success).
 */
class FakeMongo {
  readonly log: Call[] = [];
  readonly handlers = new Map<string, Handler[]>();
  readonly connectFailures: unknown[] = [];
  connects = 0;
  sessionState: 'none' | 'in' | 'committed' | 'aborted' = 'none';

  /** The next calls of `target.method` answer with these, in turn; the last one repeats. */
  on(target: string, method: string, ...answers: Handler[]): this {
    this.handlers.set(`${target}.${method}`, answers);
    return this;
  }

  answer(target: string, method: string, args: unknown[], fallback: unknown): unknown {
    this.log.push([target, method, ...args]);
    const answers = this.handlers.get(`${target}.${method}`);
    if (!answers || answers.length === 0) return fallback;
    const next = answers.length > 1 ? answers.shift()! : answers[0]!;
    return next(...args);
  }

  calls(method?: string): Call[] {
    return this.log.filter(([, m]) => method === undefined || m === method);
  }

  get db(): Db {
    const collection = (name: string) => {
      const cursor = (method: string) => (...args: unknown[]) => ({ toArray: async () => this.answer(name, method, args, []) });
      return {
        findOne: async (...args: unknown[]) => this.answer(name, 'findOne', args, null),
        find: cursor('find'),
        listIndexes: cursor('listIndexes'),
        countDocuments: async (...args: unknown[]) => this.answer(name, 'countDocuments', args, 0),
        bulkWrite: async (...args: unknown[]) => this.answer(name, 'bulkWrite', args, { ok: 1 }),
        updateOne: async (...args: unknown[]) => this.answer(name, 'updateOne', args, { matchedCount: 1 }),
        deleteOne: async (...args: unknown[]) => this.answer(name, 'deleteOne', args, { deletedCount: 1 }),
        findOneAndUpdate: async (...args: unknown[]) => this.answer(name, 'findOneAndUpdate', args, null),
        createIndexes: async (...args: unknown[]) => this.answer(name, 'createIndexes', args, []),
      };
    };
    return {
      collection,
      createCollection: async (...args: unknown[]) => this.answer('db', 'createCollection', args, {}),
      dropCollection: async (...args: unknown[]) => this.answer('db', 'dropCollection', args, true),
      command: async (...args: unknown[]) => this.answer('db', 'command', args, { ok: 1 }),
    } as unknown as Db;
  }

  async connect(): Promise<void> {
    this.connects++;
    const failure = this.connectFailures.shift();
    if (failure) throw failure;
  }

  startSession(): ClientSession {
    const session = {
      startTransaction: (...args: unknown[]) => {
        this.answer('session', 'startTransaction', args, undefined);
        this.sessionState = 'in';
      },
      inTransaction: () => this.sessionState === 'in',
      commitTransaction: async () => {
        const failure = this.answer('session', 'commitTransaction', [], undefined);
        if (failure instanceof Error) throw failure;
        this.sessionState = 'committed';
      },
      abortTransaction: async () => {
        this.answer('session', 'abortTransaction', [], undefined);
        this.sessionState = 'aborted';
      },
      endSession: async () => {
        this.answer('session', 'endSession', [], undefined);
      },
    };
    return session as unknown as ClientSession;
  }
}

function storeOn(mongo: FakeMongo, retries = 3) {
  const sleep = jest.fn(async (_ms: number) => undefined);
  const store = new MongoDbReadStore(
    { db: mongo.db, connect: () => mongo.connect(), startSession: () => mongo.startSession(), close: async () => undefined },
    { transactionRetries: retries, sleep, random: () => 1, backoff: { initialMs: 10, maxMs: 40 } },
  );
  return { store, sleep };
}

const throws = (error: unknown) => () => {
  throw error;
};

function labelled<E extends { addErrorLabel(label: string): void }>(error: E, ...labels: string[]): E {
  for (const label of labels) error.addErrorLabel(label);
  return error;
}

function serverSelectionError(): MongoServerSelectionError {
  return new MongoServerSelectionError('Server selection timed out after 5000 ms', { type: 'ReplicaSetNoPrimary', servers: new Map(), error: null } as unknown as TopologyDescription);
}

const declared = (...fields: string[]) => [{ key: { _id: 1 }, name: '_id_' }, ...fields.map((f) => ({ key: { [f]: 1, _id: 1 }, name: `by_${f}` }))];

describe('MongoDbReadStore without a server', () => {
  describe('query translation', () => {
    const indexed = new Set(['amount', 'region']);
    const page = (query: ReadQuery) => toMongoPage(validateQuery(query, indexed));
    const notArray = { $not: { $type: 'array' } };

    it('turns equality into $eq per field, on _id for id, leaving arrays out of the match', () => {
      expect(toMongoFilter(validateQuery({ where: { owner: 'ann', closed: true, region: null, id: 'd1' } }, indexed))).toEqual({
        owner: { ...notArray, $eq: 'ann' },
        closed: { ...notArray, $eq: true },
        region: { ...notArray, $eq: null },
        _id: { $eq: 'd1' },
      });
    });

    it('merges ranges and equality on one field into one condition', () => {
      expect(toMongoFilter(validateQuery({ where: { amount: 250 }, range: { amount: { gte: 100, lt: 300 }, id: { gt: 'd05' } } }, indexed))).toEqual({
        amount: { ...notArray, $eq: 250, $gte: 100, $lt: 300 },
        _id: { $gt: 'd05' },
      });
    });

    it('sorts by the field then _id in the same direction, or by _id alone, and asks for one more than the page', () => {
      expect(page({ sort: { field: 'amount', direction: 'desc' }, limit: 10 })).toEqual({ filter: {}, sort: { amount: -1, _id: -1 }, limit: 11 });
      expect(page({})).toEqual({ filter: {}, sort: { _id: 1 }, limit: 101 });
      expect(Object.keys(page({ sort: { field: 'amount' } }).sort as Document)).toEqual(['amount', '_id']);
    });

    it.each([
      ['id ascending', { field: 'id', direction: 'asc' }, null, { _id: { $gt: 'd3' } }],
      ['id descending', { field: 'id', direction: 'desc' }, null, { _id: { $lt: 'd3' } }],
      ['a value ascending', { field: 'amount', direction: 'asc' }, 250, { $or: [{ amount: { $gt: 250 } }, { amount: 250, _id: { $gt: 'd3' } }] }],
      [
        'a value descending: smaller values, then the null group',
        { field: 'amount', direction: 'desc' },
        250,
        { $or: [{ amount: { $lt: 250 } }, { amount: 250, _id: { $lt: 'd3' } }, { amount: null }] },
      ],
      ['the null group ascending: the rest of it, then every value', { field: 'amount', direction: 'asc' }, null, { $or: [{ amount: null, _id: { $gt: 'd3' } }, { amount: { $ne: null } }] }],
      ['the null group descending: only the rest of it', { field: 'amount', direction: 'desc' }, null, { amount: null, _id: { $lt: 'd3' } }],
    ] as const)('continues after a cursor sorted by %s', (_label, sort, value, expected) => {
      const cursor = encodeCursor(sort, { value, id: 'd3' });
      expect(afterCursor(validateQuery({ sort, cursor }, indexed))).toEqual(expected);
    });

    it('combines the filter and the cursor with $and', () => {
      const sort = { field: 'amount', direction: 'asc' } as const;
      const cursor = encodeCursor(sort, { value: 40, id: 'd4' });
      expect(page({ where: { owner: 'bob' }, sort, cursor, limit: 3 }).filter).toEqual({
        $and: [{ owner: { ...notArray, $eq: 'bob' } }, { $or: [{ amount: { $gt: 40 } }, { amount: 40, _id: { $gt: 'd4' } }] }],
      });
    });
  });

  describe('reads', () => {
    it('pages with the translated query, hides _id, and continues from the last document of a full page', async () => {
      const mongo = new FakeMongo()
        .on('rm_deals', 'listIndexes', () => declared('amount'))
        .on(
          'rm_deals',
          'find',
          () => [
            { id: 'd1', amount: 10 },
            { id: 'd2', amount: 20 },
            { id: 'd3', amount: 30 },
          ],
          () => [{ id: 'd3', amount: 30 }],
        );
      const { store } = storeOn(mongo);

      const first = await store.find('deals', { sort: { field: 'amount' }, limit: 2 });
      const second = await store.find('deals', { sort: { field: 'amount' }, limit: 2, cursor: first.nextCursor });

      expect(first.items.map((d) => d.id)).toEqual(['d1', 'd2']);
      expect(second).toEqual({ items: [{ id: 'd3', amount: 30 }], nextCursor: null });
      const finds = mongo.calls('find');
      expect(finds[0]).toEqual(['rm_deals', 'find', {}, { projection: { _id: 0 }, sort: { amount: 1, _id: 1 }, limit: 3 }]);
      expect(finds[1]![2]).toEqual({ $or: [{ amount: { $gt: 20 } }, { amount: 20, _id: { $gt: 'd2' } }] });
      expect(mongo.calls('listIndexes')).toHaveLength(1);
    });

    it('reads the declared fields from the indexes, and looks again before refusing an undeclared one', async () => {
      const mongo = new FakeMongo().on('rm_deals', 'listIndexes', () => declared('amount'), () => declared('amount', 'region'), () => declared('amount', 'region'));
      const { store } = storeOn(mongo);
      await store.find('deals', { sort: { field: 'amount' } });
      await store.find('deals', { sort: { field: 'region' } });
      await expect(store.find('deals', { sort: { field: 'owner' } })).rejects.toMatchObject({ code: 'READ_STORE.FIELD_NOT_INDEXED' });
      expect(mongo.calls('listIndexes')).toHaveLength(3);
    });

    it('gets one document by _id and many with $in, without _id', async () => {
      const mongo = new FakeMongo().on('rm_deals', 'findOne', () => ({ id: 'd1', n: 1 })).on('rm_deals', 'find', () => [{ id: 'd1' }, { id: 'd2' }]);
      const { store } = storeOn(mongo);
      expect(await store.get('deals', 'd1')).toEqual({ id: 'd1', n: 1 });
      expect(await store.getMany('deals', ['d1', 'd2', 'd1'])).toHaveLength(2);
      expect(mongo.calls('findOne')[0]).toEqual(['rm_deals', 'findOne', { _id: 'd1' }, { projection: { _id: 0 } }]);
      expect(mongo.calls('find')[0]).toEqual(['rm_deals', 'find', { _id: { $in: ['d1', 'd2'] } }, { projection: { _id: 0 } }]);
    });

    it('counts with the translated filter', async () => {
      const mongo = new FakeMongo().on('rm_deals', 'countDocuments', () => 3);
      const { store } = storeOn(mongo);
      expect(await store.count('deals', { where: { owner: 'ann' } })).toBe(3);
      expect(mongo.calls('countDocuments')[0]![2]).toEqual({ owner: { $not: { $type: 'array' }, $eq: 'ann' } });
    });

    it('refuses _id as a field, since it holds the id', async () => {
      const { store } = storeOn(new FakeMongo());
      await expect(store.find('deals', { where: { _id: 'x' } })).rejects.toMatchObject({ code: 'READ_STORE.INVALID_FIELD' });
      await expect(store.ensureCollection('deals', { indexes: ['_id'] })).rejects.toBeInstanceOf(ValidationError);
    });
  });

  describe('collections', () => {
    it('creates the prefixed collection and one { field, _id } index per declared field', async () => {
      const mongo = new FakeMongo();
      await storeOn(mongo).store.ensureCollection('deals', { indexes: ['amount', 'region', 'amount', 'id'] });
      expect(mongo.log).toEqual([
        ['db', 'createCollection', 'rm_deals'],
        [
          'rm_deals',
          'createIndexes',
          [
            { key: { amount: 1, _id: 1 }, name: 'by_amount' },
            { key: { region: 1, _id: 1 }, name: 'by_region' },
          ],
        ],
      ]);
    });

    it('creates one compound index per query shape, its equality fields, its sort field and _id, named by its keys', async () => {
      const mongo = new FakeMongo();
      await storeOn(mongo).store.ensureCollection('plans', {
        indexes: ['updatedAt'],
        shapes: [
          { equal: ['team'], sort: 'updatedAt', filters: ['status'] },
          { equal: [], sort: 'updatedAt' },
          { equal: ['team', 'salespersonId'], sort: 'updatedAt' },
          { equal: ['team'], sort: 'id' },
          { equal: [], sort: 'id' },
        ],
      });
      expect(mongo.calls('createIndexes')[0]![2]).toEqual([
        { key: { updatedAt: 1, _id: 1 }, name: 'by_updatedAt' },
        { key: { team: 1, updatedAt: 1, _id: 1 }, name: 'by_team+updatedAt' },
        { key: { team: 1, salespersonId: 1, updatedAt: 1, _id: 1 }, name: 'by_team+salespersonId+updatedAt' },
        { key: { team: 1, _id: 1 }, name: 'by_team' },
      ]);
    });

    it('reads the sort fields back from compound indexes: the key before _id', async () => {
      const indexes = [
        { key: { _id: 1 }, name: '_id_' },
        { key: { team: 1, updatedAt: 1, _id: 1 }, name: 'by_team+updatedAt' },
        { key: { team: 1, closedOn: 1 }, name: 'someone_elses' },
      ];
      const mongo = new FakeMongo().on('rm_plans', 'listIndexes', () => indexes, () => indexes);
      const { store } = storeOn(mongo);
      await store.find('plans', { where: { team: 'north' }, sort: { field: 'updatedAt', direction: 'desc' } });
      await expect(store.find('plans', { sort: { field: 'closedOn' } })).rejects.toMatchObject({ code: 'READ_STORE.FIELD_NOT_INDEXED' });
      expect(mongo.calls('find')[0]![3]).toMatchObject({ sort: { updatedAt: -1, _id: -1 } });
    });

    it('refuses a query shape that names a field twice, or id among its equality fields', async () => {
      const { store } = storeOn(new FakeMongo());
      await expect(store.ensureCollection('plans', { shapes: [{ equal: ['team', 'team'], sort: 'updatedAt' }] })).rejects.toMatchObject({ code: 'READ_STORE.INVALID_SHAPE' });
      await expect(store.ensureCollection('plans', { shapes: [{ equal: ['id'], sort: 'updatedAt' }] })).rejects.toMatchObject({ code: 'READ_STORE.INVALID_SHAPE' });
      await expect(store.ensureCollection('plans', { shapes: [{ equal: ['_id'], sort: 'updatedAt' }] })).rejects.toMatchObject({ code: 'READ_STORE.INVALID_FIELD' });
    });

    it('treats an existing collection and a missing one to drop as success', async () => {
      const exists = new MongoServerError({ message: 'Collection already exists', code: 48, codeName: 'NamespaceExists' });
      const missing = new MongoServerError({ message: 'ns not found', code: 26, codeName: 'NamespaceNotFound' });
      const mongo = new FakeMongo().on('db', 'createCollection', throws(exists)).on('db', 'dropCollection', throws(missing));
      const { store } = storeOn(mongo);
      await expect(store.ensureCollection('deals')).resolves.toBeUndefined();
      await expect(store.dropCollection('deals')).resolves.toBeUndefined();
    });
  });

  describe('units of work', () => {
    it('replays the writes in order in one transaction, consecutive writes to a collection as one ordered bulk write', async () => {
      const mongo = new FakeMongo();
      const { store } = storeOn(mongo);

      await store.transaction((tx) => {
        tx.requireLease('projection:deals', 'me');
        tx.upsert('a', { id: '1', n: 1 });
        tx.upsert('a', { id: '2', nested: { big: 2 ** 40 } });
        tx.delete('b', 'x');
        tx.setCheckpoint('deals', 5);
        tx.upsert('a', { id: '3' });
      });

      const session = expect.objectContaining({ inTransaction: expect.any(Function) });
      expect(mongo.log).toEqual([
        ['session', 'startTransaction', { writeConcern: { w: 'majority' }, readPreference: 'primary' }],
        ['rm__leases', 'updateOne', { _id: 'projection:deals', holder: 'me' }, { $inc: { fence: 1 } }, { session }],
        [
          'rm_a',
          'bulkWrite',
          [
            { replaceOne: { filter: { _id: '1' }, replacement: { _id: '1', id: '1', n: 1 }, upsert: true } },
            { replaceOne: { filter: { _id: '2' }, replacement: { _id: '2', id: '2', nested: { big: 2 ** 40 } }, upsert: true } },
          ],
          { ordered: true, session },
        ],
        ['rm_b', 'bulkWrite', [{ deleteOne: { filter: { _id: 'x' } } }], { ordered: true, session }],
        ['rm__checkpoints', 'bulkWrite', [{ updateOne: { filter: { _id: 'deals' }, update: { $set: { position: 5 } }, upsert: true } }], { ordered: true, session }],
        ['rm_a', 'bulkWrite', [{ replaceOne: { filter: { _id: '3' }, replacement: { _id: '3', id: '3' }, upsert: true } }], { ordered: true, session }],
        ['session', 'commitTransaction'],
        ['session', 'endSession'],
      ]);
    });

    it('starts no transaction when the work throws, and writes nothing', async () => {
      const mongo = new FakeMongo();
      await expect(
        storeOn(mongo).store.transaction((tx) => {
          tx.upsert('a', { id: '1' });
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(mongo.log).toEqual([]);
    });

    it('aborts, without committing, when a write fails, and passes the error on', async () => {
      const invalid = new MongoServerError({ message: 'Document failed validation', code: 121, codeName: 'DocumentValidationFailure' });
      const mongo = new FakeMongo().on('rm_b', 'bulkWrite', throws(invalid));
      const error = await storeOn(mongo)
        .store.transaction((tx) => {
          tx.upsert('a', { id: '1' });
          tx.upsert('b', { id: '2' });
        })
        .catch((e: unknown) => e);
      expect(error).toBe(invalid);
      expect(mongo.log.map(([target, method]) => `${target}.${method}`)).toEqual([
        'session.startTransaction',
        'rm_a.bulkWrite',
        'rm_b.bulkWrite',
        'session.abortTransaction',
        'session.endSession',
      ]);
    });

    it('aborts with READ_STORE.LEASE_LOST when the fencing lease is held by someone else', async () => {
      const mongo = new FakeMongo().on('rm__leases', 'updateOne', () => ({ matchedCount: 0 }));
      const error = await storeOn(mongo)
        .store.transaction((tx) => {
          tx.requireLease('projection:deals', 'me');
          tx.upsert('a', { id: '1' });
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IllegalStateError);
      expect((error as IllegalStateError).code).toBe('READ_STORE.LEASE_LOST');
      expect(mongo.calls('bulkWrite')).toEqual([]);
      expect(mongo.calls('abortTransaction')).toHaveLength(1);
      expect(mongo.calls('commitTransaction')).toEqual([]);
    });

    it('refuses a document with an _id field before starting a transaction', async () => {
      const mongo = new FakeMongo();
      await expect(storeOn(mongo).store.transaction((tx) => tx.upsert('a', { id: '1', _id: 'other' } as never))).rejects.toMatchObject({
        code: 'READ_STORE.INVALID_DOCUMENT',
      });
      expect(mongo.log).toEqual([]);
    });

    it('runs the whole transaction again, after a backoff, when a write fails with the TransientTransactionError label', async () => {
      const conflict = labelled(new MongoServerError({ message: 'WriteConflict', code: 112, codeName: 'WriteConflict' }), MongoErrorLabel.TransientTransactionError);
      const mongo = new FakeMongo().on('rm_b', 'bulkWrite', throws(conflict), () => ({ ok: 1 }));
      const { store, sleep } = storeOn(mongo);

      await store.transaction((tx) => {
        tx.upsert('a', { id: '1' });
        tx.upsert('b', { id: '2' });
      });

      expect(mongo.log.map(([target, method]) => `${target}.${method}`)).toEqual([
        'session.startTransaction',
        'rm_a.bulkWrite',
        'rm_b.bulkWrite',
        'session.abortTransaction',
        'session.startTransaction',
        'rm_a.bulkWrite',
        'rm_b.bulkWrite',
        'session.commitTransaction',
        'session.endSession',
      ]);
      expect(sleep).toHaveBeenCalledWith(10);
    });

    it('gives up after the configured retries with backoff growing to its cap, as ServiceUnavailableError READ_STORE.BUSY', async () => {
      const conflict = labelled(new MongoServerError({ message: 'WriteConflict', code: 112 }), MongoErrorLabel.TransientTransactionError);
      const mongo = new FakeMongo().on('rm_a', 'bulkWrite', throws(conflict));
      const { store, sleep } = storeOn(mongo, 3);

      const error = await store.transaction((tx) => tx.upsert('a', { id: '1' })).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(ServiceUnavailableError);
      expect((error as ServiceUnavailableError).code).toBe('READ_STORE.BUSY');
      expect(mongo.calls('startTransaction')).toHaveLength(4);
      expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([10, 20, 40]);
      expect(mongo.calls('commitTransaction')).toEqual([]);
    });

    it('commits again, without replaying, when the commit result is unknown', async () => {
      const unknown = labelled(new MongoNetworkError('connection reset during commit'), MongoErrorLabel.UnknownTransactionCommitResult);
      const mongo = new FakeMongo().on('session', 'commitTransaction', () => unknown, () => undefined);
      await storeOn(mongo).store.transaction((tx) => tx.upsert('a', { id: '1' }));
      expect(mongo.log.map(([target, method]) => `${target}.${method}`)).toEqual([
        'session.startTransaction',
        'rm_a.bulkWrite',
        'session.commitTransaction',
        'session.commitTransaction',
        'session.endSession',
      ]);
    });

    it('runs the whole transaction again when the commit fails with TransientTransactionError', async () => {
      const transient = labelled(new MongoServerError({ message: 'NoSuchTransaction', code: 251 }), MongoErrorLabel.TransientTransactionError);
      const mongo = new FakeMongo().on('session', 'commitTransaction', () => transient, () => undefined);
      await storeOn(mongo).store.transaction((tx) => tx.upsert('a', { id: '1' }));
      expect(mongo.calls('startTransaction')).toHaveLength(2);
      expect(mongo.calls('bulkWrite')).toHaveLength(2);
    });

    it('reports a network failure that outlasts the retries as READ_STORE.UNAVAILABLE', async () => {
      const lost = labelled(new MongoNetworkError('connection closed'), MongoErrorLabel.TransientTransactionError);
      const mongo = new FakeMongo().on('rm_a', 'bulkWrite', throws(lost));
      await expect(storeOn(mongo, 1).store.transaction((tx) => tx.upsert('a', { id: '1' }))).rejects.toMatchObject({ code: 'READ_STORE.UNAVAILABLE' });
      expect(mongo.calls('startTransaction')).toHaveLength(2);
    });
  });

  describe('leases', () => {
    it('takes a lease with one upsert whose pipeline judges expiry by the server clock ($$NOW): free, expired or already its own', async () => {
      const mongo = new FakeMongo().on('rm__leases', 'findOneAndUpdate', () => ({ _id: 'l', holder: 'me', expiresAt: new Date(1_030) }));
      expect(await storeOn(mongo).store.tryAcquireLease('l', 'me', 30)).toBe(true);
      const takes = { $or: [{ $eq: ['$holder', 'me'] }, { $lte: ['$expiresAt', '$$NOW'] }] };
      expect(mongo.calls('findOneAndUpdate')[0]).toEqual([
        'rm__leases',
        'findOneAndUpdate',
        { _id: 'l' },
        [{ $set: { holder: { $cond: [takes, 'me', '$holder'] }, expiresAt: { $cond: [takes, { $add: ['$$NOW', 30] }, '$expiresAt'] } } }],
        { upsert: true, returnDocument: 'after', includeResultMetadata: false },
      ]);
    });

    it('reads a lease another holder keeps as "not acquired", and its expiry as ms since the epoch', async () => {
      const mongo = new FakeMongo()
        .on('rm__leases', 'findOneAndUpdate', () => ({ _id: 'l', holder: 'other', expiresAt: new Date(5_000) }))
        .on('rm__leases', 'findOne', () => ({ _id: 'l', holder: 'other', expiresAt: new Date(5_000) }));
      const { store } = storeOn(mongo);
      expect(await store.tryAcquireLease('l', 'me', 30)).toBe(false);
      expect(await store.getLease('l')).toEqual({ name: 'l', holder: 'other', expiresAt: 5_000 });
    });

    it('reads the duplicate key of an upsert that lost to a live lease as "not acquired"', async () => {
      const duplicate = new MongoServerError({ message: 'E11000 duplicate key error collection: rm__leases index: _id_', code: 11000 });
      const mongo = new FakeMongo().on('rm__leases', 'findOneAndUpdate', throws(duplicate));
      expect(await storeOn(mongo).store.tryAcquireLease('l', 'me', 30)).toBe(false);
    });

    it('releases only its own lease and reads a lease without its fence counter', async () => {
      const mongo = new FakeMongo().on('rm__leases', 'findOne', () => ({ _id: 'l', holder: 'other', expiresAt: 5, fence: 12 }));
      const { store } = storeOn(mongo);
      await store.releaseLease('l', 'me');
      expect(await store.getLease('l')).toEqual({ name: 'l', holder: 'other', expiresAt: 5 });
      expect(mongo.calls('deleteOne')[0]).toEqual(['rm__leases', 'deleteOne', { _id: 'l', holder: 'me' }]);
    });
  });

  describe('errors', () => {
    it.each([
      ['MongoServerSelectionError', serverSelectionError()],
      ['MongoNetworkError', new MongoNetworkError('connect ECONNREFUSED 127.0.0.1:27017')],
      ['a NotWritablePrimary answer during an election', new MongoServerError({ message: 'not primary', code: 10107, codeName: 'NotWritablePrimary' })],
    ])('turns %s into ServiceUnavailableError READ_STORE.UNAVAILABLE', async (_label, driverError) => {
      const mongo = new FakeMongo().on('rm_deals', 'findOne', throws(driverError)).on('rm__checkpoints', 'findOne', throws(driverError));
      const { store } = storeOn(mongo);
      for (const call of [store.get('deals', 'd1'), store.getCheckpoint('p')]) {
        const error = await call.catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ServiceUnavailableError);
        expect(error).toMatchObject({ code: 'READ_STORE.UNAVAILABLE', details: { errorName: driverError.name } });
      }
    });

    it('looks inside a bulk write error for the network error that interrupted it', () => {
      const wrapped = new MongoBulkWriteError(new MongoNetworkError('connection 3 to 10.0.0.5:27017 closed'), {} as BulkWriteResult);
      expect(translateMongoError(wrapped)).toMatchObject({ code: 'READ_STORE.UNAVAILABLE', details: { errorName: 'MongoNetworkError' } });
    });

    it('connects before the first operation, and again after a failed connection', async () => {
      const mongo = new FakeMongo().on('rm_deals', 'findOne', () => ({ id: 'd1' }));
      mongo.connectFailures.push(serverSelectionError());
      const { store } = storeOn(mongo);

      await expect(store.get('deals', 'd1')).rejects.toMatchObject({ code: 'READ_STORE.UNAVAILABLE' });
      expect(mongo.calls('findOne')).toEqual([]);
      expect(await store.get('deals', 'd1')).toEqual({ id: 'd1' });
      await store.get('deals', 'd1');
      expect(mongo.connects).toBe(2);
    });

    it('passes other driver errors through unchanged', () => {
      const bad = new MongoServerError({ message: 'BadValue', code: 2 });
      const plain = new Error('not from the driver');
      expect(translateMongoError(bad)).toBe(bad);
      expect(translateMongoError(plain)).toBe(plain);
    });

    it('refuses to work once closed, with READ_STORE.CLOSED', async () => {
      const { store } = storeOn(new FakeMongo());
      await store.close();
      await expect(store.get('deals', 'd1')).rejects.toMatchObject({ code: 'READ_STORE.CLOSED' });
    });

    it.each([
      'mongodb://db1,db2/?replicaSet=rs0&readPreference=secondary&readConcernLevel=local&w=1&journal=false',
      'mongodb://db1/?readPreference=nearest&readConcernLevel=available&w=0',
    ])('reads from the primary with majority read concern and writes with majority, journaled, whatever %s says', (uri) => {
      const client = createMongoClient(uri);
      expect({ readPreference: client.readPreference.mode, readConcern: client.readConcern?.level, w: client.writeConcern?.w, journal: client.writeConcern?.journal }).toEqual({
        readPreference: 'primary',
        readConcern: 'majority',
        w: 'majority',
        journal: true,
      });
    });

    it('reports an unusable connection string as READ_STORE.INVALID_URI', () => {
      expect(() => MongoDbReadStore.connect({ uri: 'mongodb://', database: 'x' })).toThrow(expect.objectContaining({ code: 'READ_STORE.INVALID_URI' }));
    });
  });

  describe('with the real driver and no server listening', () => {
    const closedPort = () =>
      new Promise<number>((resolve) => {
        const server = createServer().listen(0, '127.0.0.1', () => {
          const { port } = server.address() as { port: number };
          server.close(() => resolve(port));
        });
      });

    it('answers reads, writes and pings with READ_STORE.UNAVAILABLE, and tries to connect again each time', async () => {
      const store = MongoDbReadStore.connect({ uri: `mongodb://127.0.0.1:${await closedPort()}/`, database: 'salesflow_unreachable', serverSelectionTimeoutMs: 200, transactionRetries: 1 });
      for (const call of [() => store.get('deals', 'd1'), () => store.transaction((tx) => tx.upsert('deals', { id: 'd1' })), () => store.ping(), () => store.get('deals', 'd1')]) {
        const error = await call().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ServiceUnavailableError);
        expect(error).toMatchObject({ code: 'READ_STORE.UNAVAILABLE', details: { errorName: 'MongoServerSelectionError' } });
      }
      await store.close();
    });
  });

  describe('ping', () => {
    it('accepts a replica set member or a mongos', async () => {
      const mongo = new FakeMongo().on('db', 'command', () => ({ ok: 1, setName: 'rs0' }), () => ({ ok: 1, msg: 'isdbgrid' }));
      const { store } = storeOn(mongo);
      await expect(store.ping()).resolves.toBeUndefined();
      await expect(store.ping()).resolves.toBeUndefined();
      expect(mongo.calls('command')[0]).toEqual(['db', 'command', { hello: 1 }]);
    });

    it('refuses a standalone server, which cannot run transactions, with READ_STORE.NO_TRANSACTIONS', async () => {
      const mongo = new FakeMongo().on('db', 'command', () => ({ ok: 1, isWritablePrimary: true }));
      await expect(storeOn(mongo).store.ping()).rejects.toMatchObject({ code: 'READ_STORE.NO_TRANSACTIONS' });
    });

    it('reports an unreachable server as READ_STORE.UNAVAILABLE', async () => {
      const mongo = new FakeMongo().on('db', 'command', throws(serverSelectionError()));
      await expect(storeOn(mongo).store.ping()).rejects.toMatchObject({ code: 'READ_STORE.UNAVAILABLE' });
    });
  });
});
