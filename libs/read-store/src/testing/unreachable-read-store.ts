import { ServiceUnavailableError } from '#app/eventsourcing';
import type { CollectionDefinition, Lease, Page, ReadDocument, ReadFilter, ReadQuery, ReadStore, ReadStoreTransaction } from '../read-store.port.js';
import { DelegatingReadStore } from './delegating-read-store.js';

/**
 * Delegates to a real store, except that the next `failures` calls of any kind fail the way an
 * unreachable back end does (ServiceUnavailableError READ_STORE.UNAVAILABLE) without reaching it.
 * `failNext(n)` starts another outage.
 */
export class UnreachableReadStore extends DelegatingReadStore {
  /** Calls that failed so far. */
  failed = 0;

  constructor(
    inner: ReadStore,
    private failures = 0,
  ) {
    super(inner);
  }

  failNext(calls: number): void {
    this.failures = calls;
  }

  private async gate<T>(call: () => Promise<T>): Promise<T> {
    if (this.failures > 0) {
      this.failures--;
      this.failed++;
      throw new ServiceUnavailableError('READ_STORE.UNAVAILABLE', 'The read store is unreachable (simulated outage)');
    }
    return call();
  }

  override transaction<R>(work: (tx: ReadStoreTransaction) => Promise<R> | R): Promise<R> {
    return this.gate(() => super.transaction(work));
  }
  override ensureCollection(name: string, definition?: CollectionDefinition): Promise<void> {
    return this.gate(() => super.ensureCollection(name, definition));
  }
  override dropCollection(name: string): Promise<void> {
    return this.gate(() => super.dropCollection(name));
  }
  override get<T extends ReadDocument = ReadDocument>(collection: string, id: string): Promise<T | null> {
    return this.gate(() => super.get<T>(collection, id));
  }
  override getMany<T extends ReadDocument = ReadDocument>(collection: string, ids: readonly string[]): Promise<T[]> {
    return this.gate(() => super.getMany<T>(collection, ids));
  }
  override find<T extends ReadDocument = ReadDocument>(collection: string, query?: ReadQuery): Promise<Page<T>> {
    return this.gate(() => super.find<T>(collection, query));
  }
  override count(collection: string, filter?: ReadFilter, limit?: number): Promise<number> {
    return this.gate(() => super.count(collection, filter, limit));
  }
  override getCheckpoint(name: string): Promise<number | null> {
    return this.gate(() => super.getCheckpoint(name));
  }
  override tryAcquireLease(name: string, holder: string, ttlMs: number): Promise<boolean> {
    return this.gate(() => super.tryAcquireLease(name, holder, ttlMs));
  }
  override releaseLease(name: string, holder: string): Promise<void> {
    return this.gate(() => super.releaseLease(name, holder));
  }
  override getLease(name: string): Promise<Lease | null> {
    return this.gate(() => super.getLease(name));
  }
  override ping(): Promise<void> {
    return this.gate(() => super.ping());
  }
}
