import type { AppendOptions, AppendResult, EventToAppend, RecordedCommand, RecordedEvent } from '#app/eventsourcing';
import { ValidationError } from '#app/eventsourcing';
import { EventStore, type AtomicMultiAppend, type EventCount, type EventSubscription, type ReadAllOptions, type ReadStreamOptions, type SubscribeOptions, type StreamAppend } from '../event-store.port.js';
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

  override storeId(): Promise<string> {
    return this.inner.storeId();
  }

  override countEventsAfter(after: number, atMost: number): Promise<EventCount> {
    return this.inner.countEventsAfter(after, atMost);
  }

  /** Passes a multi-stream append through, when the store under it can do one (see `appendManyOf`). */
  appendMany(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    const inner = appendManyOf(this.inner);
    if (!inner) return Promise.reject(new ValidationError('EVENT_STORE.NO_MULTI_APPEND', 'This event store cannot append to several streams in one step'));
    return inner.appendMany(appends);
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

/** The store as an atomic multi-stream append, when it and every decorator under it can do one; else null. */
export function appendManyOf(store: EventStore): AtomicMultiAppend | null {
  const candidate = store as EventStore & Partial<AtomicMultiAppend>;
  if (typeof candidate.appendMany !== 'function') return null;
  if (store instanceof EventStoreDecorator && !appendManyOf(store.inner)) return null;
  return candidate as EventStore & AtomicMultiAppend;
}
