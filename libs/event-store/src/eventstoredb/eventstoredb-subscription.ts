import type { RecordedEvent } from '#app/eventsourcing';
import type { EventSubscription } from '../event-store.port.js';
import type { EsdbResolvedEvent, EsdbSubscriptionStream } from './eventstoredb-client.js';
import { isSystemEvent, toRecordedEvent } from './eventstoredb-mapping.js';

export type EventStoreDbLogger = (message: string, details: Record<string, unknown>) => void;

export interface ResubscribePolicy {
  logger: EventStoreDbLogger;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  /** In [0, 1): spreads reconnecting subscribers apart. */
  random: () => number;
  initialBackoffMs: number;
  maxBackoffMs: number;
}

const CLOSED = Symbol('closed');

/**
 * A catch-up subscription to $all that survives drops: it resubscribes from the last position it
 * delivered, after an exponential, jittered backoff, and skips anything at or before that
 * position, so a resubscription neither repeats nor loses events.
 */
export class ResubscribingSubscription implements EventSubscription {
  private closed = false;
  private readonly aborter = new AbortController();
  private readonly whenClosed: Promise<typeof CLOSED>;
  private signalClosed!: () => void;
  private current: EsdbSubscriptionStream | undefined;

  constructor(
    private readonly subscribe: (after: number) => EsdbSubscriptionStream,
    private after: number,
    private readonly policy: ResubscribePolicy,
    private readonly onClosed: (subscription: ResubscribingSubscription) => void = () => {},
  ) {
    this.whenClosed = new Promise((resolve) => {
      this.signalClosed = () => resolve(CLOSED);
    });
  }

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    let failures = 0;
    while (!this.closed) {
      const stream = this.subscribe(this.after);
      this.current = stream;
      const iterator = stream[Symbol.asyncIterator]();
      try {
        for (;;) {
          let next: IteratorResult<EsdbResolvedEvent> | typeof CLOSED;
          try {
            next = await this.untilClosed(iterator.next());
          } catch (error) {
            if (this.closed) return;
            failures += 1;
            await this.backOff(failures, error);
            break;
          }
          if (next === CLOSED) return;
          if (next.done) {
            if (this.closed) return;
            failures += 1;
            await this.backOff(failures, new Error('the server ended the subscription'));
            break;
          }
          const event = next.value.event;
          if (event === undefined || isSystemEvent(event)) continue;
          const recorded = toRecordedEvent(event);
          if (recorded.position <= this.after) continue;
          this.after = recorded.position;
          failures = 0;
          yield recorded;
        }
      } finally {
        this.current = undefined;
        iterator.return?.().catch(() => undefined);
        await stream.unsubscribe().catch(() => undefined);
      }
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.signalClosed();
    this.aborter.abort();
    await this.current?.unsubscribe().catch(() => undefined);
    this.onClosed(this);
  }

  private untilClosed<T>(pending: Promise<T>): Promise<T | typeof CLOSED> {
    // Once close() wins the race nobody awaits `pending`; a late rejection must not go unhandled.
    pending.catch(() => undefined);
    return Promise.race([pending, this.whenClosed]);
  }

  private async backOff(failures: number, error: unknown): Promise<void> {
    const delayMs = this.backoffDelay(failures);
    this.policy.logger('EventStoreDB subscription to $all dropped', {
      error: error instanceof Error ? error.message : String(error),
      lastPosition: this.after,
      attempt: failures,
      retryInMs: delayMs,
    });
    await this.policy.sleep(delayMs, this.aborter.signal).catch(() => undefined);
    if (!this.closed) this.policy.logger('EventStoreDB subscription to $all resubscribing', { after: this.after, attempt: failures });
  }

  private backoffDelay(failures: number): number {
    const capped = Math.min(this.policy.maxBackoffMs, this.policy.initialBackoffMs * 2 ** (failures - 1));
    return Math.round(capped / 2 + (this.policy.random() * capped) / 2);
  }
}
