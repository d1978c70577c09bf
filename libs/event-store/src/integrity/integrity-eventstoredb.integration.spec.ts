import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { eventStoreContract } from '#testing/event-store';
import { skippedSuite } from '#testing/eventsourcing';
import { EventStoreDbEventStore } from '../eventstoredb/eventstoredb-event-store.js';
import { integrityOf, recomputeHash } from './event-hash.js';
import { rawEventStore } from './event-store-decorator.js';
import { IntegrityEventStore } from './integrity-event-store.js';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

if (connectionString) {
  const make = async () => new IntegrityEventStore(EventStoreDbEventStore.fromConnectionString(connectionString));
  eventStoreContract('integrity decorator over EventStoreDB', make);

  describe('IntegrityEventStore over EventStoreDB', () => {
    it('stores a chain that recomputes from what the server returns', async () => {
      const store = await make();
      const stream = `order-${randomUUID().replaceAll('-', '')}`;
      await store.append(stream, [{ type: 'Opened', data: { amount: 1, nested: { a: [1, 2] } }, metadata: { actorId: 'u1' } }]);
      await store.append(stream, [{ type: 'Closed', data: {} }], { expectedRevision: 0 });
      const stored = await rawEventStore(store).readStream(stream);
      let previous: string | null = null;
      for (const event of stored) {
        const stamp = integrityOf(event.metadata)!;
        expect(stamp.previousHash).toBe(previous);
        expect(recomputeHash(event, previous)).toBe(stamp.hash);
        previous = stamp.hash;
      }
      await store.close();
    });
  });
} else {
  skippedSuite(
    'IntegrityEventStore over EventStoreDB',
    'EVENTSTORE_CONNECTION_STRING not set (see eventstoredb-event-store.integration.spec.ts)',
    'runs only against a real EventStoreDB server',
  );
}
