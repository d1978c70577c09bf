export {
  type AppConfig,
  type EventStoreKind,
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
export { type StoreLogger, createEventStore, createReadStore } from './stores.js';
export {
  type RetryTiming,
  type StartupCheck,
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
export { type RuntimeOptions, ALL_EVENT_TYPES, ALL_PROJECTIONS, allProcesses, Runtime, runtimeSettings } from './runtime.js';
export { type Logger, type LoggerOptions, createLogger, resolveLogFormat, storeLogger } from './logging.js';
export { MeasuredEventStore, measureReadYourWrites, Metrics, portOf, serveMetrics } from './metrics.js';
export { VERSION } from './version.js';
