import { jest } from '@jest/globals';
import type { EventStore } from '#app/event-store';
import type { ProjectionLogger } from '../projection/projection-runner.js';
import type { ReadDocument, ReadStore } from '../read-store.port.js';

export function quietLogger() {
  return {
    log: jest.fn<ProjectionLogger['log']>(),
    warn: jest.fn<ProjectionLogger['warn']>(),
    error: jest.fn<ProjectionLogger['error']>(),
  };
}

/** Every document of a collection, by id, across pages. */
export async function allDocuments<T extends ReadDocument>(store: ReadStore, collection: string): Promise<T[]> {
  const documents: T[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: T[]; nextCursor: string | null } = await store.find<T>(collection, { limit: 1000, cursor });
    documents.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return documents;
}

/** Appends one event per type, each with small data, and returns the position of the last. */
export async function appendTypes(store: EventStore, stream: string, ...types: string[]): Promise<number> {
  const result = await store.append(
    stream,
    types.map((type, i) => ({ type, data: type === 'Opened' ? { owner: 'ann' } : type === 'Noted' ? { text: `note ${i}` } : {} })),
  );
  return result.position;
}

/** Positions of every event of these types in the log, in order. */
export async function positionsOf(store: EventStore, types: readonly string[]): Promise<number[]> {
  const positions: number[] = [];
  for (let after = 0; ; ) {
    const batch = await store.readAll({ after, maxCount: 1000 });
    if (batch.length === 0) return positions;
    positions.push(...batch.filter((e) => types.includes(e.type)).map((e) => e.position));
    after = batch[batch.length - 1]!.position;
  }
}
