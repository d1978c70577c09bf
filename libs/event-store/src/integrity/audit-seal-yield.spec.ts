import { describe, expect, it } from '@jest/globals';
import { SqliteEventStore } from '../sqlite/sqlite-event-store.js';
import { AuditSealer } from './audit-seal.js';
import { IntegrityEventStore } from './integrity-event-store.js';

describe('AuditSealer on a long unsealed log', () => {
  it('lets the event loop turn between the batches it hashes, so a first seal at start-up does not freeze the server', async () => {
    const store = new IntegrityEventStore(new SqliteEventStore({ filename: ':memory:' }));
    for (let s = 0; s < 20; s++) await store.append(`order-${s}`, Array.from({ length: 250 }, (_, i) => ({ type: 'Noted', data: { i } })));
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    const sealing = new AuditSealer(store, () => new Date('2027-01-01T00:00:00Z'), 500).seal();
    const outcome = await sealing;
    clearInterval(ticking);
    expect(outcome).toMatchObject({ sealed: true, seal: { eventCount: 5_000 } });
    expect(turns).toBeGreaterThanOrEqual(5);
    await store.close();
  });
});
