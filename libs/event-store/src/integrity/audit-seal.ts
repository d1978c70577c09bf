import { createHash, type Hash } from 'node:crypto';
import {
  ConcurrencyError,
  canonicalJson,
  deterministicUuid,
  sha256Hex,
  type Event,
  type EventMetadata,
  type RecordedEvent,
  type Role,
} from '#app/eventsourcing';
import type { EventStore } from '../event-store.port.js';
import { integrityOf, recomputeHash } from './event-hash.js';
import { rawEventStore } from './event-store-decorator.js';
import { yieldToEventLoop } from '../follower/concurrency.js';

/** The one stream of seals; each seal chains to the previous one. */
export const AUDIT_SEAL_STREAM = 'auditseal-log';
export const AUDIT_TRAIL_SEALED = 'AuditTrailSealed';

/**
 * A seal over the global log range (fromPosition, toPosition]: how many events it held and a hash
 * over their hashes in order, chained to the previous seal. Deleting a stream, dropping the tail
 * or rewriting a chain inside a sealed range changes the count or the hash.
 */
export type AuditTrailSealed = Event<
  'AuditTrailSealed',
  {
    sealNumber: number;
    fromPosition: number;
    toPosition: number;
    eventCount: number;
    eventsHash: string;
    previousSealHash: string | null;
    sealHash: string;
    sealedBy: string;
  }
>;

export type AuditSeal = AuditTrailSealed['data'];

export interface RecordedSeal {
  seal: AuditSeal;
  revision: number;
  position: number;
  sealedAt: string;
}

export interface SealActor {
  id: string;
  name: string;
  role: Role | 'system';
}

export const SYSTEM_SEALER: SealActor = { id: 'system', name: 'salesflow', role: 'system' };

export type SealOutcome = { sealed: true; seal: AuditSeal; position: number } | { sealed: false; latest: RecordedSeal | null };

export function sealHashOf(seal: Omit<AuditSeal, 'sealHash' | 'sealedBy'>): string {
  return sha256Hex(
    canonicalJson({
      v: 1,
      sealNumber: seal.sealNumber,
      fromPosition: seal.fromPosition,
      toPosition: seal.toPosition,
      eventCount: seal.eventCount,
      eventsHash: seal.eventsHash,
      previousSealHash: seal.previousSealHash,
    }),
  );
}

/** Hashes a range of the log event by event, in constant memory. */
export class RangeHasher {
  private readonly hash: Hash = createHash('sha256');
  count = 0;

  add(event: RecordedEvent): void {
    const link = integrityOf(event.metadata)?.hash ?? `unchained:${recomputeHash(event, null)}`;
    this.hash.update(`${event.position}\t${event.streamName}\t${event.revision}\t${link}\n`);
    this.count++;
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

export function recordedSeal(event: RecordedEvent): RecordedSeal {
  const metadata = event.metadata as Partial<EventMetadata>;
  return { seal: event.data as AuditSeal, revision: event.revision, position: event.position, sealedAt: metadata.occurredAt ?? event.createdAt };
}

/**
 * Records seals on demand (an auditor, the CLI) or on a schedule (AuditSealProcess). Ranges are
 * read from the stored form; the seal itself is appended through the given store, so it is
 * chained like any other event. Two sealers racing: one wins, the other seals the rest next time.
 */
export class AuditSealer {
  private readonly raw: EventStore;

  constructor(
    private readonly store: EventStore,
    private readonly clock: () => Date = () => new Date(),
    private readonly batchSize = 1000,
  ) {
    this.raw = rawEventStore(store);
  }

  async latest(): Promise<RecordedSeal | null> {
    const [last] = await this.raw.readStream(AUDIT_SEAL_STREAM, { direction: 'backwards', maxCount: 1 });
    return last ? recordedSeal(last) : null;
  }

  /** Seals everything after the latest seal up to the head; nothing when only seals came since. */
  async seal(actor: SealActor = SYSTEM_SEALER): Promise<SealOutcome> {
    for (let attempt = 0; ; attempt++) {
      const latest = await this.latest();
      const fromPosition = latest?.seal.toPosition ?? 0;
      const toPosition = await this.raw.headPosition();
      const hasher = new RangeHasher();
      let newEvents = 0;
      for (let after = fromPosition; after < toPosition; ) {
        const batch = await this.raw.readAll({ after, maxCount: this.batchSize });
        if (batch.length === 0) break;
        for (const event of batch) {
          if (event.position > toPosition) break;
          hasher.add(event);
          if (event.type !== AUDIT_TRAIL_SEALED) newEvents++;
        }
        after = batch[batch.length - 1]!.position;
        await yieldToEventLoop();
      }
      if (newEvents === 0) return { sealed: false, latest };
      const sealNumber = (latest?.seal.sealNumber ?? 0) + 1;
      const unsigned = { sealNumber, fromPosition, toPosition, eventCount: hasher.count, eventsHash: hasher.digest(), previousSealHash: latest?.seal.sealHash ?? null };
      const seal: AuditSeal = { ...unsigned, sealHash: sealHashOf(unsigned), sealedBy: actor.id };
      const commandId = deterministicUuid(`auditseal:${sealNumber}:${toPosition}`);
      try {
        const result = await this.store.append(
          AUDIT_SEAL_STREAM,
          [
            {
              id: commandId,
              type: AUDIT_TRAIL_SEALED,
              data: seal,
              metadata: {
                actorId: actor.id,
                actorName: actor.name,
                actorRole: actor.role,
                commandId,
                commandType: 'SealAuditTrail',
                correlationId: commandId,
                causationId: commandId,
                occurredAt: this.clock().toISOString(),
              } satisfies EventMetadata,
            },
          ],
          { expectedRevision: latest ? latest.revision : 'no_stream' },
        );
        return { sealed: true, seal, position: result.position };
      } catch (error) {
        if (error instanceof ConcurrencyError && attempt < 3) continue;
        throw error;
      }
    }
  }
}
