export * from './config.js';
export * from './jwt.js';
export * from './stores.js';
export * from './startup.js';
export * from './leased-process.js';
export * from './runtime.js';
export { createLogger, resolveLogFormat, storeLogger, type Logger, type LoggerOptions } from './logging.js';
export { Metrics, MeasuredEventStore, measureReadYourWrites, portOf, serveMetrics } from './metrics.js';
export { VERSION } from './version.js';
