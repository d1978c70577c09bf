import { afterAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { skippedSuite } from '#testing/eventsourcing';
import { projectionRunnerScenarios, readStoreContract } from '#testing/read-store';
import { validateQuery } from '../read-query.js';
import type { ReadQuery } from '../read-store.port.js';
import { MongoDbReadStore } from './mongodb-read-store.js';
import { toMongoPage } from './mongodb-query.js';

const uri = process.env.MONGODB_URI;

if (uri) {
  const admin = new MongoClient(uri);
  const databases: string[] = [];
  const freshDatabase = () => {
    const name = `salesflow_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    databases.push(name);
    return name;
  };
  const drop = (database: string) => admin.db(database).dropDatabase().then(() => undefined);
  afterAll(async () => {
    await Promise.all(databases.map(drop));
    await admin.close();
  });

  const contractDatabase = freshDatabase();
  readStoreContract('MongoDB', async () => MongoDbReadStore.connect({ uri, database: contractDatabase }));

  projectionRunnerScenarios('MongoDB, one client per runner', async () => {
    const database = freshDatabase();
    return { connect: async () => MongoDbReadStore.connect({ uri, database }), destroy: () => drop(database) };
  });

  describe('MongoDbReadStore against a server', () => {
    it('finds a replica set (or mongos) that can run transactions', async () => {
      const store = MongoDbReadStore.connect({ uri, database: freshDatabase() });
      await expect(store.ping()).resolves.toBeUndefined();
      await store.close();
    });

    it('stores a declared field as a { field: 1, _id: 1 } index and documents under _id = id', async () => {
      const database = freshDatabase();
      const store = MongoDbReadStore.connect({ uri, database });
      await store.ensureCollection('deals', { indexes: ['amount'] });
      await store.transaction((tx) => tx.upsert('deals', { id: 'd1', amount: 3 }));
      const raw = admin.db(database).collection('rm_deals');
      expect(await raw.findOne({ _id: 'd1' as never })).toEqual({ _id: 'd1', id: 'd1', amount: 3 });
      expect((await raw.listIndexes().toArray()).map((i) => i['key'])).toContainEqual({ amount: 1, _id: 1 });
      await store.close();
    });

    it('creates one compound index per query shape, and the server uses it for the query without sorting in memory', async () => {
      const database = freshDatabase();
      const store = MongoDbReadStore.connect({ uri, database });
      await store.ensureCollection('plans', { shapes: [{ equal: ['team'], sort: 'updatedAt', filters: ['status'] }] });
      await store.transaction((tx) => ['p1', 'p2', 'p3'].forEach((id, i) => tx.upsert('plans', { id, team: 'north', status: 'draft', updatedAt: `2027-01-0${i + 1}` })));
      const raw = admin.db(database).collection('rm_plans');
      expect((await raw.listIndexes().toArray()).map((i) => [i['name'], i['key']])).toContainEqual(['by_team+updatedAt', { team: 1, updatedAt: 1, _id: 1 }]);
      const query: ReadQuery = { where: { team: 'north', status: 'draft' }, sort: { field: 'updatedAt', direction: 'desc' }, limit: 2 };
      const page = await store.find('plans', query);
      expect(page.items.map((d) => d.id)).toEqual(['p3', 'p2']);
      const sent = toMongoPage(validateQuery(query, new Set(['updatedAt'])));
      const plan = JSON.stringify(await raw.find(sent.filter).sort(sent.sort).limit(sent.limit).explain());
      expect(plan).toContain('by_team+updatedAt');
      expect(plan).not.toContain('"SORT"');
      await store.close();
    });
  });
} else {
  skippedSuite(
    'ReadStore contract and projection scenarios: MongoDB',
    'MONGODB_URI not set; run `docker compose up -d mongodb` (MongoDB with authentication: user salesflow, password MONGODB_PASSWORD) and set it with those credentials ' +
      "(e.g. MONGODB_URI='mongodb://salesflow:<MONGODB_PASSWORD>@localhost:27017/?replicaSet=rs0&directConnection=true&authSource=admin')",
    'runs only against a real MongoDB replica set',
  );
}
