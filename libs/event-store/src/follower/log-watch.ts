import type { EventStore, EventSubscription } from '../event-store.port.js';
import type { Wakeup } from './concurrency.js';
import { messageOf, type FollowerLogger } from './follower-lease.js';

/** Tells sleeping followers that the log they follow may have grown. */
export interface LogSignal {
  /** Wakes `wakeup` on news until the returned function is called (which resolves once the signal has let go of it). */
  listen(wakeup: Wakeup): () => Promise<void>;
}

/**
 * The signal of the global event log: one `subscribeToAll` from the head, shared by every follower
 * that listens, opened with the first and closed with the last. Followers also poll, so a
 * subscription that ends costs latency, not progress. News after a quiet spell is passed on at
 * once, then at most once per `wakeDelayMs`, so that under a stream of appends each follower
 * handles them in a few larger batches instead of one small batch (and one read-store commit) per
 * append.
 */
export class LogWatch implements LogSignal {
  private readonly listeners = new Set<Wakeup>();
  private subscription: EventSubscription | null = null;
  private watching: Promise<void> | null = null;
  private closing = false;
  private announcing: ReturnType<typeof setTimeout> | null = null;
  private lastWake = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly events: EventStore,
    private readonly logger: FollowerLogger,
    private readonly pollIntervalMs: number,
    private readonly wakeDelayMs = 0,
  ) {}

  listen(wakeup: Wakeup): () => Promise<void> {
    this.listeners.add(wakeup);
    if (!this.watching) {
      this.closing = false;
      this.watching = this.watch();
    }
    return async () => {
      this.listeners.delete(wakeup);
      if (this.listeners.size > 0 || !this.watching) return;
      const watching = this.watching;
      this.closing = true;
      await this.subscription?.close();
      await watching;
      if (this.watching === watching) this.watching = null;
    };
  }

  /** Wakes every listener now (after an append this process made, say). */
  wake(): void {
    for (const wakeup of this.listeners) wakeup.wake();
  }

  private async watch() {
    try {
      const subscription = this.events.subscribeToAll({ after: await this.events.headPosition() });
      this.subscription = subscription;
      if (this.closing) await subscription.close();
      for await (const _ of subscription) {
        if (this.closing) break;
        this.announce();
      }
    } catch (error) {
      if (!this.closing) this.logger.warn(`Subscription to the log ended; polling every ${this.pollIntervalMs} ms: ${messageOf(error)}`);
    } finally {
      this.subscription = null;
      if (this.announcing) clearTimeout(this.announcing);
      this.announcing = null;
    }
  }

  /** Wakes at once after a quiet spell, then at most once per `wakeDelayMs` while news keeps coming. */
  private announce() {
    if (this.announcing) return;
    const wait = this.lastWake + this.wakeDelayMs - performance.now();
    if (wait <= 0) {
      this.lastWake = performance.now();
      return this.wake();
    }
    this.announcing = setTimeout(() => {
      this.announcing = null;
      this.lastWake = performance.now();
      this.wake();
    }, wait);
  }
}
