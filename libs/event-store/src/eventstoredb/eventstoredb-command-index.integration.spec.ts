import { commandIndexContract, snapshotStoreContract } from '#testing/event-store';
import { skippedSuite } from '#testing/eventsourcing';
import { EventStoreDbEventStore } from './eventstoredb-event-store.js';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

if (connectionString) {
  commandIndexContract('EventStoreDB', async () => EventStoreDbEventStore.fromConnectionString(connectionString));
  snapshotStoreContract('EventStoreDB', async () => EventStoreDbEventStore.fromConnectionString(connectionString));
} else {
  skippedSuite(
    'Command index and snapshot contracts: EventStoreDB',
    'EVENTSTORE_CONNECTION_STRING not set; they run on the in-memory EventStoreDB client meanwhile (eventstoredb-command-index.spec.ts)',
    'runs only against a real EventStoreDB server',
  );
}
