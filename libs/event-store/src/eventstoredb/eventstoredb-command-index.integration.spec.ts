import { describe, it } from '@jest/globals';
import { commandIndexContract, snapshotStoreContract } from '#testing/event-store';
import { EventStoreDbEventStore } from './eventstoredb-event-store.js';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

if (connectionString) {
  commandIndexContract('EventStoreDB', async () => EventStoreDbEventStore.fromConnectionString(connectionString));
  snapshotStoreContract('EventStoreDB', async () => EventStoreDbEventStore.fromConnectionString(connectionString));
} else {
  const reason = 'EVENTSTORE_CONNECTION_STRING not set: skipping the command index and snapshot contract suites on EventStoreDB (they run on the in-memory client)';
  console.warn(reason);
  describe.skip(`Command index and snapshots on EventStoreDB (${reason})`, () => {
    it('runs only against a real EventStoreDB server', () => undefined);
  });
}
