import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { AuditSealer, AUDIT_SEAL_STREAM, SqliteLogRewrite, rawEventStore, recordedSeal } from '#app/event-store';
import type { Actor } from '#app/eventsourcing';
import { PERSONAL_DATA_MIGRATION_STREAM, encryptExistingEvents, verifyAuditTrailAndPersonalData, type EncryptionOutcome, type ExistingPersonalDataEncrypted } from '#app/personal-data';
import { ConfigError, type AppConfig } from './config.js';
import { createPersonalDataVault, PERSONAL_DATA_CLASSIFICATION } from './personal-data.js';
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
 * deleted, MongoDB's collections rebuilt); records ExistingPersonalDataEncrypted with the old and
 * new latest seal hash, seals, and verifies again.
 */
export async function encryptExistingPersonalData(config: AppConfig, actor: Pick<Actor, 'id' | 'name'>, clock: () => Date = () => new Date()): Promise<MigrationReport> {
  if (config.eventStore !== 'sqlite') {
    throw new ConfigError('the events of EventStoreDB cannot be rewritten in place; existing personal data there stays as written (see the README, "Personal data")');
  }
  await refuseWhileRunning(config, clock);
  let store = createEventStore(config);
  let seals;
  try {
    const before = await verifyAuditTrailAndPersonalData(store);
    if (!before.ok) throw new Error(`the audit trail does not verify (${before.brokenStreamCount} broken streams, ${before.seals.problems.length} seal problems); a migration would re-chain over the break, so nothing was changed`);
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
    const sealed = await new AuditSealer(store, clock).seal({ id: actor.id, name: actor.name, role: 'system' });
    const after = await verifyAuditTrailAndPersonalData(store);
    if (!after.ok) throw new Error('the audit trail does not verify after the migration');
    return { ...outcome, sealedAfter: sealed.sealed ? sealed.seal.sealHash : null, readModels };
  } finally {
    await store.close();
  }
}

async function refuseWhileRunning(config: AppConfig, clock: () => Date): Promise<void> {
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
