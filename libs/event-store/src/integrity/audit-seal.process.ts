import type { RecordedEvent } from '#app/eventsourcing';
import type { EventStore } from '../event-store.port.js';
import type { EventProcess } from '../process/event-process-runner.js';
import type { FollowerLogger } from '../follower/follower-lease.js';
import { AUDIT_TRAIL_SEALED, AuditSealer } from './audit-seal.js';
import type { SealReceiptSink } from './seal-receipts.js';

export interface AuditSealSchedule {
  /** Seal once this many events arrived since the last seal; 0 turns it off. */
  everyEvents: number;
  /** Seal events older than this since the last seal (ms); 0 turns it off. */
  intervalMs: number;
}

export interface AuditSealProcessOptions {
  now?: () => number;
  /** Where each seal's receipt goes; receipts a file sink misses are written when the process starts. */
  receipts?: readonly SealReceiptSink[];
  logger?: FollowerLogger;
}

/**
 * Seals the log every N events or T milliseconds, whichever comes first, while the runtime runs.
 * It counts the events the process runner hands it (the types given, normally every type of the
 * system); a seal always covers the whole log up to the head, whatever the types. When events
 * stop coming, a timer seals the tail once T has passed; that timer does not keep the process alive.
 */
export class AuditSealProcess implements EventProcess {
  readonly name = 'audit-seal';
  private readonly sealer: AuditSealer;
  private sealedTo: number | null = null;
  private sealedAt = 0;
  private pending = 0;
  private sealing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly now: () => number;

  constructor(
    store: EventStore,
    readonly eventTypes: readonly string[],
    private readonly schedule: AuditSealSchedule,
    options: AuditSealProcessOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.sealer = new AuditSealer(store, {
      clock: () => new Date(this.now()),
      ...(options.receipts ? { receipts: options.receipts } : {}),
      ...(options.logger ? { logger: options.logger } : {}),
    });
  }

  async handle(event: RecordedEvent): Promise<void> {
    if (this.schedule.everyEvents === 0 && this.schedule.intervalMs === 0) return;
    if (this.sealedTo === null) await this.load();
    if (event.type === AUDIT_TRAIL_SEALED || event.position <= this.sealedTo!) return;
    this.pending++;
    const byCount = this.schedule.everyEvents > 0 && this.pending >= this.schedule.everyEvents;
    const byTime = this.schedule.intervalMs > 0 && this.now() - this.sealedAt >= this.schedule.intervalMs;
    if (byCount || byTime) await this.sealNow();
    else this.scheduleTail();
  }

  private async load(): Promise<void> {
    await this.sealer.syncReceipts();
    const latest = await this.sealer.latest();
    this.sealedTo = latest?.seal.toPosition ?? 0;
    this.sealedAt = latest ? Date.parse(latest.sealedAt) : this.now();
  }

  private sealNow(): Promise<void> {
    this.sealing ??= (async () => {
      try {
        const outcome = await this.sealer.seal();
        const latest = outcome.sealed ? outcome.seal : outcome.latest?.seal;
        this.sealedTo = latest?.toPosition ?? this.sealedTo;
        this.sealedAt = this.now();
        this.pending = 0;
      } finally {
        this.sealing = null;
      }
    })();
    return this.sealing;
  }

  private scheduleTail(): void {
    if (this.timer || this.schedule.intervalMs === 0) return;
    const wait = Math.max(0, this.schedule.intervalMs - (this.now() - this.sealedAt));
    this.timer = setTimeout(() => {
      this.timer = null;
      // A failure here (e.g. the store was closed) is retried by the next event that arrives.
      if (this.pending > 0) this.sealNow().catch(() => undefined);
    }, wait);
    this.timer.unref();
  }
}
