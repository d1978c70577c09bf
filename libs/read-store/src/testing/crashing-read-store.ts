import type { CollectionDefinition, Page, ReadDocument, ReadFilter, ReadQuery, ReadStoreTransaction } from '../read-store.port.js';
import { ReadStore } from '../read-store.port.js';

/**
 * Delegates to a real store, but the unit of work of the n-th projection batch (one that moves a
 * checkpoint past 0) throws after all its writes were made, as a process dying mid-commit would:
 * the inner store rolls the whole unit back.
 */
export class CrashingReadStore extends ReadStore {
  private batches = 0;

  constructor(
    private readonly inner: ReadStore,
    private readonly crashOnBatch: number,
  ) {
    super();
  }

  override transaction<R>(work: (tx: ReadStoreTransaction) => Promise<R> | R): Promise<R> {
    return this.inner.transaction(async (tx) => {
      let advancesCheckpoint = false;
      const result = await work({
        upsert: (collection, document) => tx.upsert(collection, document),
        delete: (collection, id) => tx.delete(collection, id),
        setCheckpoint: (name, position) => {
          if (position > 0) advancesCheckpoint = true;
          tx.setCheckpoint(name, position);
        },
      });
      if (advancesCheckpoint && ++this.batches === this.crashOnBatch) throw new Error(`simulated crash while committing batch ${this.batches}`);
      return result;
    });
  }

  override ensureCollection(name: string, definition?: CollectionDefinition) {
    return this.inner.ensureCollection(name, definition);
  }
  override dropCollection(name: string) {
    return this.inner.dropCollection(name);
  }
  override get<T extends ReadDocument = ReadDocument>(collection: string, id: string) {
    return this.inner.get<T>(collection, id);
  }
  override getMany<T extends ReadDocument = ReadDocument>(collection: string, ids: readonly string[]) {
    return this.inner.getMany<T>(collection, ids);
  }
  override find<T extends ReadDocument = ReadDocument>(collection: string, query?: ReadQuery): Promise<Page<T>> {
    return this.inner.find<T>(collection, query);
  }
  override count(collection: string, filter?: ReadFilter) {
    return this.inner.count(collection, filter);
  }
  override getCheckpoint(name: string) {
    return this.inner.getCheckpoint(name);
  }
  override close() {
    return this.inner.close();
  }
}
