import { describe, expect, it } from '@jest/globals';
import type { RecordedEvent } from '#app/eventsourcing';
import { SqliteEventStore } from '../sqlite/sqlite-event-store.js';
import { auditedEventStore } from './audited-event-store.js';
import { rawEventStore } from './event-store-decorator.js';

describe('UpcastingEventStore', () => {
  it('upcasts every read (streams, the global log, subscriptions) and leaves the stored form as written', async () => {
    const store = auditedEventStore(new SqliteEventStore({ filename: ':memory:' }), {
      upcasters: [{ fromType: 'Rated', toType: 'Rated.v2', upcast: (data) => ({ ...(data as object), scale: 5 }) }],
    });
    await store.append('review-1', [{ type: 'Rated', data: { stars: 4 } }, { type: 'Noted', data: { text: 'ok' } }]);
    const expected = [
      ['Rated.v2', { stars: 4, scale: 5 }],
      ['Noted', { text: 'ok' }],
    ];
    const shape = (events: RecordedEvent[]) => events.map((e) => [e.type, e.data]);
    expect(shape(await store.readStream('review-1'))).toEqual(expected);
    expect(shape(await store.readAll())).toEqual(expected);
    const subscription = store.subscribeToAll();
    const live: RecordedEvent[] = [];
    for await (const event of subscription) if (live.push(event) === 2) break;
    await subscription.close();
    expect(shape(live)).toEqual(expected);
    expect(shape(await rawEventStore(store).readStream('review-1'))).toEqual([
      ['Rated', { stars: 4 }],
      ['Noted', { text: 'ok' }],
    ]);
    await store.close();
  });
});
