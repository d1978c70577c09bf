import type { CollectionDefinition, Lease, Page, ReadDocument, ReadFilter, ReadQuery, ReadStoreTransaction } from '../read-store.port.js';
import { ReadStore } from '../read-store.port.js';

/** Passes every call to a real store; test doubles override the calls they disturb. */
export class DelegatingReadStore extends ReadStore {
  constructor(protected readonly inner: ReadStore) {
    super();
  }

  override transaction<R>(work: (tx: ReadStoreTransaction) => Promise<R> | R): Promise<R> {
    return this.inner.transaction(work);
  }
  override ensureCollection(name: string, definition?: CollectionDefinition): Promise<void> {
    return this.inner.ensureCollection(name, definition);
  }
  override dropCollection(name: string): Promise<void> {
    return this.inner.dropCollection(name);
  }
  override get<T extends ReadDocument = ReadDocument>(collection: string, id: string): Promise<T | null> {
    return this.inner.get<T>(collection, id);
  }
  override getMany<T extends ReadDocument = ReadDocument>(collection: string, ids: readonly string[]): Promise<T[]> {
    return this.inner.getMany<T>(collection, ids);
  }
  override find<T extends ReadDocument = ReadDocument>(collection: string, query?: ReadQuery): Promise<Page<T>> {
    return this.inner.find<T>(collection, query);
  }
  override count(collection: string, filter?: ReadFilter, limit?: number): Promise<number> {
    return this.inner.count(collection, filter, limit);
  }
  override getCheckpoint(name: string): Promise<number | null> {
    return this.inner.getCheckpoint(name);
  }
  override tryAcquireLease(name: string, holder: string, ttlMs: number): Promise<boolean> {
    return this.inner.tryAcquireLease(name, holder, ttlMs);
  }
  override releaseLease(name: string, holder: string): Promise<void> {
    return this.inner.releaseLease(name, holder);
  }
  override getLease(name: string): Promise<Lease | null> {
    return this.inner.getLease(name);
  }
  override ping(): Promise<void> {
    return this.inner.ping();
  }
  override close(): Promise<void> {
    return this.inner.close();
  }
}
