export * from './read-store.port.js';
export * from './sqlite/sqlite-read-store.js';
export * from './projection/projection.js';
export * from './projection/projection-runner.js';
export { MongoDbReadStore, type MongoDbConnectOptions, type MongoDbReadStoreOptions } from './mongodb/mongodb-read-store.js';
export { LeaseKeeper, defaultLeaseHolder, isLeaseLost, type LeaseTerms } from './lease-keeper.js';
