export { MasterKey, MasterKeyFormatError } from './crypto/master-key.js';
export { decryptField, encryptField, isPersonalToken, isSubjectId, SUBJECT_ID_PATTERN, subjectIdOf, subjectKindOf, tokenSubject, TOKEN_PREFIX } from './crypto/personal-token.js';
export { type FoundToken, replaceTokens, tokensIn } from './crypto/token-walk.js';
export { type DestroyOutcome, type MasterKeyState, type StoredSubjectKey, SubjectKeyStore } from './keys/subject-key-store.port.js';
export { ACCESS_LOG_UNAVAILABLE, accessLogUnavailable, KEY_STORE_UNAVAILABLE, keyStoreUnavailable } from './keys/key-store-errors.js';
export {
  type ReadableKey,
  type RotationProgress,
  type SubjectStatus,
  MasterKeyMismatchError,
  PersonalDataVault,
  rotateMasterKey,
  SUBJECT_ERASED,
} from './keys/personal-data-vault.js';
export { type AccessLogFilter, type AccessLogPage, type PersonalDataAccess, type RecordedAccess, PersonalDataAccessLog } from './access/personal-data-access-log.port.js';
export { type SqlitePersonalData, openSqlitePersonalData } from './sqlite/sqlite-personal-data.js';
export { type MongoDbHandle, type MongoDbPersonalData, connectMongoDbPersonalData, mongoDbPersonalData } from './mongodb/mongodb-personal-data.js';
export {
  type EncryptionPlan,
  type PersonalDataTables,
  encryptPlan,
  METADATA_PERSONAL_DATA,
  PersonalDataClassification,
  refuseReservedText,
  RESERVED_TEXT,
  SUBJECT_UNKNOWN,
  subjectsOf,
} from './classification/personal-fields.js';
export { PersonalDataEventStore } from './personal-data-event-store.js';
export { type Viewer, PersonalDataReader } from './reveal/personal-data-reader.js';
export {
  type DataSubjectErased,
  type DataSubjectEvent,
  type ExistingPersonalDataEncrypted,
  DATA_SUBJECT_DECISIONS,
  DATA_SUBJECT_EVENT_TYPES,
  DATA_SUBJECT_PERSONAL_DATA,
  dataSubjectStream,
  PERSONAL_DATA_MIGRATION_STREAM,
} from './erasure/data-subject.events.js';
export { type EncryptionOutcome, type LogRewrite, encryptExistingEvents } from './migration/encrypt-existing.js';
export {
  type DataSubjectCommand,
  type DataSubjectState,
  type EraseDataSubject,
  type ErasureOutcome,
  ALREADY_ERASED,
  DATA_SUBJECT_COMMAND_ROLES,
  dataSubjectDecider,
  EraseDataSubjectCommand,
  EraseDataSubjectHandler,
  requireSubjectId,
  SUBJECT_ID_INVALID,
  SUBJECT_NOT_FOUND,
} from './erasure/erase-data-subject.js';
export { DataSubjectErasureProcess } from './erasure/data-subject-erasure.process.js';
export { type DataSubjectReport, type SubjectMention, GetDataSubjectReportHandler, GetDataSubjectReportQuery } from './report/data-subject-report.query.js';
export { ListPersonalDataAccessHandler, ListPersonalDataAccessQuery } from './report/access-log.query.js';
export { requirePrivacyReader } from './report/privacy-access.js';
export { UNREADABLE_PERSONAL_DATA, personalDataChecks, unreadablePersonalData, verifyAuditTrailAndPersonalData } from './verification/unreadable-personal-data.js';
