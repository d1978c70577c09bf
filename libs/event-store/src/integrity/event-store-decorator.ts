import type { AppendOptions, AppendResult, EventToAppend, RecordedCommand, RecordedEvent } from '#app/eventsourcing';
import { EventStore, type EventSubscription, type ReadAllOptions, type ReadStreamOptions, type SubscribeOptions } from '../event-store.port.js';
import type { SnapshotStore } from '../snapshots/snapshot-store.port.js';

/**
 * An EventStore wrapping another: appends pass through unless overridden, and every event read
 * (streams, the global log, subscriptions) passes through `mapRead`.
 */
export abstract class EventStoreDecorator extends EventStore {
  constructor(readonly inner: EventStore) {
    super();
  }

  protected abstract mapRead(event: RecordedEvent): RecordedEvent;

  override append(streamName: string, events: EventToAppend[], options?: AppendOptions): Promise<AppendResult> {
    return this.inner.append(streamName, events, options);
  }

  override findCommand(commandId: string): Promise<RecordedCommand | null> {
    return this.inner.findCommand(commandId);
  }

  override get snapshots(): SnapshotStore | null {
    return this.inner.snapshots;
  }

  override async readStream(streamName: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return (await this.inner.readStream(streamName, options)).map((event) => this.mapRead(event));
  }

  override async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return (await this.inner.readAll(options)).map((event) => this.mapRead(event));
  }

  override headPosition(): Promise<number> {
    return this.inner.headPosition();
  }

  override subscribeToAll(options?: SubscribeOptions): EventSubscription {
    const subscription = this.inner.subscribeToAll(options);
    const map = (event: RecordedEvent) => this.mapRead(event);
    return {
      close: () => subscription.close(),
      async *[Symbol.asyncIterator]() {
        for await (const event of subscription) yield map(event);
      },
    };
  }

  override close(): Promise<void> {
    return this.inner.close();
  }
}

/** The adapter under every decorator: events exactly as stored (raw types, `metadata.integrity`). */
export function rawEventStore(store: EventStore): EventStore {
  let current = store;
  while (current instanceof EventStoreDecorator) current = current.inner;
  return current;
}

/** The first decorator of this class in the stack, if any. */
export function findDecorator<T extends EventStoreDecorator>(store: EventStore, kind: abstract new (...args: never[]) => T): T | undefined {
  for (let current = store; current instanceof EventStoreDecorator; current = current.inner) {
    if (current instanceof kind) return current;
  }
  return undefined;
}
