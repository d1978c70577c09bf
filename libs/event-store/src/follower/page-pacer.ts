import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import { eventLoopTurns, type LoopTurns } from './concurrency.js';

export interface PagePacerOptions {
  /** How long one page may keep the event loop busy (ms); defaults to 10. */
  budgetMs?: number;
  /** The smallest page it shrinks to; defaults to 50, or `maxSize` if less. */
  minSize?: number;
  turns?: LoopTurns;
}

/**
 * Paces a loop of synchronous work done in pages (a follower's batches, a verification's reads):
 * before each page the loop waits for its turn of the event loop, and the page size adapts so that
 * a page keeps the loop busy about `budgetMs` — smaller after a page that overran, larger (up to
 * `maxSize`) after quick full pages. Busy time is the event loop's, so waiting on I/O does not count.
 */
export class PagePacer {
  private current: number;
  private readonly budgetMs: number;
  private readonly minSize: number;
  private readonly turns: LoopTurns;
  private started: EventLoopUtilization | null = null;

  constructor(
    readonly maxSize: number,
    options: PagePacerOptions = {},
  ) {
    this.current = maxSize;
    this.budgetMs = options.budgetMs ?? 10;
    this.minSize = Math.min(maxSize, options.minSize ?? 50);
    this.turns = options.turns ?? eventLoopTurns;
  }

  /** The size of the next page. */
  get size(): number {
    return this.current;
  }

  /** Waits for a turn of the event loop; the page that follows is timed from here to `done`. */
  async turn(): Promise<void> {
    await this.turns.next();
    this.start();
  }

  /** Starts timing a page without waiting for a turn. */
  start(): void {
    this.started = performance.eventLoopUtilization();
  }

  /** Records the page just done: `size` asked for, `read` handled. */
  done(size: number, read: number): void {
    if (!this.started) return;
    const busyMs = performance.eventLoopUtilization(this.started).active;
    this.started = null;
    if (busyMs > this.budgetMs) this.current = Math.max(this.minSize, Math.floor((Math.max(read, 1) * this.budgetMs) / busyMs));
    else if (read === size && busyMs < this.budgetMs / 2) this.current = Math.min(this.maxSize, size * 2);
  }
}
