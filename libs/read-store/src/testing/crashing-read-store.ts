import type { ReadStore, ReadStoreTransaction } from '../read-store.port.js';
import { DelegatingReadStore } from './delegating-read-store.js';

/**
 * Delegates to a real store, but the unit of work of the n-th projection batch (one that moves a
 * checkpoint past 0) throws after all its writes were made, as a process dying mid-commit would:
 * the inner store rolls the whole unit back.
 */
export class CrashingReadStore extends DelegatingReadStore {
  private batches = 0;

  constructor(
    inner: ReadStore,
    private readonly crashOnBatch: number,
  ) {
    super(inner);
  }

  override transaction<R>(work: (tx: ReadStoreTransaction) => Promise<R> | R): Promise<R> {
    return this.inner.transaction(async (tx) => {
      let advancesCheckpoint = false;
      const result = await work({
        upsert: (collection, document) => tx.upsert(collection, document),
        delete: (collection, id) => tx.delete(collection, id),
        requireLease: (name, holder) => tx.requireLease(name, holder),
        setCheckpoint: (name, position) => {
          if (position > 0) advancesCheckpoint = true;
          tx.setCheckpoint(name, position);
        },
      });
      if (advancesCheckpoint && ++this.batches === this.crashOnBatch) throw new Error(`simulated crash while committing batch ${this.batches}`);
      return result;
    });
  }
}
