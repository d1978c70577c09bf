export { eventStoreContract } from './event-store.contract.js';
export { commandIndexContract } from './command-index.contract.js';
export { snapshotStoreContract } from './snapshot-store.contract.js';
