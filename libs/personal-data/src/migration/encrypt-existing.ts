import { canonicalJson, type RecordedEvent } from '#app/eventsourcing';
import { AUDIT_TRAIL_SEALED, INTEGRITY_FIELD, RangeHasher, eventHash, integrityOf, sealHashOf, withoutIntegrity, type AuditSeal, type IntegrityStamp, type RecordedSeal } from '#app/event-store';
import { encryptPlan, subjectsOf, type PersonalDataClassification } from '../classification/personal-fields.js';
import type { PersonalDataVault } from '../keys/personal-data-vault.js';

/** What the migration needs of the stored log: every event in order, and a way to replace an event's data and metadata. */
export interface LogRewrite {
  batches(size?: number): AsyncIterable<RecordedEvent[]>;
  replace(position: number, data: unknown, metadata: Record<string, unknown>): void;
}

export interface EncryptionOutcome {
  events: number;
  /** Events whose personal fields were in clear and are now encrypted. */
  encryptedEvents: number;
  /** Events rewritten: those encrypted, and every later event of their streams (re-chained), and the seals. */
  rewrittenEvents: number;
  resealed: number;
  /** The latest seal hash before and after: an auditor's record of the old one is linked to the new one by the migration event. */
  previousSealHash: string | null;
  sealHash: string | null;
}

interface OpenRange {
  seal: AuditSeal;
  hasher: RangeHasher;
}

/**
 * Encrypts the personal fields of events stored in clear (written before encryption), in place,
 * in one pass over the log: each stream is re-chained from its first changed event (the hash
 * chain is over the stored form, which changed), and every seal is recomputed over the re-chained
 * ranges and chained again. The log must verify before (a break would otherwise be re-chained
 * over and hidden); it verifies after. Subjects erased meanwhile get a key kept nowhere.
 */
export async function encryptExistingEvents(log: LogRewrite, seals: readonly RecordedSeal[], classification: PersonalDataClassification, vault: PersonalDataVault): Promise<EncryptionOutcome> {
  const heads = new Map<string, string | null>();
  const ranges = [...seals].map((s) => s.seal).sort((a, b) => a.fromPosition - b.fromPosition);
  const latest = ranges.at(-1) ?? null;
  const digests = new Map<number, { eventsHash: string; count: number }>();
  const resealed = new Map<number, string>();
  let open: OpenRange | null = null;
  const outcome: EncryptionOutcome = { events: 0, encryptedEvents: 0, rewrittenEvents: 0, resealed: 0, previousSealHash: seals.at(-1)?.seal.sealHash ?? null, sealHash: null };

  for await (const batch of log.batches()) {
    const plans = batch.map((event) => (event.type === AUDIT_TRAIL_SEALED ? null : classification.plan({ type: event.type, data: event.data, metadata: withoutIntegrity(event.metadata) })));
    const keys = await vault.keysForWriting(subjectsOf(plans.flatMap((p) => (p ? [p] : []))), 'shred');
    batch.forEach((event, i) => {
      outcome.events++;
      open = rangeHolding(event.position, ranges, open, digests);
      const plan = plans[i];
      let data: unknown;
      let metadata: Record<string, unknown>;
      if (plan) {
        const encrypted = encryptPlan(plan, keys);
        if (plan.pending.length > 0) outcome.encryptedEvents++;
        data = encrypted.data;
        metadata = encrypted.metadata ?? {};
      } else {
        data = resealedData(event.data as AuditSeal, digests, resealed);
        metadata = withoutIntegrity(event.metadata);
      }
      const stamp = integrityOf(event.metadata);
      if (stamp) {
        const previousHash = heads.has(event.streamName) ? heads.get(event.streamName)! : null;
        const hash = eventHash({ streamName: event.streamName, id: event.id, type: event.type, data, metadata, revision: event.revision }, previousHash);
        metadata = { ...metadata, [INTEGRITY_FIELD]: { v: 1, previousHash, hash } satisfies IntegrityStamp };
        heads.set(event.streamName, hash);
      }
      if (canonicalJson(data) !== canonicalJson(event.data) || canonicalJson(metadata) !== canonicalJson(event.metadata)) {
        log.replace(event.position, data, metadata);
        outcome.rewrittenEvents++;
      }
      open?.hasher.add({ ...event, data, metadata });
    });
  }
  if (open) close(open, digests);
  outcome.resealed = resealed.size;
  outcome.sealHash = latest ? (resealed.get(latest.sealNumber) ?? outcome.previousSealHash) : null;
  return outcome;
}

/** The seal range holding the position (ranges follow each other), closing those it has passed. */
function rangeHolding(position: number, ranges: AuditSeal[], open: OpenRange | null, digests: Map<number, { eventsHash: string; count: number }>): OpenRange | null {
  let current = open;
  if (current && position > current.seal.toPosition) {
    close(current, digests);
    current = null;
  }
  while (!current && ranges.length > 0 && position > ranges[0]!.fromPosition) {
    const seal = ranges.shift()!;
    if (position <= seal.toPosition) current = { seal, hasher: new RangeHasher() };
    else digests.set(seal.sealNumber, { eventsHash: new RangeHasher().digest(), count: 0 });
  }
  return current;
}

function close(range: OpenRange, digests: Map<number, { eventsHash: string; count: number }>): void {
  digests.set(range.seal.sealNumber, { eventsHash: range.hasher.digest(), count: range.hasher.count });
}

/** A seal recomputed over its re-chained range, chained to the recomputed previous seal. */
function resealedData(seal: AuditSeal, digests: ReadonlyMap<number, { eventsHash: string; count: number }>, resealed: Map<number, string>): AuditSeal {
  const digest = digests.get(seal.sealNumber);
  if (!digest || digest.count !== seal.eventCount) throw new Error(`Seal #${seal.sealNumber} no longer covers ${seal.eventCount} events; verify the log before encrypting it`);
  const previousSealHash = seal.previousSealHash === null ? null : (resealed.get(seal.sealNumber - 1) ?? seal.previousSealHash);
  const unsigned = { sealNumber: seal.sealNumber, fromPosition: seal.fromPosition, toPosition: seal.toPosition, eventCount: seal.eventCount, eventsHash: digest.eventsHash, previousSealHash };
  const sealHash = sealHashOf(unsigned);
  resealed.set(seal.sealNumber, sealHash);
  return { ...unsigned, sealHash, sealedBy: seal.sealedBy };
}
