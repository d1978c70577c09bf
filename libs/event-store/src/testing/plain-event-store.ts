import type { AppendOptions, AppendResult, EventToAppend, RecordedCommand, RecordedEvent } from '#app/eventsourcing';
import { EventStore, type EventCount, type EventSubscription, type ReadAllOptions, type ReadStreamOptions, type SubscribeOptions } from '../event-store.port.js';

/**
 * A store that offers the port and nothing more: it hides what the adapter under it can do besides
 * (dense positions, multi-stream appends, snapshots), as EventStoreDB would. Subclasses intercept a method.
 */
export class PlainEventStore extends EventStore {
  constructor(protected readonly inner: EventStore) {
    super();
  }
  override append(streamName: string, events: EventToAppend[], options?: AppendOptions): Promise<AppendResult> {
    return this.inner.append(streamName, events, options);
  }
  override findCommand(commandId: string): Promise<RecordedCommand | null> {
    return this.inner.findCommand(commandId);
  }
  override readStream(streamName: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.inner.readStream(streamName, options);
  }
  override readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.inner.readAll(options);
  }
  override headPosition(): Promise<number> {
    return this.inner.headPosition();
  }
  override storeId(): Promise<string> {
    return this.inner.storeId();
  }
  override countEventsAfter(after: number, atMost: number): Promise<EventCount> {
    return this.inner.countEventsAfter(after, atMost);
  }
  override subscribeToAll(options?: SubscribeOptions): EventSubscription {
    return this.inner.subscribeToAll(options);
  }
  override close(): Promise<void> {
    return this.inner.close();
  }
}
