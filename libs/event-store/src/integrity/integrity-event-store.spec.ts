import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { eventStoreContract } from '#testing/event-store';
import { SqliteEventStore } from '../sqlite/sqlite-event-store.js';
import { AuditSealer } from './audit-seal.js';
import { auditedEventStore } from './audited-event-store.js';
import { integrityOf, recomputeHash } from './event-hash.js';
import { rawEventStore } from './event-store-decorator.js';
import { IntegrityEventStore } from './integrity-event-store.js';
import { verifyAuditTrail } from './verify-audit-trail.js';

const dir = mkdtempSync(join(tmpdir(), 'salesflow-integrity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

eventStoreContract('integrity decorator over sqlite :memory:', async () => new IntegrityEventStore(new SqliteEventStore({ filename: ':memory:' })));
eventStoreContract(
  'audited store (integrity + upcasting) over a sqlite file',
  async () =>
    auditedEventStore(new SqliteEventStore({ filename: join(dir, 'contract.sqlite'), pollIntervalMs: 20 }), {
      upcasters: [{ fromType: 'Legacy', toType: 'Legacy.v2', upcast: (data) => data }],
    }),
);

const meta = { actorId: 'u1', correlationId: 'c1' };
const ev = (type: string, data: Record<string, unknown> = {}) => ({ type, data, metadata: meta });

describe('IntegrityEventStore', () => {
  let file: string;
  let store: IntegrityEventStore;
  let n = 0;

  beforeEach(() => {
    file = join(dir, `chain-${++n}.sqlite`);
    store = new IntegrityEventStore(new SqliteEventStore({ filename: file }));
  });
  afterEach(async () => {
    await store.close();
  });

  it('stamps each event with the hash of its content and of its stream predecessor, and reads it back without the stamp', async () => {
    await store.append('order-1', [ev('Opened', { n: 1 }), ev('Noted', { text: 'x' })]);
    await store.append('order-1', [ev('Closed')], { expectedRevision: 1 });
    const stored = await rawEventStore(store).readStream('order-1');
    const stamps = stored.map((e) => integrityOf(e.metadata)!);
    expect(stamps.map((s) => s.previousHash)).toEqual([null, stamps[0]!.hash, stamps[1]!.hash]);
    stored.forEach((e, i) => expect(recomputeHash(e, stamps[i]!.previousHash)).toBe(stamps[i]!.hash));
    expect((await store.readStream('order-1')).map((e) => e.metadata)).toEqual([meta, meta, meta]);
    expect((await store.readAll()).every((e) => !('integrity' in e.metadata))).toBe(true);
  });

  it('verifies a clean log, including seals', async () => {
    await store.append('order-1', [ev('Opened')]);
    await store.append('order-2', [ev('Opened'), ev('Closed')]);
    expect((await new AuditSealer(store).seal()).sealed).toBe(true);
    await store.append('order-1', [ev('Closed')]);
    const report = await verifyAuditTrail(store);
    expect(report).toMatchObject({ ok: true, chaining: true, events: 5, streams: 3, brokenStreams: [], seals: { count: 1, verified: 1, problems: [], unsealedEvents: 1 } });
    expect(report.seals.latest).toMatchObject({ sealNumber: 1, toPosition: 3 });
  });

  it('keeps the chain when another process appends to the same stream behind its back', async () => {
    const other = new IntegrityEventStore(new SqliteEventStore({ filename: file }));
    await store.append('order-1', [ev('A')]);
    await other.append('order-1', [ev('B')]);
    await store.append('order-1', [ev('C')]);
    await other.append('order-1', [ev('D')], { expectedRevision: 'stream_exists' });
    await store.append('order-1', [ev('E')], { expectedRevision: 3 });
    await other.close();
    expect((await store.readStream('order-1')).map((e) => e.type)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect((await verifyAuditTrail(store)).ok).toBe(true);
  });

  it('chains concurrent appends to one stream one after the other', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.append('order-1', [ev('Noted', { i })])));
    expect(await store.readStream('order-1')).toHaveLength(20);
    expect((await verifyAuditTrail(store)).ok).toBe(true);
  });

  it('detects an edited event, a deleted stream, a gap and a truncated tail', async () => {
    await store.append('order-1', [ev('Opened', { amount: 100 }), ev('Approved', { by: 'mgr' })]);
    await store.append('order-2', [ev('Opened', { amount: 5 })]);
    await store.append('order-3', [ev('Opened'), ev('Noted'), ev('Closed')]);
    await new AuditSealer(store).seal();
    await store.append('order-4', [ev('Opened')]);
    await new AuditSealer(store).seal();

    const db = new Database(file);
    db.prepare(`UPDATE events SET data = json_set(data, '$.amount', 1) WHERE stream_name = 'order-1' AND revision = 0`).run();
    db.prepare(`DELETE FROM events WHERE stream_name = 'order-2'`).run();
    db.prepare(`DELETE FROM events WHERE stream_name = 'order-3' AND revision = 1`).run();
    db.prepare(`DELETE FROM events WHERE stream_name = 'order-4'`).run();
    db.close();

    const report = await verifyAuditTrail(store);
    expect(report.ok).toBe(false);
    expect(report.brokenStreams.map((b) => [b.streamName, b.revision, b.problem])).toEqual([
      ['order-1', 0, 'HASH_MISMATCH'],
      ['order-3', 2, 'REVISION_GAP'],
    ]);
    expect(report.seals.problems.map((p) => [p.sealNumber, p.problem, p.expected, p.actual])).toEqual([
      [1, 'EVENT_COUNT_MISMATCH', 6, 4],
      [2, 'EVENT_COUNT_MISMATCH', 2, 1],
    ]);
  });

  it('detects a chain rewritten consistently inside a sealed range by the seal', async () => {
    await store.append('order-1', [ev('Opened', { amount: 100 })]);
    await new AuditSealer(store).seal();
    const [event] = await rawEventStore(store).readStream('order-1');
    const forged = { ...event!, data: { amount: 1 } };
    const hash = recomputeHash(forged, null);
    const db = new Database(file);
    db.prepare(`UPDATE events SET data = ?, metadata = json_set(metadata, '$.integrity.hash', ?) WHERE stream_name = 'order-1'`).run(JSON.stringify(forged.data), hash);
    db.close();
    const report = await verifyAuditTrail(store);
    expect(report.brokenStreams).toEqual([]);
    expect(report.seals.problems).toEqual([expect.objectContaining({ sealNumber: 1, problem: 'EVENTS_HASH_MISMATCH' })]);
  });

  it('answers a repeat with any from the stream instead of writing a second copy', async () => {
    const id = '0b4cf7e6-5d5a-4e6e-9d1f-1a2b3c4d5e6f';
    const first = await store.append('order-1', [{ id, type: 'Opened', data: {} }]);
    await store.append('order-1', [ev('Noted')]);
    expect(await store.append('order-1', [{ id, type: 'Opened', data: {} }], { expectedRevision: 'any' })).toEqual(first);
    expect(await store.readStream('order-1')).toHaveLength(2);
    expect((await verifyAuditTrail(store)).ok).toBe(true);
  });

  it('chains the events of a multi-stream append on each stream head, so the trail verifies', async () => {
    await store.append('order-1', [ev('Opened')]);
    await store.appendMany([
      { streamName: 'order-1', events: [ev('Noted')], expectedRevision: 0 },
      { streamName: 'key-1', events: [ev('Reserved')], expectedRevision: 'no_stream' },
    ]);
    await store.append('order-1', [ev('Closed')], { expectedRevision: 1 });
    const stored = await rawEventStore(store).readStream('order-1');
    expect(stored.map((e) => integrityOf(e.metadata)!.previousHash)).toEqual([null, integrityOf(stored[0]!.metadata)!.hash, integrityOf(stored[1]!.metadata)!.hash]);
    expect((await verifyAuditTrail(store)).ok).toBe(true);
  });

  it('reports events written past the decorator', async () => {
    await store.append('order-1', [ev('Opened')]);
    await rawEventStore(store).append('order-1', [ev('Sneaked')]);
    const report = await verifyAuditTrail(store);
    expect(report.brokenStreams).toEqual([expect.objectContaining({ streamName: 'order-1', revision: 1, problem: 'MISSING_INTEGRITY' })]);
  });

  it('seals nothing when nothing but seals came since the last seal', async () => {
    const sealer = new AuditSealer(store);
    expect(await sealer.seal()).toEqual({ sealed: false, latest: null });
    await store.append('order-1', [ev('Opened')]);
    const first = await sealer.seal();
    expect(first).toMatchObject({ sealed: true, seal: { sealNumber: 1, fromPosition: 0, toPosition: 1, eventCount: 1, previousSealHash: null } });
    expect(await sealer.seal()).toMatchObject({ sealed: false, latest: { seal: { sealNumber: 1 } } });
    await store.append('order-1', [ev('Closed')]);
    const second = await sealer.seal();
    expect(second).toMatchObject({ sealed: true, seal: { sealNumber: 2, fromPosition: 1, eventCount: 2 } });
    expect(second.sealed && second.seal.previousSealHash).toBe(first.sealed && first.seal.sealHash);
  });
});
