export {
  type CollectionDefinition,
  type FieldValue,
  type Lease,
  type Page,
  type QueryShape,
  type QueryShapes,
  type RangeCondition,
  type ReadDocument,
  type ReadFilter,
  type ReadQuery,
  type ReadStoreTransaction,
  type SortOrder,
  ReadStore,
} from './read-store.port.js';
export { type SqliteReadStoreOptions, defaultReadStoreFilename, SqliteReadStore } from './sqlite/sqlite-read-store.js';
export type { ParkedEvent, ProgressCallback, Projection, ProjectionStatus, RecordedOf, WaitForPositionResult } from './projection/projection.js';
export { type ProjectionLeaseOptions, type ProjectionLogger, type ProjectionRunnerOptions, ProjectionRunner } from './projection/projection-runner.js';
export { type MongoDbConnectOptions, type MongoDbReadStoreOptions, createMongoClient, MongoDbReadStore } from './mongodb/mongodb-read-store.js';
export { LeaseKeeper, defaultLeaseHolder, isLeaseLost, type LeaseTerms } from './lease-keeper.js';
export { ChangeFeed, type ChangeFeedOptions, type ChangeListener, type ChangeSource, type ProjectionChange } from './changes/change-feed.js';
export { ChangeLog, type ChangeEntry, type ChangedDocument } from './changes/change-log.js';
export type { ProcessStatus } from './projection/process-followers.js';
export { type FollowedEventStore, followEventStore, READ_STORE_META_COLLECTION } from './followed-event-store.js';
export { describeQuery, serves } from './query-shapes.js';
export { PARKED_QUERIES } from './projection/parked-events.js';
export { CHANGE_LOG_QUERIES } from './changes/change-log.js';
