import type { EventCount, EventStore } from '#app/event-store';

const CAUGHT_UP: EventCount = { events: 0, atLeast: false };

/**
 * How many events each checkpoint is behind the head, in events whatever the back end numbers its
 * log by (EventStoreDB's positions are byte offsets): counted by the event store, at most `limit`
 * per checkpoint, each distinct checkpoint once per reading, none at or past the head.
 */
export class EventLag {
  constructor(
    private readonly eventStore: EventStore,
    readonly limit: number,
  ) {}

  /** One reading against `headPosition`; `limit` raises the runner's for this reading. */
  reading(headPosition: number, limit?: number): (checkpoint: number) => Promise<EventCount> {
    const atMost = Math.max(this.limit, limit ?? 0);
    const counted = new Map<number, Promise<EventCount>>();
    return (checkpoint) => {
      if (checkpoint >= headPosition) return Promise.resolve(CAUGHT_UP);
      let count = counted.get(checkpoint);
      if (!count) counted.set(checkpoint, (count = this.eventStore.countEventsAfter(checkpoint, atMost)));
      return count;
    };
  }
}
