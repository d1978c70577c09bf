import { afterAll } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { skippedSuite } from '#testing/eventsourcing';
import { subjectKeyStoreContract } from '#testing/personal-data';
import { connectMongoDbPersonalData } from './mongodb-personal-data.js';

const uri = process.env.MONGODB_URI;

if (uri) {
  const admin = new MongoClient(uri);
  const databases: string[] = [];
  afterAll(async () => {
    await Promise.all(databases.map((name) => admin.db(name).dropDatabase()));
    await admin.close();
  });
  subjectKeyStoreContract('MongoDB', async () => {
    const database = `salesflow_keys_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    databases.push(database);
    return connectMongoDbPersonalData({ uri, database });
  });
} else {
  skippedSuite(
    'SubjectKeyStore and PersonalDataAccessLog contract: MongoDB',
    "MONGODB_URI not set; run `docker compose up -d mongodb` and set it (e.g. MONGODB_URI='mongodb://localhost:27017/?replicaSet=rs0&directConnection=true')",
    'runs only against a real MongoDB replica set',
  );
}
