import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AuditSealer, FileSealReceipts, SqliteEventStore, auditedEventStore, findDecorator, rawEventStore, verifyAuditTrail, type EventStore, type SealReceiptSink } from '#app/event-store';
import { PERSONAL_DATA_MIGRATION_STREAM, PersonalDataEventStore, PersonalDataReader, isPersonalToken } from '#app/personal-data';
import { ERASED } from '#app/shared-kernel';
import { sealReceiptSinks, verifyOptionsFor } from './audit-trail.js';
import { loadConfig, type AppConfig } from './config.js';
import { encryptExistingPersonalData } from './personal-data-migration.js';
import { Runtime } from './runtime.js';
import { createEventStore, createReadStore } from './stores.js';

const CLOCK = () => new Date('2027-04-01T08:00:00.000Z');
const ops = { id: 'ops-1', name: 'Olga Operator' };
const manager = { id: 'mgr-1', roles: ['manager' as const] };
const meta = (actorId: string, actorName: string) => ({ actorId, actorName, actorRole: 'supervisor', commandId: `${actorId}-${Math.random()}`, occurredAt: '2027-01-05T09:00:00.000Z' });
const CLEAR = ['Li Wei', '+86 10 1234 5678', 'Sue Supervisor', 'Ann Legacy'];

/** Writes a log as the code before encryption did: hash-chained, sealed (with receipts), personal fields in clear. */
async function legacyLog(store: EventStore, receipts: readonly SealReceiptSink[]) {
  await store.append('prospect-p1', [
    { type: 'ProspectAdded', data: { prospectId: 'p1', team: 'north', name: 'Acme', normalisedName: 'acme', industry: 'Food', region: 'Jinan', size: 'medium', contact: { name: 'Li Wei', phone: '+86 10 1234 5678' }, source: 'Fair', initialAssessment: 'Good', addedBy: 'sue' }, metadata: meta('sue', 'Sue Supervisor') },
  ]);
  await new AuditSealer(store, { clock: CLOCK, receipts }).seal({ id: 'system', name: 'salesflow', role: 'system' });
  await store.append('prospect-p1', [{ type: 'ProspectAssigned', data: { prospectId: 'p1', team: 'north', salespersonId: 'ann', salespersonName: 'Ann Legacy', assignedBy: 'sue' }, metadata: meta('sue', 'Sue Supervisor') }]);
  await store.append('plan-x', [{ type: 'PlanApproved', data: { planId: 'x', team: 'north', period: '2027-Q1', version: 1, approvedBy: 'mgr-1' }, metadata: meta('sue', 'Sue Supervisor') }]);
  await new AuditSealer(store, { clock: CLOCK, receipts }).seal({ id: 'system', name: 'salesflow', role: 'system' });
  await store.append('prospect-p1', [{ type: 'ProspectRedefined', data: { prospectId: 'p1', team: 'north', redefinition: 'Smaller scope', redefinedBy: 'sue' }, metadata: meta('sue', 'Sue Supervisor') }]);
}

const fileText = (dir: string, name: string) => ['', '-wal'].map((suffix) => (existsSync(join(dir, `${name}${suffix}`)) ? readFileSync(join(dir, `${name}${suffix}`)).toString('latin1') : '')).join('');

describe('encrypting the personal data of a log written before encryption', () => {
  let dir: string;
  let config: AppConfig;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'salesflow-migrate-'));
    config = loadConfig({ DATA_DIR: dir });
    const legacy = auditedEventStore(new SqliteEventStore({ filename: join(dir, 'events.sqlite') }));
    await legacyLog(legacy, sealReceiptSinks(config));
    const runtime = new Runtime(legacy, createReadStore(config));
    await runtime.projections.catchUp();
    await runtime.close();
    expect(fileText(dir, 'events.sqlite')).toContain('Li Wei');
    expect(fileText(dir, 'read.sqlite')).toContain('Li Wei');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('encrypts in place, re-chains and re-seals, drops the read models, records old and new seal, and the log verifies', async () => {
    const legacy = createEventStore(config);
    const before = await rawEventStore(legacy).readAll();
    const oldSeal = ((await rawEventStore(legacy).readStream('auditseal-log')).at(-1)!.data as { sealHash: string }).sealHash;
    await legacy.close();

    const report = await encryptExistingPersonalData(config, ops, CLOCK);
    expect(report).toMatchObject({ events: 6, encryptedEvents: 4, resealed: 2, previousSealHash: oldSeal, readModels: 'deleted (rebuilt at the next start)' });
    expect(report.sealHash).not.toBe(oldSeal);

    for (const text of CLEAR) expect(fileText(dir, 'events.sqlite')).not.toContain(text);
    expect(existsSync(join(dir, 'read.sqlite'))).toBe(false);
    const store = createEventStore(config);
    try {
      const verified = await verifyAuditTrail(store, await verifyOptionsFor(config, store));
      expect(verified.ok).toBe(true);
      expect(verified.seals.receipts).toMatchObject({ matched: verified.seals.receipts!.count, problems: [] });
      const receipts = (await new FileSealReceipts(config.auditSealReceiptsFile!).read())!;
      const sealHashes = (await rawEventStore(store).readStream('auditseal-log')).map((e) => (e.data as { sealHash: string }).sealHash);
      expect(receipts.map((r) => r.sealHash)).toEqual([expect.any(String), oldSeal, ...sealHashes]);
      expect(report.sealHash).toBe(sealHashes[1]);
      const after = await rawEventStore(store).readAll();
      expect(after.slice(0, before.length).map((e) => [e.id, e.type, e.streamName, e.revision, e.position])).toEqual(before.map((e) => [e.id, e.type, e.streamName, e.revision, e.position]));
      expect(isPersonalToken((after[0]!.data as { contact: { name: string } }).contact.name)).toBe(true);
      const [migration] = await store.readStream(PERSONAL_DATA_MIGRATION_STREAM);
      expect(migration!.data).toEqual({ encryptedEvents: 4, rewrittenEvents: report.rewrittenEvents, resealed: 2, previousSealHash: oldSeal, sealHash: report.sealHash, encryptedBy: 'ops-1', encryptedAt: '2027-04-01T08:00:00.000Z' });
      const shown = await PersonalDataReader.of(store).reveal(after, { actor: manager, route: 'test' });
      expect(shown[0]!.data).toMatchObject({ contact: { name: 'Li Wei', phone: '+86 10 1234 5678' } });
      expect(shown[0]!.metadata).toMatchObject({ actorName: 'Sue Supervisor' });
    } finally {
      await store.close();
    }
    expect((await encryptExistingPersonalData(config, ops, CLOCK)).encryptedEvents).toBe(0);
  });

  it('makes the clear copies of a subject erased before the migration unreadable for good', async () => {
    const store = createEventStore(config);
    await store.append('prospect-p2', [{ type: 'ProspectRedefined', data: { prospectId: 'p2', team: 'north', redefinition: 'x', redefinedBy: 'sue' }, metadata: meta('sue', 'Sue Supervisor') }]);
    expect(await findDecorator(store, PersonalDataEventStore)!.vault.erase('employee:sue')).toBe('destroyed');
    await store.close();

    await encryptExistingPersonalData(config, ops, CLOCK);
    const after = createEventStore(config);
    try {
      const shown = await PersonalDataReader.of(after).reveal(await rawEventStore(after).readStream('prospect-p1'), { actor: manager, route: 'test' });
      expect(shown.map((e) => (e.metadata as { actorName: string }).actorName)).toEqual([ERASED, ERASED, ERASED]);
      expect((shown[0]!.data as { contact: { name: string } }).contact.name).toBe('Li Wei');
    } finally {
      await after.close();
    }
    expect(fileText(dir, 'events.sqlite')).not.toContain('Sue Supervisor');
  });

  it('changes nothing in a log that does not verify, or while the API holds the leases', async () => {
    const db = new Database(join(dir, 'events.sqlite'));
    db.prepare("UPDATE events SET data = replace(data, 'Smaller scope', 'Larger scope') WHERE type = 'ProspectRedefined'").run();
    db.close();
    await expect(encryptExistingPersonalData(config, ops, CLOCK)).rejects.toThrow(/does not verify .* nothing was changed/);
    expect(fileText(dir, 'events.sqlite')).toContain('Li Wei');

    const running = Runtime.fromConfig(config);
    await running.readStore.tryAcquireLease('projection:tracking-sheet', 'api-host:1', 30_000);
    await running.close();
    await expect(encryptExistingPersonalData(config, ops)).rejects.toThrow(/api-host:1 runs projection:tracking-sheet .* stop the API and the projectors first/);
  });
});
