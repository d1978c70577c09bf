import type { RecordedEvent } from '#app/eventsourcing';

/** The UTC day an event happened: when its command was accepted (occurredAt), else when it was stored. */
export function eventDate(event: Pick<RecordedEvent, 'metadata' | 'createdAt'>): string {
  const occurredAt = (event.metadata as { occurredAt?: unknown }).occurredAt;
  return (typeof occurredAt === 'string' ? occurredAt : event.createdAt).slice(0, 10);
}
