export { type EventSubscription, type ReadAllOptions, type ReadStreamOptions, type SubscribeOptions, EventStore } from './event-store.port.js';
export { type SqliteConnectionSettings, type SqliteEventStoreOptions, SqliteEventStore } from './sqlite/sqlite-event-store.js';
export {
  type EventStoreDbClientLike,
  type EventStoreDbEventStoreOptions,
  type EventStoreDbLogger,
  checkEventStoreDbConnectionString,
  EventStoreDbEventStore,
} from './eventstoredb/eventstoredb-event-store.js';
export { MISCONFIGURED_EVENT_STORE_CODES } from './eventstoredb/eventstoredb-mapping.js';
export {
  type CheckpointStore,
  type EventProcess,
  type ProcessLogger,
  EventProcessRunner,
  failsDeterministically,
} from './process/event-process-runner.js';
export { type HashedEvent, type IntegrityStamp, eventHash, INTEGRITY_FIELD, integrityOf, recomputeHash, withoutIntegrity } from './integrity/event-hash.js';
export { EventStoreDecorator, findDecorator, rawEventStore } from './integrity/event-store-decorator.js';
export { type IntegrityEventStoreOptions, IntegrityEventStore } from './integrity/integrity-event-store.js';
export { UpcastingEventStore } from './integrity/upcasting-event-store.js';
export { type AuditedEventStoreOptions, auditedEventStore } from './integrity/audited-event-store.js';
export {
  type AuditSeal,
  type AuditTrailSealed,
  type RecordedSeal,
  type SealActor,
  type SealOutcome,
  AUDIT_SEAL_STREAM,
  AUDIT_TRAIL_SEALED,
  AuditSealer,
  RangeHasher,
  recordedSeal,
  sealHashOf,
  SYSTEM_SEALER,
} from './integrity/audit-seal.js';
export { type AuditSealSchedule, AuditSealProcess } from './integrity/audit-seal.process.js';
export {
  type AuditTrailReport,
  type ChainBreak,
  type ChainProblem,
  type SealProblem,
  type SealProblemKind,
  type VerifyOptions,
  verifyAuditTrail,
} from './integrity/verify-audit-trail.js';
export { type BatchOutcome, type FollowerClient, type LogCursor, type LogFollowerOptions, type LogSource, type Positioned, globalLog, LogFollower } from './follower/log-follower.js';
export { type LogSignal, LogWatch } from './follower/log-watch.js';
export { type FollowerLease, type FollowerLogger, messageOf } from './follower/follower-lease.js';
export { Wakeup } from './follower/concurrency.js';
export { SnapshotStore } from './snapshots/snapshot-store.port.js';
