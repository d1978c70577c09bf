import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DomainError, IllegalStateError, ValidationError } from '#app/eventsourcing';
import type { Page, ReadDocument, ReadQuery, ReadStore } from '../read-store.port.js';

interface Deal extends ReadDocument {
  owner: string;
  amount?: number;
  region?: string | null;
  closed?: boolean;
  closedOn?: string;
}

/**
 * The behaviour every ReadStore adapter must show. It knows nothing of the adapter: collection and
 * checkpoint names are unique per test and nothing assumes other collections are empty, so the
 * suite also runs against a shared server.
 */
export function readStoreContract(name: string, makeStore: () => Promise<ReadStore>, dispose?: (store: ReadStore) => Promise<void>) {
  describe(`ReadStore contract: ${name}`, () => {
    let store: ReadStore;
    const unique = (prefix = 'contract') => `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;

    async function collectionOf(documents: Deal[], indexes: string[] = ['amount', 'region', 'closedOn']) {
      const collection = unique();
      await store.ensureCollection(collection, { indexes });
      await store.transaction((tx) => documents.forEach((d) => tx.upsert(collection, d)));
      return collection;
    }

    async function allPages(collection: string, query: ReadQuery): Promise<{ ids: string[]; pages: number }> {
      const ids: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: Page<Deal> = await store.find<Deal>(collection, { ...query, cursor });
        ids.push(...page.items.map((d) => d.id));
        cursor = page.nextCursor;
        pages++;
        expect(pages).toBeLessThan(100);
      } while (cursor);
      return { ids, pages };
    }

    async function expectCode(promise: Promise<unknown>, errorClass: abstract new (...args: never[]) => DomainError, code: string) {
      const error = await promise.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(errorClass);
      expect((error as DomainError).code).toBe(code);
    }

    beforeAll(async () => {
      store = await makeStore();
    });
    afterAll(async () => {
      if (dispose) await dispose(store);
      else await store.close();
    });

    describe('documents', () => {
      it('reads back an upserted document, replaces it wholly on the next upsert and forgets it on delete', async () => {
        const c = unique();
        await store.ensureCollection(c);
        const doc = { id: 'd1', owner: 'ann', nested: { list: [1, 'two', null], flag: true }, amount: 1.5 };
        await store.transaction((tx) => tx.upsert(c, doc));
        expect(await store.get(c, 'd1')).toEqual(doc);

        await store.transaction((tx) => tx.upsert(c, { id: 'd1', owner: 'bob' }));
        expect(await store.get(c, 'd1')).toEqual({ id: 'd1', owner: 'bob' });

        await store.transaction((tx) => tx.delete(c, 'd1'));
        expect(await store.get(c, 'd1')).toBeNull();
      });

      it('round-trips numbers, nesting and keys exactly as JSON has them', async () => {
        const c = unique();
        const doc = {
          id: 'odd/id with spaces:1',
          int: 7,
          big: 2 ** 53 - 1,
          negative: -2_147_483_649,
          fraction: 0.1,
          zero: 0,
          empty: { list: [], object: {}, text: '' },
          keys: { 'ann.lee@example.com:revenue': { '2027-02-10': 5 }, 'with space': true, ünïcode: 'ü' },
        };
        await store.transaction((tx) => tx.upsert(c, doc));
        const read = await store.get(c, doc.id);
        expect(read).toEqual(doc);
        expect(Number.isInteger((read as typeof doc).big)).toBe(true);
        expect(typeof (read as typeof doc).int).toBe('number');
      });

      it('reads a missing document as null and deleting it is a no-op', async () => {
        const c = unique();
        await store.ensureCollection(c);
        expect(await store.get(c, 'nope')).toBeNull();
        await store.transaction((tx) => tx.delete(c, 'nope'));
        expect(await store.count(c)).toBe(0);
      });

      it('reads a collection that was never created as empty', async () => {
        const c = unique();
        expect(await store.get(c, 'x')).toBeNull();
        expect(await store.getMany(c, ['x'])).toEqual([]);
        expect(await store.find(c)).toEqual({ items: [], nextCursor: null });
        expect(await store.count(c)).toBe(0);
      });

      it('creates a collection on its first write', async () => {
        const c = unique();
        await store.transaction((tx) => tx.upsert(c, { id: 'a' }));
        expect(await store.get(c, 'a')).toEqual({ id: 'a' });
      });

      it('gets many documents at once, leaving out the missing ones', async () => {
        const c = await collectionOf([
          { id: 'a', owner: 'x' },
          { id: 'b', owner: 'y' },
          { id: 'c', owner: 'z' },
        ]);
        const found = await store.getMany<Deal>(c, ['c', 'a', 'missing']);
        expect(found.map((d) => d.id).sort()).toEqual(['a', 'c']);
        expect(await store.getMany(c, [])).toEqual([]);
      });

      it('reads more ids than one query takes, in several queries', async () => {
        const many = await collectionOf(Array.from({ length: 1_205 }, (_, i) => ({ id: `m${String(i).padStart(4, '0')}`, owner: 'x' })));
        const wanted = [...Array.from({ length: 1_205 }, (_, i) => `m${String(i).padStart(4, '0')}`), 'missing', 'm0001'];
        expect((await store.getMany<Deal>(many, wanted)).map((d) => d.id).sort()).toEqual(wanted.slice(0, 1_205));
      });

      it('keeps collections apart', async () => {
        const a = await collectionOf([{ id: 'same', owner: 'a' }]);
        const b = await collectionOf([{ id: 'same', owner: 'b' }]);
        expect((await store.get<Deal>(a, 'same'))?.owner).toBe('a');
        expect((await store.get<Deal>(b, 'same'))?.owner).toBe('b');
      });

      it('rejects invalid collection names and documents without an id', async () => {
        await expectCode(store.get('bad name!', 'x'), ValidationError, 'READ_STORE.INVALID_COLLECTION');
        await expectCode(
          store.transaction((tx) => tx.upsert(unique(), { owner: 'x' } as unknown as ReadDocument)),
          ValidationError,
          'READ_STORE.INVALID_DOCUMENT',
        );
      });

      it('lets ensureCollection be called again, adding indexes', async () => {
        const c = await collectionOf([{ id: 'a', owner: 'x', amount: 2 }], ['amount']);
        await store.ensureCollection(c, { indexes: ['amount', 'owner'] });
        expect((await store.find<Deal>(c, { sort: { field: 'owner' } })).items.map((d) => d.id)).toEqual(['a']);
        expect((await store.find<Deal>(c, { range: { amount: { gt: 1 } } })).items.map((d) => d.id)).toEqual(['a']);
      });
    });

    describe('queries', () => {
      const deals: Deal[] = [
        { id: 'd01', owner: 'ann', amount: 100, region: 'north', closed: true, closedOn: '2026-01-15' },
        { id: 'd02', owner: 'bob', amount: 250, region: 'south', closed: false },
        { id: 'd03', owner: 'ann', amount: 250, region: 'north', closed: false },
        { id: 'd04', owner: 'cid', amount: 40, region: null, closed: true, closedOn: '2026-02-01' },
        { id: 'd05', owner: 'ann', amount: 975.5, closed: true, closedOn: '2026-03-31' },
        { id: 'd06', owner: 'bob', region: 'south' },
        { id: 'd07', owner: '250', amount: 250, region: 'east' },
      ];
      let c: string;
      beforeAll(async () => {
        c = await collectionOf(deals);
      });
      const ids = (page: { items: Deal[] }) => page.items.map((d) => d.id);

      it('filters by equality on one or more top-level fields', async () => {
        expect(ids(await store.find<Deal>(c, { where: { owner: 'ann' } }))).toEqual(['d01', 'd03', 'd05']);
        expect(ids(await store.find<Deal>(c, { where: { owner: 'ann', region: 'north' } }))).toEqual(['d01', 'd03']);
        expect(ids(await store.find<Deal>(c, { where: { owner: 'nobody' } }))).toEqual([]);
        expect(ids(await store.find<Deal>(c, { where: { id: 'd04' } }))).toEqual(['d04']);
      });

      it('matches numbers, strings and booleans by type', async () => {
        expect(ids(await store.find<Deal>(c, { where: { amount: 250 } }))).toEqual(['d02', 'd03', 'd07']);
        expect(ids(await store.find<Deal>(c, { where: { owner: '250' } }))).toEqual(['d07']);
        expect(ids(await store.find<Deal>(c, { where: { closed: true } }))).toEqual(['d01', 'd04', 'd05']);
        expect(ids(await store.find<Deal>(c, { where: { closed: false } }))).toEqual(['d02', 'd03']);
        expect(ids(await store.find<Deal>(c, { where: { amount: 1 } }))).toEqual([]);
      });

      it('matches null against null and missing fields', async () => {
        expect(ids(await store.find<Deal>(c, { where: { region: null } }))).toEqual(['d04', 'd05']);
      });

      it('filters by ranges on indexed fields, inclusive and exclusive, only among values of the bound type', async () => {
        expect(ids(await store.find<Deal>(c, { range: { amount: { gte: 100, lte: 250 } } }))).toEqual(['d01', 'd02', 'd03', 'd07']);
        expect(ids(await store.find<Deal>(c, { range: { amount: { gt: 100, lt: 975.5 } } }))).toEqual(['d02', 'd03', 'd07']);
        expect(ids(await store.find<Deal>(c, { range: { amount: { gt: 250 } } }))).toEqual(['d05']);
        expect(ids(await store.find<Deal>(c, { range: { closedOn: { gte: '2026-02-01', lt: '2026-04-01' } } }))).toEqual(['d04', 'd05']);
        expect(ids(await store.find<Deal>(c, { range: { region: { gte: 'n' } } }))).toEqual(['d01', 'd02', 'd03', 'd06']);
        expect(ids(await store.find<Deal>(c, { range: { id: { gt: 'd05' } } }))).toEqual(['d06', 'd07']);
      });

      it('combines equality and ranges', async () => {
        expect(ids(await store.find<Deal>(c, { where: { owner: 'ann' }, range: { amount: { lt: 500 } } }))).toEqual(['d01', 'd03']);
      });

      it('sorts by an indexed field ascending and descending, breaking ties by id in the same direction, missing values as null', async () => {
        expect(ids(await store.find<Deal>(c, { sort: { field: 'amount', direction: 'asc' } }))).toEqual(['d06', 'd04', 'd01', 'd02', 'd03', 'd07', 'd05']);
        expect(ids(await store.find<Deal>(c, { sort: { field: 'amount', direction: 'desc' } }))).toEqual(['d05', 'd07', 'd03', 'd02', 'd01', 'd04', 'd06']);
        expect(ids(await store.find<Deal>(c, { sort: { field: 'id', direction: 'desc' }, limit: 3 }))).toEqual(['d07', 'd06', 'd05']);
      });

      it('sorts by id when no sort is given, and honours the limit', async () => {
        expect(ids(await store.find<Deal>(c))).toEqual(deals.map((d) => d.id));
        const page = await store.find<Deal>(c, { limit: 2 });
        expect(ids(page)).toEqual(['d01', 'd02']);
        expect(page.nextCursor).toEqual(expect.any(String));
      });

      it('counts the documents matching a filter', async () => {
        expect(await store.count(c)).toBe(deals.length);
        expect(await store.count(c, { where: { owner: 'ann' } })).toBe(3);
        expect(await store.count(c, { where: { closed: true }, range: { amount: { gte: 100 } } })).toBe(2);
      });

      it('counts at most the limit it is given, and refuses a limit beyond 100,000', async () => {
        expect(await store.count(c, {}, 2)).toBe(2);
        expect(await store.count(c, { where: { owner: 'ann' } }, 100)).toBe(3);
        await expectCode(store.count(c, {}, 100_001), ValidationError, 'READ_STORE.INVALID_LIMIT');
        await expectCode(store.count(c, {}, 0), ValidationError, 'READ_STORE.INVALID_LIMIT');
      });

      it('rejects sorting or ranging on a field that was not declared', async () => {
        await expectCode(store.find(c, { sort: { field: 'owner' } }), ValidationError, 'READ_STORE.FIELD_NOT_INDEXED');
        await expectCode(store.find(c, { range: { owner: { gt: 'a' } } }), ValidationError, 'READ_STORE.FIELD_NOT_INDEXED');
        await expectCode(store.count(c, { range: { owner: { gt: 'a' } } }), ValidationError, 'READ_STORE.FIELD_NOT_INDEXED');
      });

      it('rejects malformed query input with stable codes', async () => {
        await expectCode(store.find(c, { limit: 0 }), ValidationError, 'READ_STORE.INVALID_LIMIT');
        await expectCode(store.find(c, { limit: 1001 }), ValidationError, 'READ_STORE.INVALID_LIMIT');
        await expectCode(store.find(c, { limit: 2.5 }), ValidationError, 'READ_STORE.INVALID_LIMIT');
        await expectCode(store.find(c, { range: { amount: { gt: 1, lt: 'z' } } }), ValidationError, 'READ_STORE.INVALID_RANGE');
        await expectCode(store.find(c, { range: { amount: {} } }), ValidationError, 'READ_STORE.INVALID_RANGE');
        await expectCode(store.find(c, { range: { amount: { between: 3 } as never } }), ValidationError, 'READ_STORE.INVALID_RANGE');
        await expectCode(store.find(c, { where: { 'a.b': 1 } }), ValidationError, 'READ_STORE.INVALID_FIELD');
        await expectCode(store.find(c, { where: { owner: { $ne: 'x' } as never } }), ValidationError, 'READ_STORE.INVALID_FILTER');
      });
    });

    describe('cursor pagination', () => {
      const many: Deal[] = Array.from({ length: 23 }, (_, i) => ({
        id: `p${String((i * 7) % 23).padStart(2, '0')}`,
        owner: i % 3 === 0 ? 'ann' : 'bob',
        ...(i % 5 === 4 ? {} : { amount: (i % 4) * 10 }),
      }));

      it.each([
        ['amount ascending', { sort: { field: 'amount', direction: 'asc' } }],
        ['amount descending', { sort: { field: 'amount', direction: 'desc' } }],
        ['id descending', { sort: { field: 'id', direction: 'desc' } }],
        ['amount ascending, filtered', { sort: { field: 'amount', direction: 'asc' }, where: { owner: 'bob' } }],
        ['amount descending, ranged', { sort: { field: 'amount', direction: 'desc' }, range: { amount: { gte: 10 } } }],
      ] as [string, ReadQuery][])('walks every page of %s without duplicates or gaps', async (_label, query) => {
        const c = await collectionOf(many);
        const whole = await store.find<Deal>(c, { ...query, limit: 1000 });
        expect(whole.nextCursor).toBeNull();
        for (const limit of [1, 4, 7]) {
          const { ids: paged, pages } = await allPages(c, { ...query, limit });
          expect(paged).toEqual(whole.items.map((d) => d.id));
          expect(new Set(paged).size).toBe(paged.length);
          expect(pages).toBe(Math.max(1, Math.ceil(whole.items.length / limit)));
        }
      });

      it('pages the same through an index declared as a query shape: equality (a boolean too) on its fields, a filter, a range, either direction', async () => {
        const c = unique();
        await store.ensureCollection(c, { shapes: [{ equal: ['owner', 'closed'], sort: 'amount', filters: ['region'] }] });
        const deals = many.map((d, i) => ({ ...d, closed: i % 2 === 0, region: i % 3 === 1 ? 'north' : 'south' }));
        await store.transaction((tx) => deals.forEach((d) => tx.upsert(c, d)));
        const expected = (direction: 'asc' | 'desc') =>
          deals
            .filter((d) => d.owner === 'bob' && d.closed && d.region === 'north' && d.amount !== undefined && d.amount >= 10)
            .sort((a, b) => (a.amount! - b.amount! || a.id.localeCompare(b.id)) * (direction === 'asc' ? 1 : -1))
            .map((d) => d.id);
        for (const direction of ['asc', 'desc'] as const) {
          const query: ReadQuery = { where: { owner: 'bob', closed: true, region: 'north' }, range: { amount: { gte: 10 } }, sort: { field: 'amount', direction } };
          expect(expected(direction).length).toBeGreaterThan(1);
          expect((await allPages(c, { ...query, limit: 1 })).ids).toEqual(expected(direction));
        }
        await expectCode(store.find(c, { sort: { field: 'owner' } }), ValidationError, 'READ_STORE.FIELD_NOT_INDEXED');
      });

      it('returns no cursor on the last page, even when it is full', async () => {
        const c = await collectionOf(many.slice(0, 8));
        const first = await store.find<Deal>(c, { limit: 4 });
        const second = await store.find<Deal>(c, { limit: 4, cursor: first.nextCursor });
        expect(second.items).toHaveLength(4);
        expect(second.nextCursor).toBeNull();
      });

      it('continues after the last item seen even when documents are added before it', async () => {
        const c = await collectionOf(many.slice(0, 6));
        const first = await store.find<Deal>(c, { sort: { field: 'id' }, limit: 3 });
        await store.transaction((tx) => tx.upsert(c, { id: 'a_first', owner: 'zed' }));
        const second = await store.find<Deal>(c, { sort: { field: 'id' }, limit: 3, cursor: first.nextCursor });
        expect([...first.items, ...second.items].map((d) => d.id)).toEqual(many.slice(0, 6).map((d) => d.id).sort());
      });

      it('rejects a malformed cursor and a cursor from another sort', async () => {
        const c = await collectionOf(many);
        await expectCode(store.find(c, { cursor: 'not-a-cursor' }), ValidationError, 'READ_STORE.INVALID_CURSOR');
        await expectCode(store.find(c, { cursor: Buffer.from('{"x":1}').toString('base64url') }), ValidationError, 'READ_STORE.INVALID_CURSOR');
        const page = await store.find<Deal>(c, { sort: { field: 'amount' }, limit: 2 });
        await expectCode(store.find(c, { sort: { field: 'amount', direction: 'desc' }, cursor: page.nextCursor }), ValidationError, 'READ_STORE.INVALID_CURSOR');
        await expectCode(store.find(c, { cursor: page.nextCursor }), ValidationError, 'READ_STORE.INVALID_CURSOR');
      });
    });

    describe('unit of work', () => {
      it('commits documents in several collections and a checkpoint together, and returns the result of the work', async () => {
        const a = unique();
        const b = unique();
        const checkpoint = unique('cp');
        const result = await store.transaction(async (tx) => {
          tx.upsert(a, { id: '1' });
          await Promise.resolve();
          tx.upsert(b, { id: '2' });
          tx.setCheckpoint(checkpoint, 42);
          return 'done';
        });
        expect(result).toBe('done');
        expect(await store.get(a, '1')).toEqual({ id: '1' });
        expect(await store.get(b, '2')).toEqual({ id: '2' });
        expect(await store.getCheckpoint(checkpoint)).toBe(42);
      });

      it('applies writes in order, so the last write to a document wins', async () => {
        const c = unique();
        await store.transaction((tx) => {
          tx.upsert(c, { id: 'x', v: 1 });
          tx.delete(c, 'x');
          tx.upsert(c, { id: 'y', v: 1 });
          tx.upsert(c, { id: 'y', v: 2 });
        });
        expect(await store.get(c, 'x')).toBeNull();
        expect(await store.get(c, 'y')).toEqual({ id: 'y', v: 2 });
      });

      it('rolls back every document and the checkpoint when the work throws', async () => {
        const c = await collectionOf([{ id: 'keep', owner: 'before' }]);
        const checkpoint = unique('cp');
        await store.transaction((tx) => tx.setCheckpoint(checkpoint, 5));
        await expect(
          store.transaction(async (tx) => {
            tx.upsert(c, { id: 'keep', owner: 'after' });
            tx.upsert(c, { id: 'new', owner: 'x' });
            tx.delete(c, 'keep');
            tx.setCheckpoint(checkpoint, 9);
            await Promise.resolve();
            throw new Error('boom');
          }),
        ).rejects.toThrow('boom');
        expect(await store.get<Deal>(c, 'keep')).toEqual({ id: 'keep', owner: 'before' });
        expect(await store.get(c, 'new')).toBeNull();
        expect(await store.getCheckpoint(checkpoint)).toBe(5);
      });

      it('rolls back when one write of the work is invalid', async () => {
        const c = unique();
        const checkpoint = unique('cp');
        await expectCode(
          store.transaction((tx) => {
            tx.upsert(c, { id: 'ok' });
            tx.setCheckpoint(checkpoint, 3);
            tx.upsert(c, { id: '' });
          }),
          ValidationError,
          'READ_STORE.INVALID_DOCUMENT',
        );
        expect(await store.get(c, 'ok')).toBeNull();
        expect(await store.getCheckpoint(checkpoint)).toBeNull();
      });

      it('rolls back the writes already applied when a later step of the unit of work fails in the back end', async () => {
        const c = await collectionOf([
          { id: 'keep', owner: 'before' },
          { id: 'gone', owner: 'before' },
        ]);
        const created = unique();
        const checkpoint = unique('cp');
        const lease = unique('lease');
        await store.transaction((tx) => tx.setCheckpoint(checkpoint, 5));
        await store.tryAcquireLease(lease, 'other', 30_000);
        await expectCode(
          store.transaction((tx) => {
            tx.upsert(c, { id: 'keep', owner: 'after' });
            tx.upsert(created, { id: 'new' });
            tx.delete(c, 'gone');
            tx.setCheckpoint(checkpoint, 9);
            // Valid when made; refused only when the unit of work is applied, after the writes above.
            tx.requireLease(lease, 'me');
            tx.upsert(c, { id: 'late', owner: 'x' });
          }),
          IllegalStateError,
          'READ_STORE.LEASE_LOST',
        );
        expect(await store.getMany<Deal>(c, ['keep', 'gone', 'late'])).toEqual(
          expect.arrayContaining([
            { id: 'keep', owner: 'before' },
            { id: 'gone', owner: 'before' },
          ]),
        );
        expect(await store.count(c)).toBe(2);
        expect(await store.get(created, 'new')).toBeNull();
        expect(await store.getCheckpoint(checkpoint)).toBe(5);
      });

      it('does not snapshot documents by reference: later changes to an upserted object are not stored', async () => {
        const c = unique();
        const doc = { id: 'm', n: 1 };
        await store.transaction((tx) => {
          tx.upsert(c, doc);
          doc.n = 2;
        });
        expect(await store.get(c, 'm')).toEqual({ id: 'm', n: 1 });
      });
    });

    describe('checkpoints', () => {
      it('reads null for a checkpoint never written, then the last position written, independently per name', async () => {
        const one = unique('cp');
        const two = unique('cp');
        expect(await store.getCheckpoint(one)).toBeNull();
        await store.transaction((tx) => tx.setCheckpoint(one, 0));
        expect(await store.getCheckpoint(one)).toBe(0);
        await store.transaction((tx) => tx.setCheckpoint(one, 17));
        await store.transaction((tx) => tx.setCheckpoint(two, 3));
        expect(await store.getCheckpoint(one)).toBe(17);
        expect(await store.getCheckpoint(two)).toBe(3);
      });

      it('rejects a negative or fractional position', async () => {
        await expectCode(store.transaction((tx) => tx.setCheckpoint(unique('cp'), -1)), ValidationError, 'READ_STORE.INVALID_CHECKPOINT');
        await expectCode(store.transaction((tx) => tx.setCheckpoint(unique('cp'), 1.5)), ValidationError, 'READ_STORE.INVALID_CHECKPOINT');
      });
    });

    describe('leases', () => {
      const TTL = 30_000;
      /** Expiry is decided by the store's clock (a server's, on a shared store): these tests wait for it. */
      const SHORT_TTL = 300;
      /** Between the test's clock and a server's. */
      const SKEW = 5_000;
      const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

      it('gives a free lease to the first holder, until the store’s now + ttl', async () => {
        const lease = unique('lease');
        expect(await store.getLease(lease)).toBeNull();
        const before = Date.now();
        expect(await store.tryAcquireLease(lease, 'a', TTL)).toBe(true);
        const after = Date.now();
        const recorded = await store.getLease(lease);
        expect(recorded).toMatchObject({ name: lease, holder: 'a' });
        expect(recorded!.expiresAt).toBeGreaterThanOrEqual(before + TTL - SKEW);
        expect(recorded!.expiresAt).toBeLessThanOrEqual(after + TTL + SKEW);
      });

      it('refuses a lease another holder has not let expire, leaving it as it was', async () => {
        const lease = unique('lease');
        await store.tryAcquireLease(lease, 'a', TTL);
        const recorded = await store.getLease(lease);
        expect(await store.tryAcquireLease(lease, 'b', TTL)).toBe(false);
        expect(await store.getLease(lease)).toEqual(recorded);
      });

      it('lets the holder renew its lease, moving the expiry', async () => {
        const lease = unique('lease');
        await store.tryAcquireLease(lease, 'a', SHORT_TTL);
        const first = (await store.getLease(lease))!.expiresAt;
        expect(await store.tryAcquireLease(lease, 'a', TTL)).toBe(true);
        expect((await store.getLease(lease))!.expiresAt).toBeGreaterThan(first);
      });

      it('hands a lease the store finds expired to another holder, after which the former holder cannot renew it', async () => {
        const lease = unique('lease');
        await store.tryAcquireLease(lease, 'a', SHORT_TTL);
        await sleep(SHORT_TTL + 100);
        expect(await store.tryAcquireLease(lease, 'b', TTL)).toBe(true);
        expect((await store.getLease(lease))?.holder).toBe('b');
        expect(await store.tryAcquireLease(lease, 'a', TTL)).toBe(false);
      });

      it('frees a lease its holder releases, and ignores a release by anyone else', async () => {
        const lease = unique('lease');
        await store.tryAcquireLease(lease, 'a', TTL);
        await store.releaseLease(lease, 'b');
        expect((await store.getLease(lease))?.holder).toBe('a');
        await store.releaseLease(lease, 'a');
        expect(await store.getLease(lease)).toBeNull();
        expect(await store.tryAcquireLease(lease, 'b', TTL)).toBe(true);
        await expect(store.releaseLease(unique('lease'), 'a')).resolves.toBeUndefined();
      });

      it('gives a contested free lease to exactly one of the holders trying at once', async () => {
        const lease = unique('lease');
        const holders = Array.from({ length: 8 }, (_, i) => `holder-${i}`);
        const won = await Promise.all(holders.map((holder) => store.tryAcquireLease(lease, holder, TTL)));
        expect(won.filter(Boolean)).toHaveLength(1);
        expect((await store.getLease(lease))?.holder).toBe(holders[won.indexOf(true)]);
      });

      it('keeps leases of different names apart', async () => {
        const one = unique('lease');
        const two = unique('lease');
        expect(await store.tryAcquireLease(one, 'a', TTL)).toBe(true);
        expect(await store.tryAcquireLease(two, 'b', TTL)).toBe(true);
        expect((await store.getLease(one))?.holder).toBe('a');
        expect((await store.getLease(two))?.holder).toBe('b');
      });

      it('commits a unit of work fenced by a lease its holder still holds, even past the expiry', async () => {
        const lease = unique('lease');
        const c = unique();
        const checkpoint = unique('cp');
        await store.tryAcquireLease(lease, 'a', SHORT_TTL);
        await sleep(SHORT_TTL + 100);
        await store.transaction((tx) => {
          tx.requireLease(lease, 'a');
          tx.upsert(c, { id: 'x' });
          tx.setCheckpoint(checkpoint, 1);
        });
        expect(await store.get(c, 'x')).toEqual({ id: 'x' });
        expect(await store.getCheckpoint(checkpoint)).toBe(1);
      });

      it('writes nothing of a unit of work fenced by a lease another holder took over, failing with READ_STORE.LEASE_LOST', async () => {
        const lease = unique('lease');
        const c = await collectionOf([{ id: 'keep', owner: 'before' }]);
        const checkpoint = unique('cp');
        await store.transaction((tx) => tx.setCheckpoint(checkpoint, 5));
        await store.tryAcquireLease(lease, 'a', SHORT_TTL);
        await sleep(SHORT_TTL + 100);
        expect(await store.tryAcquireLease(lease, 'b', TTL)).toBe(true);
        await expectCode(
          store.transaction((tx) => {
            tx.requireLease(lease, 'a');
            tx.upsert(c, { id: 'keep', owner: 'after' });
            tx.upsert(c, { id: 'new', owner: 'x' });
            tx.setCheckpoint(checkpoint, 9);
          }),
          IllegalStateError,
          'READ_STORE.LEASE_LOST',
        );
        expect(await store.get<Deal>(c, 'keep')).toEqual({ id: 'keep', owner: 'before' });
        expect(await store.get(c, 'new')).toBeNull();
        expect(await store.getCheckpoint(checkpoint)).toBe(5);
      });

      it('fails a unit of work fenced by a lease nobody holds', async () => {
        const c = unique();
        await expectCode(
          store.transaction((tx) => {
            tx.upsert(c, { id: 'x' });
            tx.requireLease(unique('lease'), 'a');
          }),
          IllegalStateError,
          'READ_STORE.LEASE_LOST',
        );
        expect(await store.get(c, 'x')).toBeNull();
      });

      it('rejects empty names and holders, and a ttl that is not a positive integer', async () => {
        await expectCode(store.tryAcquireLease('', 'a', TTL), ValidationError, 'READ_STORE.INVALID_LEASE');
        await expectCode(store.tryAcquireLease(unique('lease'), '', TTL), ValidationError, 'READ_STORE.INVALID_LEASE');
        await expectCode(store.tryAcquireLease(unique('lease'), 'a', 0), ValidationError, 'READ_STORE.INVALID_LEASE');
        await expectCode(store.tryAcquireLease(unique('lease'), 'a', 1.5), ValidationError, 'READ_STORE.INVALID_LEASE');
        await expectCode(store.transaction((tx) => tx.requireLease('', 'a')), ValidationError, 'READ_STORE.INVALID_LEASE');
      });
    });

    describe('ping', () => {
      it('answers when the back end is reachable', async () => {
        await expect(store.ping()).resolves.toBeUndefined();
      });
    });

    describe('dropCollection', () => {
      it('removes the documents and the declared indexes, and leaves other collections alone', async () => {
        const doomed = await collectionOf([{ id: 'a', owner: 'x', amount: 1 }]);
        const other = await collectionOf([{ id: 'a', owner: 'y', amount: 1 }]);
        await store.dropCollection(doomed);
        expect(await store.get(doomed, 'a')).toBeNull();
        expect(await store.count(doomed)).toBe(0);
        await expectCode(store.find(doomed, { sort: { field: 'amount' } }), ValidationError, 'READ_STORE.FIELD_NOT_INDEXED');
        expect((await store.get<Deal>(other, 'a'))?.owner).toBe('y');
      });

      it('lets a dropped collection be created again, empty', async () => {
        const c = await collectionOf([{ id: 'a', owner: 'x', amount: 1 }]);
        await store.dropCollection(c);
        await store.ensureCollection(c, { indexes: ['amount'] });
        expect(await store.find(c, { sort: { field: 'amount' } })).toEqual({ items: [], nextCursor: null });
        await store.transaction((tx) => tx.upsert(c, { id: 'b', amount: 2 }));
        expect(await store.get(c, 'b')).toEqual({ id: 'b', amount: 2 });
      });

      it('is a no-op for a collection that does not exist', async () => {
        await expect(store.dropCollection(unique())).resolves.toBeUndefined();
      });
    });
  });
}
