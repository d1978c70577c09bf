import type { Event } from '#app/eventsourcing';
import type { Projection, ReadDocument, RecordedOf } from '#app/read-store';

const DAY_MS = 86_400_000;

/** Fixture events as the store records them: positions from 1, one day apart from `firstDay` (09:00 UTC). */
export function history<E extends Event>(events: readonly E[], firstDay = '2027-02-01'): RecordedOf<E>[] {
  const start = Date.parse(`${firstDay}T09:00:00.000Z`);
  return events.map((event, i) => {
    const at = new Date(start + i * DAY_MS).toISOString();
    const data = event.data as { prospectId?: string; planId?: string };
    return {
      id: `event-${i + 1}`,
      type: event.type,
      data: event.data,
      metadata: { actorId: 'x', commandId: `cmd-${i + 1}`, correlationId: 'corr-1', occurredAt: at },
      streamName: data.planId ? `plan-${data.planId}` : `prospect-${data.prospectId}`,
      revision: i,
      position: i + 1,
      createdAt: at,
    } as unknown as RecordedOf<E>;
  });
}

/** The document `id` after the projection applied, in order, every event of its types whose keys name it. */
export function project<D extends ReadDocument, E extends Event>(projection: Projection<D, E>, events: readonly RecordedOf<Event>[], id: string): D | null {
  let document: D | null = null;
  for (const event of events) {
    if (!(projection.eventTypes as readonly string[]).includes(event.type)) continue;
    const handled = event as RecordedOf<E>;
    if (projection.keys(handled).includes(id)) document = projection.evolve(document, handled, id);
  }
  return document;
}

/** Applies every event a second time right after the first: a projection that is idempotent per event changes nothing. */
export function projectTwice<D extends ReadDocument, E extends Event>(projection: Projection<D, E>, events: readonly RecordedOf<Event>[], id: string): D | null {
  return project(projection, events.flatMap((e) => [e, e]), id);
}
