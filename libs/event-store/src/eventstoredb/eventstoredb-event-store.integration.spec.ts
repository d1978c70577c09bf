import { EventStoreDBClient } from '@eventstore/db-client';
import { eventStoreContract } from '#testing/event-store';
import { skippedSuite } from '#testing/eventsourcing';
import { EventStoreDbEventStore } from './eventstoredb-event-store.js';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

if (connectionString) {
  const admin = EventStoreDBClient.connectionString(connectionString);
  eventStoreContract(
    'EventStoreDB',
    async () => EventStoreDbEventStore.fromConnectionString(connectionString),
    async (store) => {
      await store.close();
      await admin.dispose();
    },
    {
      tombstone: async (streamName) => void (await admin.tombstoneStream(streamName)),
      reopen: async () => EventStoreDbEventStore.fromConnectionString(connectionString),
    },
  );
} else {
  skippedSuite(
    'EventStore contract: EventStoreDB',
    'EVENTSTORE_CONNECTION_STRING not set; run `docker compose up -d eventstore` and set it (e.g. EVENTSTORE_CONNECTION_STRING="esdb://localhost:2113?tls=false")',
    'runs only against a real EventStoreDB server',
  );
}
