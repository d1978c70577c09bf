import type { Event } from '#app/eventsourcing';
import type { Projection } from '../projection/projection.js';
import type { ReadDocument } from '../read-store.port.js';

export type CounterEvent =
  | Event<'Opened', { owner: string }>
  | Event<'Noted', { text: string; poison?: boolean }>
  | Event<'Closed', Record<string, never>>;

export interface StreamCount extends ReadDocument {
  stream: string;
  count: number;
  positions: number[];
  notes: number;
}

/** Counts events per stream and lists the positions it applied, so a duplicate or a gap shows. Throws on poison notes. */
export function streamCounter(overrides: Partial<Projection<StreamCount, CounterEvent>> = {}): Projection<StreamCount, CounterEvent> {
  return {
    name: 'stream-counter',
    version: 1,
    collection: 'stream_counts',
    queries: [{ equal: [], sort: 'count' }],
    eventTypes: ['Opened', 'Noted', 'Closed'],
    keys: (event) => [event.streamName],
    evolve: (document, event, id) => {
      if (event.type === 'Noted' && event.data.poison) throw new Error(`cannot note ${event.data.text}`);
      return {
        id,
        stream: event.streamName,
        count: (document?.count ?? 0) + 1,
        positions: [...(document?.positions ?? []), event.position],
        notes: (document?.notes ?? 0) + (event.type === 'Noted' ? 1 : 0),
      };
    },
    ...overrides,
  };
}
