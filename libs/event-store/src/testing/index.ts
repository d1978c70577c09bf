export { eventStoreContract } from './event-store.contract.js';
export { commandIndexContract } from './command-index.contract.js';
export { snapshotStoreContract } from './snapshot-store.contract.js';
export { atomicMultiAppendContract } from './multi-append.contract.js';
export { PlainEventStore } from './plain-event-store.js';
export { type StoreIdentityContractOptions, storeIdentityContract } from './store-identity.contract.js';
export { eventCountContract } from './event-count.contract.js';
export { InMemoryEventStoreDbClient } from '../eventstoredb/testing/in-memory-eventstoredb-client.js';
