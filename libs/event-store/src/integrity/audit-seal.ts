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
import { messageOf, type FollowerLogger } from '../follower/follower-lease.js';
import { PagePacer } from '../follower/page-pacer.js';
import { integrityOf, recomputeHash } from './event-hash.js';
import { rawEventStore } from './event-store-decorator.js';
import { receiptOf, type SealReceipt, type SealReceiptSink } from './seal-receipts.js';

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

export interface AuditSealerOptions {
  clock?: () => Date;
  /** Most events hashed per page; pages take turns with the rest of the event loop. Defaults to 1,000. */
  batchSize?: number;
  /** Where each seal's receipt goes as it is made (outside the event store). */
  receipts?: readonly SealReceiptSink[];
  logger?: FollowerLogger;
}

/**
 * Records seals on demand (an auditor, the CLI) or on a schedule (AuditSealProcess). Ranges are
 * read from the stored form; the seal itself is appended through the given store, so it is
 * chained like any other event, and then its receipt goes to every receipt sink. Two sealers
 * racing: one wins, the other seals the rest next time.
 */
export class AuditSealer {
  private readonly raw: EventStore;
  private readonly clock: () => Date;
  private readonly pacer: PagePacer;
  private readonly receipts: readonly SealReceiptSink[];
  private readonly logger: FollowerLogger | null;
  /** Sinks that failed, until one of their records succeeds again: one log line per episode. */
  private readonly failing = new Set<SealReceiptSink>();

  constructor(
    private readonly store: EventStore,
    options: AuditSealerOptions = {},
  ) {
    this.raw = rawEventStore(store);
    this.clock = options.clock ?? (() => new Date());
    this.pacer = new PagePacer(options.batchSize ?? 1000);
    this.receipts = options.receipts ?? [];
    this.logger = options.logger ?? null;
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
        await this.pacer.turn();
        const size = this.pacer.size;
        const batch = await this.raw.readAll({ after, maxCount: size });
        if (batch.length === 0) break;
        for (const event of batch) {
          if (event.position > toPosition) break;
          hasher.add(event);
          if (event.type !== AUDIT_TRAIL_SEALED) newEvents++;
        }
        this.pacer.done(size, batch.length);
        after = batch[batch.length - 1]!.position;
      }
      if (newEvents === 0) return { sealed: false, latest };
      const sealNumber = (latest?.seal.sealNumber ?? 0) + 1;
      const unsigned = { sealNumber, fromPosition, toPosition, eventCount: hasher.count, eventsHash: hasher.digest(), previousSealHash: latest?.seal.sealHash ?? null };
      const seal: AuditSeal = { ...unsigned, sealHash: sealHashOf(unsigned), sealedBy: actor.id };
      const commandId = deterministicUuid(`auditseal:${sealNumber}:${toPosition}`);
      const sealedAt = this.clock().toISOString();
      let result;
      try {
        result = await this.store.append(
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
                occurredAt: sealedAt,
              } satisfies EventMetadata,
            },
          ],
          { expectedRevision: latest ? latest.revision : 'no_stream' },
        );
      } catch (error) {
        if (error instanceof ConcurrencyError && attempt < 3) continue;
        throw error;
      }
      await this.deliver(receiptOf(seal, result.position, sealedAt));
      return { sealed: true, seal, position: result.position };
    }
  }

  /**
   * Writes the receipts a sink that can tell what it holds is missing (the seals made after its
   * last one: a crash came between a seal and its receipt, or the sink was added later).
   */
  async syncReceipts(): Promise<void> {
    for (const sink of this.receipts) if (sink.lastRecorded) await this.catchUpSink(sink);
  }

  /**
   * Sends the receipts of seals recomputed by a sanctioned rewrite of the log (the one-off
   * encryption of personal data written in clear) to every sink; the later receipt of a seal
   * number is the one verify checks against.
   */
  async reissueReceipts(seals: readonly RecordedSeal[]): Promise<void> {
    for (const sink of this.receipts) {
      for (const recorded of seals) if (!(await this.record(sink, recorded))) break;
    }
  }

  private async deliver(receipt: SealReceipt) {
    for (const sink of this.receipts) {
      if (sink.lastRecorded) await this.catchUpSink(sink);
      else await this.attempt(sink, () => sink.record(receipt));
    }
  }

  private async catchUpSink(sink: SealReceiptSink) {
    const last = await this.attempt(sink, () => sink.lastRecorded!());
    if (last === undefined) return;
    const after = last ?? 0;
    const seals = (await this.raw.readStream(AUDIT_SEAL_STREAM, { fromRevision: Math.max(0, after - 1) })).map(recordedSeal);
    for (const recorded of seals.filter((r) => r.seal.sealNumber > after)) if (!(await this.record(sink, recorded))) return;
  }

  /** Records a seal's receipt on one sink; false when that failed (logged once per episode). */
  private async record(sink: SealReceiptSink, recorded: RecordedSeal): Promise<boolean> {
    return (await this.attempt(sink, () => sink.record(receiptOf(recorded.seal, recorded.position, recorded.sealedAt)).then(() => true))) === true;
  }

  /** Runs one call on a sink; a failure is logged once until the sink works again, and resolves undefined. */
  private async attempt<R>(sink: SealReceiptSink, call: () => Promise<R>): Promise<R | undefined> {
    try {
      const result = await call();
      if (this.failing.delete(sink)) this.logger?.log(`Seal receipts: ${sink.description} works again`);
      return result;
    } catch (error) {
      if (!this.failing.has(sink)) {
        this.failing.add(sink);
        (this.logger ?? consoleLogger).error(`Seal receipts: could not write to ${sink.description}: ${messageOf(error)}; seals go on, and their receipts are written once it works again`);
      }
      return undefined;
    }
  }
}

const consoleLogger: FollowerLogger = { log: (m) => console.log(m), warn: (m) => console.warn(m), error: (m) => console.error(m) };
