export * from './read-store.port.js';
export * from './sqlite/sqlite-read-store.js';
export * from './projection/projection.js';
export * from './projection/projection-runner.js';
export { MongoDbReadStore, type MongoDbConnectOptions, type MongoDbReadStoreOptions } from './mongodb/mongodb-read-store.js';
export { LeaseKeeper, defaultLeaseHolder, isLeaseLost, type LeaseTerms } from './lease-keeper.js';
export { ChangeFeed, type ChangeFeedOptions, type ChangeListener, type ChangeSource, type ProjectionChange } from './changes/change-feed.js';
export { ChangeLog, type ChangeEntry, type ChangedDocument } from './changes/change-log.js';
export type { ProcessStatus } from './projection/process-followers.js';
