import type { RecordedEvent } from '#app/eventsourcing';

/**
 * When an event happened: `metadata.occurredAt`, the moment its command was accepted (the `now` the
 * decider decided with, Decision 9), recorded by the application, covered by the hash chain and the
 * same on every back end and after a migration between stores. `createdAt` (the store's commit
 * time) is the fallback for events without it.
 */
export function occurredAtOf(event: Pick<RecordedEvent, 'metadata' | 'createdAt'>): string {
  const occurredAt = (event.metadata as { occurredAt?: unknown }).occurredAt;
  return typeof occurredAt === 'string' && !Number.isNaN(Date.parse(occurredAt)) ? occurredAt : event.createdAt;
}

/** The UTC day (YYYY-MM-DD) an event happened. */
export const occurredOn = (event: Pick<RecordedEvent, 'metadata' | 'createdAt'>): string => occurredAtOf(event).slice(0, 10);
