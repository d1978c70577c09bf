import { UpcasterChain, type RecordedEvent, type Upcaster } from '#app/eventsourcing';
import type { EventStore } from '../event-store.port.js';
import { EventStoreDecorator } from './event-store-decorator.js';

/**
 * Schema evolution on read: every event read (streams, global log, subscriptions) is upcast to the
 * newest version of its type, so deciders, projections and processes see one shape. Appends pass
 * through untouched and the stored form never changes (the hash chain covers it as written).
 */
export class UpcastingEventStore extends EventStoreDecorator {
  private readonly chain: UpcasterChain;

  constructor(inner: EventStore, upcasters: readonly Upcaster[] | UpcasterChain) {
    super(inner);
    this.chain = upcasters instanceof UpcasterChain ? upcasters : new UpcasterChain(upcasters);
  }

  protected mapRead(event: RecordedEvent): RecordedEvent {
    return this.chain.handles(event.type) ? this.chain.upcast(event) : event;
  }
}
