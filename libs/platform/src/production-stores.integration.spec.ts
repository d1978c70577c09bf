import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventStoreContract } from '#testing/event-store';
import { skippedSuite } from '#testing/eventsourcing';
import { loadConfig } from './config.js';
import { createEventStore } from './stores.js';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

if (connectionString) {
  const config = loadConfig({
    EVENT_STORE: 'eventstoredb',
    EVENTSTORE_CONNECTION_STRING: connectionString,
    AUTH_JWT_SECRET: 'a-test-secret-of-at-least-32-characters',
    PII_MASTER_KEY: '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'salesflow-esdb-')),
  });
  eventStoreContract('EventStoreDB as production composes it (createEventStore: hash chain, upcasting)', async () => createEventStore(config), undefined, {
    reopen: async () => createEventStore(config),
  });
} else {
  skippedSuite('EventStore contract: EventStoreDB as production composes it', 'EVENTSTORE_CONNECTION_STRING not set', 'runs only against a real EventStoreDB server');
}
