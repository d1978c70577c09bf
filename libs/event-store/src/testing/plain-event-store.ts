import type { AppendResult, EventToAppend, ExpectedRevision, RecordedEvent } from '#app/eventsourcing';
import { EventStore, type EventSubscription, type ReadAllOptions, type ReadStreamOptions, type SubscribeOptions } from '../event-store.port.js';

/**
 * A store that offers the port and nothing more: it hides what the adapter under it can do besides
 * (dense positions, multi-stream appends), as EventStoreDB would. Subclasses intercept a method.
 */
export class PlainEventStore extends EventStore {
  constructor(protected readonly inner: EventStore) {
    super();
  }
  override append(streamName: string, events: EventToAppend[], options?: { expectedRevision?: ExpectedRevision }): Promise<AppendResult> {
    return this.inner.append(streamName, events, options);
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
  override subscribeToAll(options?: SubscribeOptions): EventSubscription {
    return this.inner.subscribeToAll(options);
  }
  override close(): Promise<void> {
    return this.inner.close();
  }
}
