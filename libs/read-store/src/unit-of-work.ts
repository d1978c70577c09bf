import { IllegalStateError } from '#app/eventsourcing';
import { assertCheckpoint, assertCollectionName, assertDocument, assertId, assertLease } from './read-query.js';
import type { ReadDocument, ReadStoreTransaction } from './read-store.port.js';

export type WriteOperation =
  | { kind: 'upsert'; collection: string; id: string; json: string }
  | { kind: 'delete'; collection: string; id: string }
  | { kind: 'checkpoint'; name: string; position: number }
  | { kind: 'lease'; name: string; holder: string };

/**
 * The buffered writes of one ReadStore transaction, validated and serialised when they are made so
 * a bad write fails inside the caller's callback (and so rolls back everything).
 */
export class UnitOfWork implements ReadStoreTransaction {
  readonly operations: WriteOperation[] = [];
  private open = true;

  upsert<T extends ReadDocument>(collection: string, document: T): void {
    this.assertOpen();
    assertCollectionName(collection);
    assertDocument(document);
    this.operations.push({ kind: 'upsert', collection, id: document.id, json: JSON.stringify(document) });
  }

  delete(collection: string, id: string): void {
    this.assertOpen();
    assertCollectionName(collection);
    assertId(id);
    this.operations.push({ kind: 'delete', collection, id });
  }

  setCheckpoint(name: string, position: number): void {
    this.assertOpen();
    assertCheckpoint(name, position);
    this.operations.push({ kind: 'checkpoint', name, position });
  }

  requireLease(name: string, holder: string): void {
    this.assertOpen();
    assertLease(name, holder);
    this.operations.push({ kind: 'lease', name, holder });
  }

  close(): void {
    this.open = false;
  }

  private assertOpen() {
    if (!this.open) throw new IllegalStateError('READ_STORE.TRANSACTION_CLOSED', 'This unit of work has already finished');
  }
}
