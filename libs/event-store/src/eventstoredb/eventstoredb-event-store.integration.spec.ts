import { describe, it } from '@jest/globals';
import { eventStoreContract } from '#testing/event-store';
import { EventStoreDbEventStore } from './eventstoredb-event-store.js';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

if (connectionString) {
  eventStoreContract('EventStoreDB', async () => EventStoreDbEventStore.fromConnectionString(connectionString));
} else {
  const reason =
    'EVENTSTORE_CONNECTION_STRING not set: skipping the EventStoreDB contract suite; run `docker compose up -d eventstore` ' +
    'and set it (e.g. EVENTSTORE_CONNECTION_STRING="esdb://localhost:2113?tls=false")';
  console.warn(reason);
  describe.skip(`EventStore contract: EventStoreDB (${reason})`, () => {
    it('runs only against a real EventStoreDB server', () => undefined);
  });
}
