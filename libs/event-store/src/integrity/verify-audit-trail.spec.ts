import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { EventStore } from '../event-store.port.js';
import { PlainEventStore } from '../testing/plain-event-store.js';
import { SqliteEventStore } from '../sqlite/sqlite-event-store.js';
import { AUDIT_SEAL_STREAM, AuditSealer } from './audit-seal.js';
import { rawEventStore } from './event-store-decorator.js';
import { IntegrityEventStore } from './integrity-event-store.js';
import { FileSealReceipts, type SealReceipt } from './seal-receipts.js';
import { verifyAuditTrail, type VerifyOptions } from './verify-audit-trail.js';

const dir = mkdtempSync(join(tmpdir(), 'salesflow-verify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ev = (type: string, data: Record<string, unknown> = {}) => ({ type, data, metadata: { actorId: 'u1' } });

describe('verifyAuditTrail against tampering', () => {
  let n = 0;
  let file: string;
  let receiptsFile: string;
  let store: IntegrityEventStore;
  let sealer: AuditSealer;

  const sql = (statement: string) => {
    const db = new Database(file);
    db.prepare(statement).run();
    db.close();
  };
  const verify = async (options: VerifyOptions = {}) => verifyAuditTrail(store, { receipts: await new FileSealReceipts(receiptsFile).read(), ...options });

  /** Two plans and a prospect, sealed twice; an unsealed event after the last seal. */
  async function history() {
    await store.append('plan-1', [ev('PlanOpened', { amount: 100 }), ev('PlanSubmitted')]);
    await store.append('prospect-1', [ev('ProspectAdded')]);
    await sealer.seal();
    await store.append('plan-2', [ev('PlanOpened'), ev('PlanSubmitted')]);
    await store.append('plan-1', [ev('PlanApproved')]);
    await sealer.seal();
    await store.append('plan-2', [ev('PlanApproved')]);
  }

  function open(make: (file: string) => EventStore = (f) => new SqliteEventStore({ filename: f })) {
    file = join(dir, `log-${++n}.sqlite`);
    receiptsFile = join(dir, `receipts-${n}.jsonl`);
    store = new IntegrityEventStore(make(file));
    sealer = new AuditSealer(store, { receipts: [new FileSealReceipts(receiptsFile)] });
  }

  beforeEach(() => open());
  afterEach(async () => {
    await store.close();
  });

  it('passes a clean log, its seals matching every receipt, no holes in the positions', async () => {
    await history();
    const report = await verify();
    expect(report).toMatchObject({
      ok: true,
      events: 9,
      log: { dense: true, gaps: [], gapCount: 0 },
      seals: { count: 2, problems: [], unsealedEvents: 1, overdue: null, receipts: { count: 2, matched: 2, problems: [], unreceipted: 0 } },
    });
  });

  it('writes each receipt as the seal is made: one JSON line per seal in the file', async () => {
    await history();
    const lines = readFileSync(receiptsFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as SealReceipt);
    const seals = await rawEventStore(store).readStream(AUDIT_SEAL_STREAM);
    expect(lines.map((r) => [r.sealNumber, r.position, r.sealHash])).toEqual(seals.map((s) => [(s.data as { sealNumber: number }).sealNumber, s.position, (s.data as { sealHash: string }).sealHash]));
  });

  it("detects deleting every seal (DELETE … WHERE stream_name = 'auditseal-log'): holes where they were, receipts naming missing seals", async () => {
    await history();
    sql(`DELETE FROM events WHERE stream_name = '${AUDIT_SEAL_STREAM}'`);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.seals.count).toBe(0);
    expect(report.log.gaps).toEqual([
      { after: 3, next: 5 },
      { after: 7, next: 9 },
    ]);
    expect(report.seals.receipts?.problems.map((p) => [p.sealNumber, p.problem])).toEqual([
      [1, 'SEAL_MISSING'],
      [2, 'SEAL_MISSING'],
    ]);
    const withoutReceipts = await verifyAuditTrail(store);
    expect(withoutReceipts.ok).toBe(false);
    expect(withoutReceipts.log.gapCount).toBe(2);
  });

  it('detects deleting the seal stream and then a sealed plan stream', async () => {
    await history();
    sql(`DELETE FROM events WHERE stream_name = '${AUDIT_SEAL_STREAM}'`);
    sql(`DELETE FROM events WHERE stream_name = 'plan-1'`);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.brokenStreams).toEqual([]);
    expect(report.log.missingPositions).toBe(5);
    expect(report.seals.receipts?.problems).toHaveLength(2);
  });

  it('detects truncating into the last seal’s range: the tail past the highest position ever given, and the seal it took along', async () => {
    await history();
    sql('DELETE FROM events WHERE position > 6');
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.seals.count).toBe(1);
    expect(report.log.gaps).toEqual([{ after: 6, next: 10 }]);
    expect(report.seals.receipts?.problems).toEqual([expect.objectContaining({ sealNumber: 2, problem: 'SEAL_MISSING' })]);
  });

  it('flags events older than the seal interval without a seal: sealing stopped, or the seals were removed where holes cannot be seen', async () => {
    await store.close();
    open((f) => new PlainEventStore(new SqliteEventStore({ filename: f })));
    await history();
    sql(`DELETE FROM events WHERE stream_name = '${AUDIT_SEAL_STREAM}'`);
    const now = () => new Date(Date.now() + 20 * 60_000);
    const fresh = await verifyAuditTrail(store, { sealIntervalMs: 600_000 });
    expect(fresh).toMatchObject({ ok: true, log: { dense: false, gapCount: 0 }, seals: { overdue: null } });
    const later = await verifyAuditTrail(store, { sealIntervalMs: 600_000, clock: now });
    expect(later.ok).toBe(false);
    expect(later.seals.overdue).toMatchObject({ events: 7, oldestPosition: 1, olderThanMs: 660_000 });
    const withReceipts = await verify();
    expect(withReceipts.seals.receipts?.problems).toHaveLength(2);
  });

  it('detects a full rewrite that recomputes every hash and every seal only against the receipts', async () => {
    await history();
    const original = await rawEventStore(store).readAll({ maxCount: 100 });
    await store.close();
    const db = new Database(file);
    db.prepare('DELETE FROM events').run();
    db.prepare(`UPDATE sqlite_sequence SET seq = 0 WHERE name = 'events'`).run();
    db.close();
    store = new IntegrityEventStore(new SqliteEventStore({ filename: file }));
    const forger = new AuditSealer(store);
    for (const event of original) {
      if (event.streamName === AUDIT_SEAL_STREAM) await forger.seal();
      else await store.append(event.streamName, [{ type: event.type, data: { ...(event.data as object), amount: 1 }, metadata: { actorId: 'u1' } }]);
    }

    const withoutReceipts = await verifyAuditTrail(store);
    expect(withoutReceipts).toMatchObject({ ok: true, brokenStreams: [], log: { gapCount: 0 }, seals: { count: 2, problems: [] } });
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.seals.receipts?.problems.map((p) => [p.sealNumber, p.problem])).toEqual([
      [1, 'SEAL_DIFFERS'],
      [2, 'SEAL_DIFFERS'],
    ]);
  });

  it('does not detect, as a limit: the unsealed tail truncated with the position counter put back, when no receipt covers it', async () => {
    await history();
    sql('DELETE FROM events WHERE position = 9');
    sql(`UPDATE sqlite_sequence SET seq = 8 WHERE name = 'events'`);
    expect(await verify()).toMatchObject({ ok: true, events: 8, seals: { unsealedEvents: 0 } });
  });

  it('writes the receipts a sink missed (a crash between a seal and its receipt) when the sealer catches up', async () => {
    await history();
    writeFileSync(receiptsFile, readFileSync(receiptsFile, 'utf8').split('\n')[0] + '\n');
    expect((await verify()).seals.receipts).toMatchObject({ count: 1, unreceipted: 1, problems: [] });
    await sealer.syncReceipts();
    expect((await verify()).seals.receipts).toMatchObject({ count: 2, matched: 2, unreceipted: 0 });
  });

  it('writes every receipt a sink missed in one catch-up, not one per seal', async () => {
    await history();
    writeFileSync(receiptsFile, '');
    await sealer.syncReceipts();
    expect((await verify()).seals.receipts).toMatchObject({ count: 2, matched: 2, unreceipted: 0 });
  });
});
