export {
  type AtomicMultiAppend,
  type DenseLogNumbering,
  type EventCount,
  type EventSubscription,
  type ReadAllOptions,
  type ReadStreamOptions,
  type StreamAppend,
  type SubscribeOptions,
  denseNumberingOf,
  EventStore,
} from './event-store.port.js';
export { type SqliteConnectionSettings, type SqliteEventStoreOptions, SqliteEventStore } from './sqlite/sqlite-event-store.js';
export { SqliteLogRewrite } from './sqlite/sqlite-log-rewrite.js';
export { type StorageFault, type WalLimits, limitWal, StorageEpisodes, storageError, storageFaultOf } from './sqlite/sqlite-storage.js';
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
export { appendManyOf, EventStoreDecorator, findDecorator, rawEventStore } from './integrity/event-store-decorator.js';
export { type IntegrityEventStoreOptions, IntegrityEventStore } from './integrity/integrity-event-store.js';
export { UpcastingEventStore } from './integrity/upcasting-event-store.js';
export { type AuditedEventStoreOptions, auditedEventStore } from './integrity/audited-event-store.js';
export {
  type AuditSeal,
  type AuditSealerOptions,
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
export { type AuditSealProcessOptions, type AuditSealSchedule, AuditSealProcess } from './integrity/audit-seal.process.js';
export {
  type AuditTrailReport,
  type ChainBreak,
  type ChainProblem,
  type EventProblem,
  type PositionGap,
  type ReceiptProblem,
  type ReceiptProblemKind,
  type SealProblem,
  type SealProblemKind,
  type VerifyOptions,
  verifyAuditTrail,
} from './integrity/verify-audit-trail.js';
export {
  type SealReceipt,
  type SealReceiptSink,
  FileSealReceipts,
  parseReceipts,
  receiptOf,
  sealReceiptSink,
  SyslogSealReceipts,
  WebhookSealReceipts,
} from './integrity/seal-receipts.js';
export { type AuditVerification, type AuditVerificationsOptions, AuditVerifications } from './integrity/audit-verifications.js';
export { type BatchOutcome, type FollowerClient, type LogCursor, type LogFollowerOptions, type LogSource, type Positioned, globalLog, LogFollower } from './follower/log-follower.js';
export { type LogSignal, LogWatch } from './follower/log-watch.js';
export { SharedLogReader } from './follower/shared-log-reader.js';
export { type FollowerLease, type FollowerLogger, messageOf } from './follower/follower-lease.js';
export { eventLoopTurns, LoopTurns, Wakeup } from './follower/concurrency.js';
export { type PagePacerOptions, PagePacer } from './follower/page-pacer.js';
export { SnapshotStore } from './snapshots/snapshot-store.port.js';
