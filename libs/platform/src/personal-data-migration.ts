import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuditSealer, AUDIT_SEAL_STREAM, SqliteLogRewrite, rawEventStore, recordedSeal } from '#app/event-store';
import type { Actor } from '#app/eventsourcing';
import {
  MasterKey,
  MasterKeyFormatError,
  MasterKeyMismatchError,
  PERSONAL_DATA_MIGRATION_STREAM,
  encryptExistingEvents,
  rotateMasterKey,
  verifyAuditTrailAndPersonalData,
  type EncryptionOutcome,
  type ExistingPersonalDataEncrypted,
  type RotationProgress,
} from '#app/personal-data';
import { sealReceiptSinks, verifyOptionsFor } from './audit-trail.js';
import { ConfigError, type AppConfig } from './config.js';
import { createPersonalDataVault, DEV_MASTER_KEY_FILE, PERSONAL_DATA_CLASSIFICATION, resolvePiiMasterKey } from './personal-data.js';
import { ALL_PROJECTIONS, Runtime } from './runtime.js';
import { createEventStore } from './stores.js';

export interface MigrationReport extends EncryptionOutcome {
  /** The seal made after the migration event, covering it. */
  sealedAfter: string | null;
  readModels: 'deleted (rebuilt at the next start)' | 'rebuilt';
}

const READ_FILES = ['read.sqlite', 'read.sqlite-wal', 'read.sqlite-shm'];

/**
 * The one-off migration of an embedded log written before personal data was encrypted: refuses a
 * log that does not verify, or a running API or projector; encrypts the clear personal fields in
 * place, re-chaining the streams and recomputing the seals (EncryptionOutcome); compacts the file
 * so no clear copy lingers; drops the read models (they held clear copies: SQLite's file is
 * deleted, MongoDB's collections rebuilt); sends the recomputed seals' receipts to the receipt
 * sinks; records ExistingPersonalDataEncrypted with the old and new latest seal hash, seals, and
 * verifies again (against the receipts too).
 */
export async function encryptExistingPersonalData(config: AppConfig, actor: Pick<Actor, 'id' | 'name'>, clock: () => Date = () => new Date()): Promise<MigrationReport> {
  if (config.eventStore !== 'sqlite') {
    throw new ConfigError('the events of EventStoreDB cannot be rewritten in place; existing personal data there stays as written (see the README, "Personal data")');
  }
  await requireStopped(config, clock);
  let store = createEventStore(config);
  let seals;
  try {
    const before = await verifyAuditTrailAndPersonalData(store, { receipts: (await verifyOptionsFor(config, store)).receipts });
    if (!before.ok) {
      throw new Error(
        `the audit trail does not verify (${before.brokenStreamCount} broken streams, ${before.seals.problems.length} seal problems, ${before.seals.receipts?.problems.length ?? 0} receipt problems, ${before.log.gapCount} holes in the log); a migration would re-chain over the break, so nothing was changed`,
      );
    }
    seals = (await rawEventStore(store).readStream(AUDIT_SEAL_STREAM)).map(recordedSeal);
  } finally {
    await store.close();
  }

  const vault = createPersonalDataVault(config);
  const rewrite = new SqliteLogRewrite(join(config.dataDir, 'events.sqlite'));
  let outcome: EncryptionOutcome;
  try {
    await vault.checkMasterKey();
    outcome = await encryptExistingEvents(rewrite, seals, PERSONAL_DATA_CLASSIFICATION, vault);
    rewrite.commitAndCompact();
  } finally {
    rewrite.close();
    await vault.close();
  }

  const readModels = await dropReadModels(config);
  store = createEventStore(config);
  try {
    const sealer = new AuditSealer(store, { clock, receipts: sealReceiptSinks(config) });
    const previous = new Map(seals.map((s) => [s.seal.sealNumber, s.seal.sealHash]));
    const resealed = (await rawEventStore(store).readStream(AUDIT_SEAL_STREAM)).map(recordedSeal).filter((s) => previous.get(s.seal.sealNumber) !== s.seal.sealHash);
    await sealer.reissueReceipts(resealed);
    const encryptedAt = clock().toISOString();
    const data: ExistingPersonalDataEncrypted['data'] = {
      encryptedEvents: outcome.encryptedEvents,
      rewrittenEvents: outcome.rewrittenEvents,
      resealed: outcome.resealed,
      previousSealHash: outcome.previousSealHash,
      sealHash: outcome.sealHash,
      encryptedBy: actor.id,
      encryptedAt,
    };
    await store.append(PERSONAL_DATA_MIGRATION_STREAM, [
      {
        type: 'ExistingPersonalDataEncrypted',
        data,
        metadata: { actorId: actor.id, actorName: actor.name, actorRole: 'system', commandType: 'EncryptExistingPersonalData', occurredAt: encryptedAt },
      },
    ]);
    const sealed = await sealer.seal({ id: actor.id, name: actor.name, role: 'system' });
    const after = await verifyAuditTrailAndPersonalData(store, { receipts: (await verifyOptionsFor(config, store)).receipts });
    if (!after.ok) throw new Error('the audit trail does not verify after the migration');
    return { ...outcome, sealedAfter: sealed.sealed ? sealed.seal.sealHash : null, readModels };
  } finally {
    await store.close();
  }
}

/** Refuses while an API or projector runs against these stores (it holds a lease of a projection or process). */
export async function requireStopped(config: AppConfig, clock: () => Date = () => new Date()): Promise<void> {
  const runtime = Runtime.fromConfig(config);
  try {
    const names = [...ALL_PROJECTIONS.map((p) => `projection:${p.name}`), ...runtime.processes.map((p) => `process:${p.name}`)];
    for (const name of names) {
      const lease = await runtime.readStore.getLease(name);
      if (lease && lease.expiresAt > clock().getTime()) {
        throw new Error(`${lease.holder} runs ${name} (its lease lasts until ${new Date(lease.expiresAt).toISOString()}); stop the API and the projectors first`);
      }
    }
  } finally {
    await runtime.close();
  }
}

async function dropReadModels(config: AppConfig): Promise<MigrationReport['readModels']> {
  if (config.readStore === 'sqlite') {
    for (const file of READ_FILES) rmSync(join(config.dataDir, file), { force: true });
    return 'deleted (rebuilt at the next start)';
  }
  const runtime = Runtime.fromConfig(config);
  try {
    for (const projection of ALL_PROJECTIONS) await runtime.projections.rebuild(projection.name);
  } finally {
    await runtime.close();
  }
  return 'rebuilt';
}

export interface KeyRotationReport extends RotationProgress {
  from: string;
  to: string;
  /** Where the new key now is: the development key file, or PII_MASTER_KEY to be set by the operator. */
  newKey: 'written to the development key file in DATA_DIR' | 'set PII_MASTER_KEY to the new key before starting';
}

/**
 * Re-wraps every subject key from the configured master key to a new one, without touching an
 * event; refuses while an API or projector runs (they hold the old key). With the development
 * key, the new one replaces it in DATA_DIR; otherwise the operator sets PII_MASTER_KEY to it.
 */
export async function rotatePiiMasterKey(config: AppConfig, newKey: string, onProgress?: (progress: RotationProgress) => void): Promise<KeyRotationReport> {
  let next: MasterKey;
  try {
    next = MasterKey.parse(newKey);
  } catch (error) {
    if (error instanceof MasterKeyFormatError) throw new ConfigError(`the new master key ${error.message}`);
    throw error;
  }
  await requireStopped(config);
  const { key: current, development } = resolvePiiMasterKey(config);
  const devFile = join(config.dataDir, DEV_MASTER_KEY_FILE);
  // The new development key is on disk before any subject key depends on it.
  if (development) writeFileSync(`${devFile}.next`, newKey.trim(), { mode: 0o600 });
  const vault = createPersonalDataVault(config);
  try {
    const progress = await rotateMasterKey(vault.keys, current, next, onProgress);
    if (development) renameSync(`${devFile}.next`, devFile);
    return { ...progress, from: current.id, to: next.id, newKey: development ? 'written to the development key file in DATA_DIR' : 'set PII_MASTER_KEY to the new key before starting' };
  } catch (error) {
    if (error instanceof MasterKeyMismatchError) throw new ConfigError(error.message);
    throw error;
  } finally {
    await vault.close();
  }
}
