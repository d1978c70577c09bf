import { IllegalStateError, ValidationError, type RecordedEvent } from '#app/eventsourcing';
import type { EventStore } from '../event-store.port.js';
import { Backoff } from './backoff.js';
import { Mutex, Wakeup, yieldToEventLoop } from './concurrency.js';
import { messageOf, type FollowerLease, type FollowerLogger } from './follower-lease.js';
import type { LogSignal } from './log-watch.js';

export interface Positioned {
  readonly position: number;
}

/** What a follower reads: the items after a position, in position order. */
export interface LogSource<T extends Positioned> {
  read(after: number, maxCount: number): Promise<T[]>;
}

/** The global log of an event store as a follower's source. */
export function globalLog(events: EventStore): LogSource<RecordedEvent> {
  return { read: (after, maxCount) => events.readAll({ after, maxCount }) };
}

/** Where a follower is in the log, and what it does with a batch. */
export interface LogCursor<T extends Positioned = RecordedEvent> {
  /** The position after which the next batch is read; null while there is nothing to follow. */
  checkpoint(): Promise<number | null>;
  /** Handles a batch read after `after` and records its last position as the checkpoint, fenced by the lease if there is one. */
  apply(batch: readonly T[], after: number): Promise<void>;
}

export interface FollowerClient<T extends Positioned = RecordedEvent> extends LogCursor<T> {
  /** Runs under the follower's lock each time the lease is taken after a gap, before any batch: load what another holder may have changed. */
  prepare?(): Promise<void>;
  /** Runs when a started follower stops, after its last batch and before it releases the lease. */
  beforeRelease?(): Promise<void>;
  /** Runs after every successful take or renewal of the lease. */
  held?(): void;
}

export interface LogFollowerOptions {
  /** The subject of its log lines, e.g. `Projection tracking-sheet`. */
  label: string;
  /** Items read and applied per batch, which bounds the synchronous work between two yields to the event loop; defaults to 500. */
  batchSize?: number;
  /** Items per batch while behind (after a full batch, and throughout `drain`): fewer, larger units of work when there is a backlog; defaults to `batchSize`. */
  catchUpBatchSize?: number;
  /** How often an idle follower looks for news that no signal announced (ms); defaults to 250. */
  pollIntervalMs?: number;
  /** First pause before retrying a failed batch (ms), doubling up to `maxRetryDelayMs`; defaults to 1,000. */
  retryDelayMs?: number;
  /** Defaults to 30 × `retryDelayMs`. */
  maxRetryDelayMs?: number;
  /** Without a lease, the follower runs wherever it is started. */
  lease?: FollowerLease | null;
  /** How often a started follower renews its lease, or tries to take it while another holder has it (ms); defaults to 10,000. */
  renewIntervalMs?: number;
  /** Wakes an idle follower early; without one it only polls. */
  signal?: LogSignal | null;
  logger?: FollowerLogger;
  /** The error of an explicit operation while another process holds the lease. */
  leaseHeld?: (lease: { holder: string; expiresAt: number } | null) => Error;
}

export interface BatchOutcome {
  read: number;
  /** The cursor's checkpoint after the batch. */
  checkpoint: number;
}

/**
 * Follows a log for one client: reads batches after the client's checkpoint and hands them to it,
 * one at a time under the follower's lock, yielding to the event loop between batches so that a
 * long catch-up never freezes the process. Started, it keeps following until `stop`: woken by its
 * signal, polling as a fallback, retrying a failed batch with a growing pause.
 *
 * With a lease it follows only while it holds the lease: a started follower that cannot take it
 * stands by and takes over when it is released or expires; a batch whose fenced commit finds the
 * lease taken over is dropped and the follower stands by. Explicit work (`hold`) takes the lease for
 * its duration, or fails with the `leaseHeld` error.
 */
export class LogFollower<T extends Positioned = RecordedEvent> {
  readonly label: string;
  readonly batchSize: number;
  private readonly catchUpBatchSize: number;
  private readonly pollIntervalMs: number;
  private readonly renewIntervalMs: number;
  private readonly backoff: Backoff;
  private readonly lease: FollowerLease | null;
  private readonly logger: FollowerLogger;
  private readonly lock = new Mutex();
  private readonly news = new Wakeup();
  private readonly stopping = new Wakeup();
  private readonly loops: Promise<void>[] = [];
  private unlisten: (() => Promise<void>) | null = null;
  /** The client was prepared under the current, unbroken hold of the lease. */
  private ready = false;
  private standbyLogged = false;
  /** Explicit holds in flight. */
  private explicit = 0;
  private started = false;
  private stopped = false;

  constructor(
    private readonly source: LogSource<T>,
    private readonly client: FollowerClient<T>,
    private readonly options: LogFollowerOptions,
  ) {
    this.label = options.label;
    this.batchSize = options.batchSize ?? 500;
    this.catchUpBatchSize = options.catchUpBatchSize ?? this.batchSize;
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.renewIntervalMs = options.renewIntervalMs ?? 10_000;
    const retryDelayMs = options.retryDelayMs ?? 1_000;
    this.backoff = new Backoff(retryDelayMs, options.maxRetryDelayMs ?? 30 * retryDelayMs);
    this.lease = options.lease ?? null;
    this.logger = options.logger ?? silent;
    if (!Number.isInteger(this.batchSize) || this.batchSize < 1) throw new ValidationError('FOLLOWER.INVALID_BATCH_SIZE', 'batchSize must be a positive integer');
    if (!Number.isInteger(this.catchUpBatchSize) || this.catchUpBatchSize < 1) throw new ValidationError('FOLLOWER.INVALID_BATCH_SIZE', 'catchUpBatchSize must be a positive integer');
  }

  get isLive(): boolean {
    return this.started && !this.stopped;
  }

  /** Whether it may apply batches now: prepared under a lease it still holds (or needs none). */
  holding(): boolean {
    return this.ready && (this.lease?.holds() ?? true);
  }

  /**
   * Takes the lease if it can and prepares the client, then follows in the background until `stop`.
   * A store that is unavailable now is retried in the background.
   */
  async start(): Promise<void> {
    if (this.stopped) throw new IllegalStateError('FOLLOWER.STOPPED', `${this.label}: a stopped follower cannot start again`);
    if (this.started) return;
    this.started = true;
    try {
      await this.acquire();
    } catch (error) {
      if ((error as { kind?: unknown } | null)?.kind !== 'unavailable') {
        this.started = false;
        throw error;
      }
      this.logger.warn(`${this.label}: the store is unavailable; it starts once the store answers: ${messageOf(error)}`);
    }
    this.unlisten = this.options.signal?.listen(this.news) ?? null;
    this.loops.push(this.follow());
    if (this.lease) this.loops.push(this.keepLease());
  }

  /** Stops after the batch in flight and releases the lease; committed progress is kept. Final. */
  async stop(): Promise<void> {
    const wasLive = this.isLive;
    this.stopped = true;
    this.news.close();
    this.stopping.close();
    await this.unlisten?.();
    await Promise.allSettled(this.loops);
    if (wasLive && this.holding()) await this.client.beforeRelease?.().catch((error: unknown) => this.logger.warn(`${this.label}: ${messageOf(error)}`));
    if (!wasLive || !this.lease) return;
    this.ready = false;
    await this.lease.release().catch((error: unknown) => this.logger.warn(`${this.label}: could not release its lease: ${messageOf(error)}`));
  }

  /** Asks an idle follower to look at the log now. */
  wake(): void {
    this.news.wake();
  }

  /**
   * Runs explicit work under the lease: takes it (or throws the `leaseHeld` error) and, unless the
   * follower is started, renews it meanwhile and releases it afterwards.
   */
  async hold<R>(work: () => Promise<R>): Promise<R> {
    if (!this.holding() && !(await this.acquire())) throw await this.leaseHeldError();
    this.explicit++;
    const done = new Wakeup();
    const renewal = this.lease && !this.isLive ? this.renewWhile(this.lease, done) : null;
    try {
      return await work();
    } finally {
      done.close();
      await renewal;
      if (--this.explicit === 0 && !this.isLive && this.lease) {
        this.ready = false;
        await this.lease.release().catch(() => undefined);
      }
    }
  }

  /** Stands by when `error` is a fenced commit that found the lease taken over; says whether it was one. */
  standByIfLost(error: unknown): boolean {
    if (!this.lease?.isLost(error)) return false;
    this.ready = false;
    this.lease.forget();
    this.logger.warn(`${this.label}: another process took over its lease during a batch, which was not applied; standing by`);
    return true;
  }

  /** Runs `work` with no batch of this follower in between. */
  exclusive<R>(work: () => Promise<R>): Promise<R> {
    return this.lock.run(work);
  }

  /**
   * Applies the batches of `cursor` (the client's by default) up to the head, each under the lock,
   * yielding to the event loop between them; `onBatch` sees each batch's outcome. Returns the items read.
   */
  async drain(cursor: LogCursor<T> = this.client, onBatch?: (outcome: BatchOutcome) => Promise<void> | void): Promise<number> {
    let read = 0;
    for (;;) {
      const outcome = await this.lock.run(() => this.step(cursor, this.catchUpBatchSize));
      read += outcome.read;
      await onBatch?.(outcome);
      if (outcome.read < this.catchUpBatchSize) return read;
      await yieldToEventLoop();
    }
  }

  /** Brings `cursor` up to the head and runs `then`, all under the lock, so nothing is applied in between. */
  settle<R>(cursor: LogCursor<T>, then: () => Promise<R>): Promise<R> {
    return this.lock.run(async () => {
      while ((await this.step(cursor, this.batchSize)).read === this.batchSize) await yieldToEventLoop();
      return then();
    });
  }

  private async step(cursor: LogCursor<T>, size: number): Promise<BatchOutcome> {
    const after = await cursor.checkpoint();
    if (after === null) return { read: 0, checkpoint: 0 };
    const batch = await this.source.read(after, size);
    if (batch.length === 0) return { read: 0, checkpoint: after };
    await cursor.apply(batch, after);
    return { read: batch.length, checkpoint: batch[batch.length - 1]!.position };
  }

  private async follow() {
    let behind = false;
    while (!this.stopped) {
      if (!this.holding() && this.lease) {
        await this.stopping.wait(this.pollIntervalMs);
        continue;
      }
      try {
        if (!this.holding()) await this.acquire();
        const size: number = behind ? this.catchUpBatchSize : this.batchSize;
        const { read }: BatchOutcome = await this.lock.run(() => this.step(this.client, size));
        this.backoff.reset();
        behind = read === size;
        if (behind) await yieldToEventLoop();
        else await this.news.wait(this.pollIntervalMs);
      } catch (error) {
        if (this.stopped) return;
        const delay = this.backoff.next();
        if (!this.standByIfLost(error)) this.logger.error(`${this.label}: batch failed, retrying in ${delay} ms: ${messageOf(error)}`);
        await this.stopping.wait(delay);
      }
    }
  }

  /**
   * Takes or renews the lease and resolves whether this follower holds it. On taking it after any
   * gap (another holder may have written meanwhile) it prepares the client again.
   */
  private async acquire(): Promise<boolean> {
    const lease = this.lease;
    if (lease) {
      const unbroken = lease.holds();
      if (!(await lease.renew())) {
        await this.standBy(lease);
        return false;
      }
      this.standbyLogged = false;
      if (!unbroken) this.ready = false;
    }
    await this.lock.run(async () => {
      if (this.ready) return;
      await this.client.prepare?.();
      this.ready = true;
      if (lease && this.isLive) this.logger.log(`${this.label}: running in this process (lease holder ${lease.holder})`);
    });
    this.client.held?.();
    this.news.wake();
    return true;
  }

  private async standBy(lease: FollowerLease) {
    if (this.ready) {
      this.ready = false;
      this.logger.warn(`${this.label}: another process took over its lease; standing by`);
    } else if (!this.standbyLogged && this.isLive) {
      this.standbyLogged = true;
      const current = await lease.current().catch(() => null);
      this.logger.log(`${this.label}: run by ${current?.holder ?? 'another process'}; standing by to take over`);
    }
  }

  private async keepLease() {
    while (!this.stopped) {
      await this.stopping.wait(this.renewIntervalMs);
      if (this.stopped) return;
      try {
        await this.acquire();
      } catch (error) {
        if (this.stopped) return;
        if (!this.standByIfLost(error)) this.logger.warn(`${this.label}: could not renew or take its lease, retrying in ${this.renewIntervalMs} ms: ${messageOf(error)}`);
      }
    }
  }

  private async renewWhile(lease: FollowerLease, done: Wakeup) {
    for (;;) {
      await done.wait(this.renewIntervalMs);
      if (done.isClosed) return;
      await lease.renew().catch(() => false);
    }
  }

  private async leaseHeldError(): Promise<Error> {
    const current = (await this.lease?.current().catch(() => null)) ?? null;
    if (this.options.leaseHeld) return this.options.leaseHeld(current);
    const holder = current?.holder ?? 'another process';
    return new IllegalStateError('FOLLOWER.LEASE_HELD', `${this.label} is run by ${holder}; run this where it runs, or stop that process first`, {
      holder,
      ...(current ? { leaseExpiresAt: new Date(current.expiresAt).toISOString() } : {}),
    });
  }
}

const silent: FollowerLogger = { log: () => undefined, warn: () => undefined, error: (message) => console.error(message) };
