import { join } from 'node:path';
import { checkEventStoreDbConnectionString } from '#app/event-store';
import { ROLES } from '#app/eventsourcing';
import { MasterKey, MasterKeyFormatError } from '#app/personal-data';
import { createMongoClient } from '#app/read-store';

export class ConfigError extends Error {}

export type EventStoreKind = 'sqlite' | 'eventstoredb';
export type ReadStoreKind = 'sqlite' | 'mongodb';
export type KeyStoreKind = 'sqlite' | 'mongodb';

/** Every setting of the system, read once from the environment and validated. */
export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  eventStore: EventStoreKind;
  eventStoreConnectionString?: string;
  readStore: ReadStoreKind;
  mongodbUri?: string;
  mongodbDatabase: string;
  /** Undefined in embedded mode without AUTH_JWT_SECRET: a development secret is used then. */
  jwtSecret?: string;
  jwtIssuer?: string;
  jwtAudience?: string;
  /** Where the data subjects' keys and the access log of personal data live. */
  keyStore: KeyStoreKind;
  /** The master key wrapping every subject key; undefined in embedded mode without PII_MASTER_KEY (a development key is used then). */
  piiMasterKey?: string;
  /** How long a query waits for a projection to reach the requested position (ms). */
  readYourWritesTimeoutMs: number;
  /** Days without a development report after which a prospect in development is overdue (step 7). */
  developmentReportDueDays: number;
  /** Whether this process runs the projections (false on API replicas beside a projector). */
  runProjections: boolean;
  /** How long start-up waits for the production stores to answer before giving up (ms). */
  startupTimeoutMs: number;
  /** How long a process keeps a projection's or process's lease without renewing it (ms). */
  leaseTtlMs: number;
  /** How long a command retries after losing races to other processes before answering 503 STREAM.CONTENDED (ms). */
  commandRetryDeadlineMs: number;
  /** Seal the audit trail after this many new events; 0: not by count. */
  auditSealEveryEvents: number;
  /** Seal new events at most this long after the previous seal (s); 0: not by time. */
  auditSealIntervalSeconds: number;
  /** The file seal receipts are appended to, beside the event store; null: none. */
  auditSealReceiptsFile: string | null;
  /** A further sink for seal receipts: an http(s) webhook or `syslog://host[:port]`. */
  auditSealReceiptsUrl?: string;
  /** Longest time range of one export (days). */
  exportMaxDays: number;
  /** Most periods of one roll-over export. */
  exportMaxPeriods: number;
  logLevel: LogLevelName;
  /** `auto`: pretty on a terminal (unless NODE_ENV=production), JSON lines otherwise. */
  logFormat: 'auto' | 'json' | 'pretty';
  /** Port of the Prometheus `/metrics` listener; undefined: no metrics listener. */
  metricsPort?: number;
  /** Readiness fails while a projection or process is more than this many events behind the log. */
  healthMaxProjectionLag: number;
  /** Hard deadline of a graceful shutdown (ms): the process exits then even if work is still in flight. */
  shutdownTimeoutMs: number;
  /** Failed authentications per client IP and window before 429; 0: no limit. */
  authFailureLimit: number;
  authFailureWindowSeconds: number;
  /** Origins allowed to call the API from a browser (CORS); empty: CORS off. */
  corsOrigins: string[];
  /** Take the client IP from X-Forwarded-For (behind a reverse proxy). */
  trustProxy: boolean;
  /** Longest lifetime a bearer token may have (exp − iat, or exp − now without iat), in seconds. */
  authMaxTokenTtlSeconds: number;
  /** How far in the future a token's iat may lie (clocks differ), in seconds. */
  authClockSkewSeconds: number;
  /** Open live (SSE) streams, and unused stream tickets, one user may hold at once (per API process). */
  liveMaxStreamsPerUser: number;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'log', 'info', 'debug', 'verbose', 'trace', 'silent'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

export const CONFIG_VARIABLES: ReadonlyArray<{ name: string; default: string; meaning: string }> = [
  { name: 'PORT', default: '3000', meaning: 'HTTP port of the API' },
  { name: 'HOST', default: '127.0.0.1', meaning: 'Interface the API listens on (0.0.0.0 in containers)' },
  { name: 'DATA_DIR', default: './data', meaning: 'Folder of the embedded SQLite files and the development JWT secret' },
  { name: 'EVENT_STORE', default: 'sqlite', meaning: 'sqlite | eventstoredb' },
  { name: 'EVENTSTORE_CONNECTION_STRING', default: '', meaning: 'e.g. esdb://localhost:2113?tls=false (required with eventstoredb)' },
  { name: 'READ_STORE', default: 'sqlite', meaning: 'sqlite | mongodb' },
  { name: 'MONGODB_URI', default: '', meaning: 'e.g. mongodb://localhost:27017/?replicaSet=rs0 (required with mongodb)' },
  { name: 'MONGODB_DATABASE', default: 'salesflow', meaning: 'Database of the read models' },
  { name: 'AUTH_JWT_SECRET', default: '', meaning: 'HS256 secret, at least 32 characters; required unless both stores are embedded' },
  { name: 'AUTH_JWT_ISSUER', default: '', meaning: 'Expected `iss` claim, when set' },
  { name: 'AUTH_JWT_AUDIENCE', default: '', meaning: 'Expected `aud` claim, when set' },
  { name: 'PII_MASTER_KEY', default: '', meaning: 'Master key of personal data (32 bytes: 64 hex digits or 44 base64 characters); required unless all stores are embedded' },
  { name: 'KEY_STORE', default: 'sqlite', meaning: 'sqlite | mongodb: where the data subjects\' keys and the access log live (mongodb by default when READ_STORE=mongodb)' },
  { name: 'READ_YOUR_WRITES_TIMEOUT_MS', default: '2000', meaning: 'Longest wait of a query for a projection to reach `minPosition`' },
  { name: 'DEVELOPMENT_REPORT_DUE_DAYS', default: '14', meaning: 'Days without a development report before a prospect in development is overdue (default of ?days=)' },
  { name: 'RUN_PROJECTIONS', default: 'true', meaning: 'false on API replicas when a separate projector runs' },
  { name: 'STARTUP_TIMEOUT_MS', default: '60000', meaning: 'How long start-up retries unreachable production stores before exiting (code 3)' },
  { name: 'PROJECTION_LEASE_TTL_MS', default: '30000', meaning: 'Lease of a projection or process: a standby takes over this long after its holder died' },
  { name: 'COMMAND_RETRY_DEADLINE_MS', default: '5000', meaning: 'How long a command without If-Match retries after other processes wrote its stream first, before 503 STREAM.CONTENDED' },
  { name: 'AUDIT_SEAL_EVERY_EVENTS', default: '1000', meaning: 'Seal the audit trail (hash over the log range) after this many new events; 0 = not by count' },
  { name: 'AUDIT_SEAL_INTERVAL_SECONDS', default: '600', meaning: 'Seal new events at most this long after the previous seal; 0 = not by time' },
  { name: 'AUDIT_SEAL_RECEIPTS_FILE', default: '<DATA_DIR>/seal-receipts.jsonl', meaning: 'Append-only file (fsynced) of every seal’s receipt, outside the event store; `verify` checks the seals against it; `off` = none' },
  { name: 'AUDIT_SEAL_RECEIPTS_URL', default: '', meaning: 'A further receipt sink off this machine: an http(s) webhook (POST, JSON) or syslog://host[:port] (UDP, RFC 5424)' },
  { name: 'EXPORT_MAX_DAYS', default: '366', meaning: 'Longest time range of one decisions export (400 beyond it)' },
  { name: 'EXPORT_MAX_PERIODS', default: '36', meaning: 'Most periods (of fromPeriod’s granularity) of one roll-over export (400 beyond it)' },
  { name: 'LOG_LEVEL', default: 'log', meaning: 'fatal | error | warn | log (= info) | debug | verbose (= trace) | silent' },
  { name: 'LOG_FORMAT', default: 'auto', meaning: 'auto (pretty on a terminal unless NODE_ENV=production, JSON lines otherwise) | json | pretty' },
  { name: 'METRICS_PORT', default: '', meaning: 'Port of the Prometheus /metrics listener on HOST; unset: no metrics listener' },
  { name: 'HEALTH_MAX_PROJECTION_LAG', default: '1000', meaning: 'Readiness fails (with the catch-up progress) while a projection or process is more events than this behind the log' },
  { name: 'SHUTDOWN_TIMEOUT_MS', default: '10000', meaning: 'Hard deadline of a graceful shutdown' },
  { name: 'AUTH_FAILURE_LIMIT', default: '20', meaning: 'Failed authentications per client IP and window before 429; 0 = no limit' },
  { name: 'AUTH_FAILURE_WINDOW_SECONDS', default: '60', meaning: 'Window of AUTH_FAILURE_LIMIT' },
  { name: 'CORS_ORIGINS', default: '', meaning: 'Comma-separated origins allowed to call the API from a browser; unset: CORS off' },
  { name: 'TRUST_PROXY', default: 'false', meaning: 'Take the client IP from X-Forwarded-For (behind a reverse proxy)' },
  { name: 'AUTH_MAX_TOKEN_TTL', default: '24h', meaning: 'Longest lifetime of a bearer token (exp − iat, or exp − now without iat): 401 AUTH.TOKEN_LIFETIME_TOO_LONG beyond it' },
  { name: 'AUTH_CLOCK_SKEW_SECONDS', default: '60', meaning: 'How far in the future a token’s iat may lie: 401 AUTH.TOKEN_ISSUED_IN_FUTURE beyond it' },
  { name: 'LIVE_MAX_STREAMS_PER_USER', default: '10', meaning: 'Open live streams and unused stream tickets per user and API process: 429 LIVE.TOO_MANY_STREAMS / LIVE.TOO_MANY_TICKETS beyond it' },
];

/** The hosts a development-mode API may listen on: the loopback interface only. */
export const isLoopbackHost = (host: string): boolean => host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);

const DURATION = /^(\d{1,9})(s|m|h|d)?$/;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** `30m`, `8h`, `7d` or plain seconds, as seconds. */
export function durationSeconds(value: string): number | null {
  const match = DURATION.exec(value.trim());
  if (!match) return null;
  const seconds = Number(match[1]) * UNIT_SECONDS[match[2] ?? 's']!;
  return seconds > 0 ? seconds : null;
}

function duration(name: string, value: string | undefined, fallback: string, maxSeconds: number): number {
  const seconds = durationSeconds(value === undefined || value === '' ? fallback : value);
  if (seconds === null || seconds > maxSeconds) throw new ConfigError(`${name} must be a duration such as 30m, 8h or 7d, at most ${maxSeconds / 86_400} days (got "${value}")`);
  return seconds;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  const v = value === undefined || value === '' ? fallback : value;
  if (!(allowed as readonly string[]).includes(v)) throw new ConfigError(`${name} must be one of ${allowed.join(', ')} (got "${v}")`);
  return v as T;
}

function integer(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be an integer from ${min} to ${max} (got "${value}")`);
  return n;
}

function flag(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new ConfigError(`${name} must be true or false (got "${value}")`);
}

function origins(value: string | undefined): string[] {
  const list = (value ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of list) {
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    if (!url || url.origin !== origin) throw new ConfigError(`CORS_ORIGINS must list origins such as https://dashboard.example.com (got "${origin}")`);
  }
  return list;
}

/** Runs the client's own parser on a connection string (nothing connects) and turns its refusal into one sentence. */
function usable(name: string, parse: () => unknown): void {
  try {
    parse();
  } catch (error) {
    const message = (error as Error).message.replace(/^The .* connection string is invalid: /, '');
    throw new ConfigError(`${name} is not usable: ${message}`);
  }
}

/** The audit trail's seal schedule and export limits (the seal process reads them from the environment too). */
export function auditSettings(env: NodeJS.ProcessEnv = process.env): Pick<AppConfig, 'auditSealEveryEvents' | 'auditSealIntervalSeconds' | 'exportMaxDays' | 'exportMaxPeriods'> {
  return {
    auditSealEveryEvents: integer('AUDIT_SEAL_EVERY_EVENTS', env.AUDIT_SEAL_EVERY_EVENTS, 1000, 0, 10_000_000),
    auditSealIntervalSeconds: integer('AUDIT_SEAL_INTERVAL_SECONDS', env.AUDIT_SEAL_INTERVAL_SECONDS, 600, 0, 31_536_000),
    exportMaxDays: integer('EXPORT_MAX_DAYS', env.EXPORT_MAX_DAYS, 366, 1, 36_600),
    exportMaxPeriods: integer('EXPORT_MAX_PERIODS', env.EXPORT_MAX_PERIODS, 36, 1, 1200),
  };
}

function sealReceiptSettings(env: NodeJS.ProcessEnv, dataDir: string): Pick<AppConfig, 'auditSealReceiptsFile' | 'auditSealReceiptsUrl'> {
  const file = env.AUDIT_SEAL_RECEIPTS_FILE || join(dataDir, 'seal-receipts.jsonl');
  const url = env.AUDIT_SEAL_RECEIPTS_URL || undefined;
  if (url !== undefined && !/^(https?:\/\/[^\s]+|syslog:\/\/(\[[^\]]+\]|[^:/\s]+)(:\d{1,5})?\/?)$/.test(url)) {
    throw new ConfigError(`AUDIT_SEAL_RECEIPTS_URL must be an http(s) URL or syslog://host[:port] (got "${url}")`);
  }
  return { auditSealReceiptsFile: file === 'off' ? null : file, ...(url ? { auditSealReceiptsUrl: url } : {}) };
}

/** When the seal process seals: every N events or T milliseconds (0 turns either off). */
export function auditSealSchedule(env: NodeJS.ProcessEnv = process.env): { everyEvents: number; intervalMs: number } {
  const settings = auditSettings(env);
  return { everyEvents: settings.auditSealEveryEvents, intervalMs: settings.auditSealIntervalSeconds * 1000 };
}

/** Reads and validates the configuration; throws ConfigError with one clear sentence. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const eventStore = oneOf<EventStoreKind>('EVENT_STORE', env.EVENT_STORE, ['sqlite', 'eventstoredb'], 'sqlite');
  const readStore = oneOf<ReadStoreKind>('READ_STORE', env.READ_STORE, ['sqlite', 'mongodb'], 'sqlite');
  const eventStoreConnectionString = env.EVENTSTORE_CONNECTION_STRING || undefined;
  if (eventStore === 'eventstoredb') {
    if (!eventStoreConnectionString) throw new ConfigError('EVENTSTORE_CONNECTION_STRING is required when EVENT_STORE=eventstoredb');
    if (!/^esdb(\+discover)?:\/\/.+/.test(eventStoreConnectionString)) {
      throw new ConfigError('EVENTSTORE_CONNECTION_STRING must start with esdb:// or esdb+discover://');
    }
    usable('EVENTSTORE_CONNECTION_STRING', () => checkEventStoreDbConnectionString(eventStoreConnectionString));
  }
  const mongodbUri = env.MONGODB_URI || undefined;
  if (readStore === 'mongodb') {
    if (!mongodbUri) throw new ConfigError('MONGODB_URI is required when READ_STORE=mongodb');
    if (!/^mongodb(\+srv)?:\/\/.+/.test(mongodbUri)) throw new ConfigError('MONGODB_URI must start with mongodb:// or mongodb+srv://');
    usable('MONGODB_URI', () => createMongoClient(mongodbUri));
  }
  const mongodbDatabase = env.MONGODB_DATABASE || 'salesflow';
  if (!/^[A-Za-z0-9_-]{1,63}$/.test(mongodbDatabase)) {
    throw new ConfigError('MONGODB_DATABASE must be 1 to 63 letters, digits, _ or - (got "' + mongodbDatabase + '")');
  }
  const jwtSecret = env.AUTH_JWT_SECRET || undefined;
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    throw new ConfigError('AUTH_JWT_SECRET must be at least 32 characters (HS256 needs a 256-bit key)');
  }
  if (jwtSecret === undefined && (eventStore !== 'sqlite' || readStore !== 'sqlite')) {
    throw new ConfigError('AUTH_JWT_SECRET is required when a production store (EventStoreDB or MongoDB) is configured');
  }
  const keyStore = oneOf<KeyStoreKind>('KEY_STORE', env.KEY_STORE, ['sqlite', 'mongodb'], readStore === 'mongodb' ? 'mongodb' : 'sqlite');
  if (keyStore === 'mongodb' && !mongodbUri) throw new ConfigError('MONGODB_URI is required when KEY_STORE=mongodb');
  const piiMasterKey = env.PII_MASTER_KEY || undefined;
  if (piiMasterKey !== undefined) {
    try {
      MasterKey.parse(piiMasterKey);
    } catch (error) {
      if (error instanceof MasterKeyFormatError) throw new ConfigError(`PII_MASTER_KEY ${error.message}`);
      throw error;
    }
  } else if (eventStore !== 'sqlite' || readStore !== 'sqlite' || keyStore !== 'sqlite') {
    throw new ConfigError('PII_MASTER_KEY is required when a production store (EventStoreDB or MongoDB) is configured');
  }
  return {
    port: integer('PORT', env.PORT, 3000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    dataDir: env.DATA_DIR || './data',
    eventStore,
    ...(eventStoreConnectionString ? { eventStoreConnectionString } : {}),
    readStore,
    ...(mongodbUri ? { mongodbUri } : {}),
    mongodbDatabase,
    ...(jwtSecret ? { jwtSecret } : {}),
    ...(env.AUTH_JWT_ISSUER ? { jwtIssuer: env.AUTH_JWT_ISSUER } : {}),
    ...(env.AUTH_JWT_AUDIENCE ? { jwtAudience: env.AUTH_JWT_AUDIENCE } : {}),
    keyStore,
    ...(piiMasterKey ? { piiMasterKey } : {}),
    readYourWritesTimeoutMs: integer('READ_YOUR_WRITES_TIMEOUT_MS', env.READ_YOUR_WRITES_TIMEOUT_MS, 2000, 0, 60000),
    developmentReportDueDays: integer('DEVELOPMENT_REPORT_DUE_DAYS', env.DEVELOPMENT_REPORT_DUE_DAYS, 14, 1, 365),
    runProjections: flag('RUN_PROJECTIONS', env.RUN_PROJECTIONS, true),
    startupTimeoutMs: integer('STARTUP_TIMEOUT_MS', env.STARTUP_TIMEOUT_MS, 60_000, 0, 3_600_000),
    leaseTtlMs: integer('PROJECTION_LEASE_TTL_MS', env.PROJECTION_LEASE_TTL_MS, 30_000, 3_000, 600_000),
    commandRetryDeadlineMs: integer('COMMAND_RETRY_DEADLINE_MS', env.COMMAND_RETRY_DEADLINE_MS, 5_000, 0, 120_000),
    ...auditSettings(env),
    ...sealReceiptSettings(env, env.DATA_DIR || './data'),
    logLevel: oneOf('LOG_LEVEL', env.LOG_LEVEL, LOG_LEVELS, 'log'),
    logFormat: oneOf('LOG_FORMAT', env.LOG_FORMAT, ['auto', 'json', 'pretty'] as const, 'auto'),
    ...(env.METRICS_PORT ? { metricsPort: integer('METRICS_PORT', env.METRICS_PORT, 0, 0, 65535) } : {}),
    healthMaxProjectionLag: integer('HEALTH_MAX_PROJECTION_LAG', env.HEALTH_MAX_PROJECTION_LAG, 1000, 0, Number.MAX_SAFE_INTEGER),
    shutdownTimeoutMs: integer('SHUTDOWN_TIMEOUT_MS', env.SHUTDOWN_TIMEOUT_MS, 10_000, 1000, 600_000),
    authFailureLimit: integer('AUTH_FAILURE_LIMIT', env.AUTH_FAILURE_LIMIT, 20, 0, 1_000_000),
    authFailureWindowSeconds: integer('AUTH_FAILURE_WINDOW_SECONDS', env.AUTH_FAILURE_WINDOW_SECONDS, 60, 1, 86_400),
    corsOrigins: origins(env.CORS_ORIGINS),
    trustProxy: flag('TRUST_PROXY', env.TRUST_PROXY, false),
    authMaxTokenTtlSeconds: duration('AUTH_MAX_TOKEN_TTL', env.AUTH_MAX_TOKEN_TTL, '24h', 366 * 86_400),
    authClockSkewSeconds: integer('AUTH_CLOCK_SKEW_SECONDS', env.AUTH_CLOCK_SKEW_SECONDS, 60, 0, 3600),
    liveMaxStreamsPerUser: integer('LIVE_MAX_STREAMS_PER_USER', env.LIVE_MAX_STREAMS_PER_USER, 10, 1, 10_000),
  };
}

export const KNOWN_ROLES = ROLES;

/**
 * The development secret and sign-in are for a machine's own user: an API that listens beyond the
 * loopback interface needs AUTH_JWT_SECRET (start-up stops with one sentence, exit code 2).
 */
export function requireLocalDevelopmentMode(config: Pick<AppConfig, 'host' | 'jwtSecret'>): void {
  if (config.jwtSecret === undefined && !isLoopbackHost(config.host)) {
    throw new ConfigError(`HOST=${config.host} is not a loopback address, so AUTH_JWT_SECRET must be set: the development secret and sign-in answer only this machine`);
  }
}
