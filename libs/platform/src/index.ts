export {
  type AppConfig,
  type EventStoreKind,
  type KeyStoreKind,
  type ReadStoreKind,
  auditSealSchedule,
  auditSettings,
  CONFIG_VARIABLES,
  ConfigError,
  KNOWN_ROLES,
  durationSeconds,
  isLoopbackHost,
  loadConfig,
  requireLocalDevelopmentMode,
} from './config.js';
export { type TokenClaims, DEV_SECRET_FILE, resolveJwtSecret, TokenService } from './jwt.js';
export { type StoreLogger, createEventStore, createReadStore, productionEventStore } from './stores.js';
export { type KeyRotationReport, type MigrationReport, encryptExistingPersonalData, requireStopped, rotatePiiMasterKey } from './personal-data-migration.js';
export { createPersonalDataVault, DEV_MASTER_KEY_FILE, DEV_MASTER_KEY_WARNING, KEY_STORE_FILE, keyStoreFile, PERSONAL_DATA_CLASSIFICATION, resolvePiiMasterKey } from './personal-data.js';
export {
  type RetryTiming,
  type StartupCheck,
  checkMasterKey,
  CONFIG_EXIT_CODE,
  connectStores,
  entryPointFailure,
  LISTEN_EXIT_CODE,
  ListenError,
  listenFailure,
  redact,
  runEntryPoint,
  STARTUP_EXIT_CODE,
  StartupError,
  waitUntilReachable,
} from './startup.js';
export { type ProcessOptions, type RuntimeOptions, ALL_EVENT_TYPES, ALL_PROJECTIONS, allProcesses, configuredProcesses, Runtime, runtimeSettings } from './runtime.js';
export { checkDataDir, DATA_DIR_EXIT_CODE, DataDirError, dataDirFailure } from './data-dir.js';
export { sealReceiptSinks, verifyOptionsFor } from './audit-trail.js';
export { type ProcessSlot, claimProcessSlot } from './process-slot.js';
export { type Logger, type LoggerOptions, createLogger, resolveLogFormat, storeLogger } from './logging.js';
export { MeasuredEventStore, measureReadYourWrites, Metrics, portOf, serveMetrics } from './metrics.js';
export { VERSION } from './version.js';
