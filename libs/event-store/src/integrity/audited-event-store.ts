import type { Upcaster } from '#app/eventsourcing';
import type { EventStore } from '../event-store.port.js';
import { IntegrityEventStore, type IntegrityEventStoreOptions } from './integrity-event-store.js';
import { UpcastingEventStore } from './upcasting-event-store.js';

export interface AuditedEventStoreOptions extends IntegrityEventStoreOptions {
  upcasters?: readonly Upcaster[];
}

/**
 * The adapter as the application uses it: appends hash-chained (IntegrityEventStore), reads upcast
 * to the newest event versions (UpcastingEventStore). `rawEventStore` unwraps it again.
 */
export function auditedEventStore(adapter: EventStore, options: AuditedEventStoreOptions = {}): EventStore {
  const { upcasters = [], ...integrity } = options;
  const chained = new IntegrityEventStore(adapter, integrity);
  return upcasters.length > 0 ? new UpcastingEventStore(chained, upcasters) : chained;
}
