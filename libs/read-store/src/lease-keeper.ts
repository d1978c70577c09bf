import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { FollowerLease } from '#app/event-store';
import type { Lease, ReadStore, ReadStoreTransaction } from './read-store.port.js';

export interface LeaseTerms {
  /** How long the lease lasts without renewal (ms); the store decides expiry by its own clock. */
  ttlMs: number;
  clock: () => Date;
}

/** A name for this process in lease records, unique per call: `<host>:<pid>:<random>`. */
export function defaultLeaseHolder(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/**
 * One holder's hold on one named lease of a ReadStore: takes and renews it, remembers until when
 * it holds it by its own clock, fences units of work with it, and gives it up. The lease of a log
 * follower's client (`projection:<name>`, `process:<name>`).
 */
export class LeaseKeeper implements FollowerLease {
  private heldUntil = 0;

  constructor(
    private readonly store: ReadStore,
    readonly name: string,
    readonly holder: string,
    private readonly terms: LeaseTerms,
  ) {}

  /** Takes or renews the lease; resolves whether it is held. A failed call keeps the last known term. */
  async renew(): Promise<boolean> {
    const asked = this.terms.clock().getTime();
    const held = await this.store.tryAcquireLease(this.name, this.holder, this.terms.ttlMs);
    // The store started the term after `asked`, so by this holder's clock it ends no earlier than this.
    this.heldUntil = held ? asked + this.terms.ttlMs : 0;
    return held;
  }

  /** Whether the last renewal succeeded and its term has not run out since, by this holder's clock. */
  holds(): boolean {
    return this.terms.clock().getTime() < this.heldUntil;
  }

  /** Drops the lease locally, after a fenced commit found that another holder took it over. */
  forget(): void {
    this.heldUntil = 0;
  }

  async release(): Promise<void> {
    this.heldUntil = 0;
    await this.store.releaseLease(this.name, this.holder);
  }

  current(): Promise<Lease | null> {
    return this.store.getLease(this.name);
  }

  isLost(error: unknown): boolean {
    return isLeaseLost(error);
  }

  /** Makes the unit of work commit only while this holder still holds the lease. */
  fence(tx: ReadStoreTransaction): void {
    tx.requireLease(this.name, this.holder);
  }
}

export function isLeaseLost(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'READ_STORE.LEASE_LOST';
}
