import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { findDecorator, MISCONFIGURED_EVENT_STORE_CODES, type EventStore } from '#app/event-store';
import { DomainError } from '#app/eventsourcing';
import { MasterKeyMismatchError, PersonalDataEventStore } from '#app/personal-data';
import { followEventStore, type ReadStore } from '#app/read-store';
import { ConfigError, type AppConfig } from './config.js';
import { DATA_DIR_EXIT_CODE, DataDirError } from './data-dir.js';
import type { StoreLogger } from './stores.js';

/** Start-up gave up on a store: the process should print the message and exit with code 3. */
export class StartupError extends Error {}

export const STARTUP_EXIT_CODE = 3;
export const CONFIG_EXIT_CODE = 2;
/** The API's or the metrics port is taken (or not allowed): the process exits with this code and holds no lease. */
export const LISTEN_EXIT_CODE = 4;

/** A port could not be bound: the process should print the message and exit with code 4. */
export class ListenError extends Error {}

/** A failed listen on `port` as one sentence (a ListenError), or the error as it was when it is not about the address. */
export function listenFailure(error: unknown, what: 'API' | 'metrics', host: string, port: number): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === 'EADDRINUSE') return new ListenError(`${what} port ${port} on ${host} is already in use; stop the other process or set ${what === 'metrics' ? 'METRICS_PORT' : 'PORT'}`);
  if (code === 'EACCES') return new ListenError(`${what} port ${port} on ${host} may not be used by this user; choose a port above 1023`);
  if (code === 'EADDRNOTAVAIL') return new ListenError(`HOST ${host} is not an address of this machine`);
  return error;
}

/** Refusals that mean the configuration names stores that cannot be used, or cannot be used together. */
const CONFIGURATION_CODES: ReadonlySet<string> = new Set(['EVENT_STORE.INVALID_CONNECTION_STRING', 'READ_STORE.INVALID_URI', 'READ_STORE.FOREIGN_CHECKPOINTS']);

/**
 * The one sentence and exit code of an error that ends an entry point (API, projector, CLI) before
 * it could serve: a configuration error (2), also when a store client refused its connection string
 * late or the read store follows another event store, a start-up that gave up on a store (3), or a
 * port that could not be bound (4). Null for anything else: a bug, with its stack.
 */
export function entryPointFailure(error: unknown): { message: string; exitCode: number } | null {
  if (error instanceof ConfigError) return { message: `configuration error: ${error.message}`, exitCode: CONFIG_EXIT_CODE };
  if (error instanceof DomainError && CONFIGURATION_CODES.has(error.code)) return { message: `configuration error: ${error.message}`, exitCode: CONFIG_EXIT_CODE };
  if (error instanceof StartupError) return { message: `start-up failed: ${error.message}`, exitCode: STARTUP_EXIT_CODE };
  if (error instanceof ListenError) return { message: error.message, exitCode: LISTEN_EXIT_CODE };
  if (error instanceof DataDirError) return { message: `start-up failed: ${error.message}`, exitCode: DATA_DIR_EXIT_CODE };
  return null;
}

/** Runs an entry point's `main`: a failure entryPointFailure knows ends the process with its sentence on stderr and its code; any other with its stack and 1. */
export function runEntryPoint(program: string, main: () => Promise<unknown>): void {
  main().catch((error: unknown) => {
    const failure = entryPointFailure(error);
    console.error(failure ? `${program}: ${failure.message}` : error);
    process.exit(failure?.exitCode ?? 1);
  });
}

/** Even the last attempt gets this long to answer, so it can fail with a reason rather than a timeout. */
const MIN_ATTEMPT_MS = 1000;

export interface StartupCheck {
  /** What is checked, as the logs name it, e.g. `MongoDB (mongodb://db:27017/…)`. */
  name: string;
  ping(): Promise<void>;
  /** Appended to the give-up message. */
  hint: string;
}

export interface RetryTiming {
  /** Gives up once this much time has passed since the first attempt (ms). */
  timeoutMs: number;
  /** Pause after the first failure, doubled after each further one (ms); defaults to 250. */
  initialDelayMs?: number;
  /** Longest pause (ms); defaults to 5,000. */
  maxDelayMs?: number;
  /** Longest wait for one answer before it counts as a failure (ms); defaults to 10,000. The last attempt may overrun the timeout by up to a second. */
  attemptTimeoutMs?: number;
  /** Monotonic milliseconds; injected by tests. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Pings until the check answers, pausing with exponential backoff and logging one line per failed
 * attempt. Gives up with StartupError once `timeoutMs` has passed, or at once on an error that is
 * a misconfiguration rather than an outage (a DomainError other than ServiceUnavailableError).
 * Resolves the number of attempts.
 */
export async function waitUntilReachable(check: StartupCheck, timing: RetryTiming, logger: StoreLogger): Promise<number> {
  const now = timing.now ?? (() => performance.now());
  const pause = timing.sleep ?? ((ms: number) => sleep(ms));
  const initialDelayMs = timing.initialDelayMs ?? 250;
  const maxDelayMs = timing.maxDelayMs ?? 5000;
  const attemptTimeoutMs = timing.attemptTimeoutMs ?? 10_000;
  const deadline = now() + timing.timeoutMs;
  for (let attempt = 1; ; attempt++) {
    let failure: unknown;
    try {
      await withinMs(check.ping(), Math.min(attemptTimeoutMs, Math.max(MIN_ATTEMPT_MS, deadline - now())));
      if (attempt > 1) logger.log(`${check.name} is reachable (after ${attempt} attempts)`);
      return attempt;
    } catch (error) {
      failure = error;
    }
    const reason = reasonOf(failure);
    if (failure instanceof DomainError && (failure.kind !== 'unavailable' || MISCONFIGURED_EVENT_STORE_CODES.has(failure.code))) {
      throw new StartupError(`${check.name} cannot be used: ${reason}. ${check.hint}`);
    }
    const left = deadline - now();
    if (left <= 0) {
      throw new StartupError(
        `${check.name} did not answer within ${seconds(timing.timeoutMs)} (${attempt} attempt${attempt === 1 ? '' : 's'}); last error: ${reason}. ${check.hint}`,
      );
    }
    const delay = Math.min(maxDelayMs, initialDelayMs * 2 ** (attempt - 1), left);
    logger.warn(`${check.name} is not reachable (attempt ${attempt}: ${reason}); retrying in ${seconds(delay)}, giving up in ${seconds(left)}`);
    await pause(delay);
  }
}

/**
 * Waits, within STARTUP_TIMEOUT_MS in all, until the configured production stores answer:
 * EventStoreDB (reading the head of the log) and MongoDB (a replica set able to run transactions).
 * The embedded SQLite stores need no wait. Throws StartupError when a store stays unreachable.
 * Then checks that the read store follows this event store (recording it on first use): one whose
 * checkpoints are positions in another log is refused with `READ_STORE.FOREIGN_CHECKPOINTS`.
 */
export async function connectStores(
  stores: { eventStore: EventStore; readStore: ReadStore },
  config: AppConfig,
  logger: StoreLogger,
  timing: Omit<RetryTiming, 'timeoutMs'> = {},
): Promise<void> {
  const now = timing.now ?? (() => performance.now());
  const deadline = now() + config.startupTimeoutMs;
  const checks: StartupCheck[] = [];
  if (config.eventStore === 'eventstoredb') {
    checks.push({
      name: `EventStoreDB (${redact(config.eventStoreConnectionString ?? '')})`,
      ping: async () => void (await stores.eventStore.headPosition()),
      hint: 'Check EVENTSTORE_CONNECTION_STRING and that the server is up.',
    });
  }
  if (config.readStore === 'mongodb') {
    checks.push({
      name: `MongoDB (${redact(config.mongodbUri ?? '')})`,
      ping: () => stores.readStore.ping(),
      hint: 'Check MONGODB_URI and that the replica set is up and initiated.',
    });
  }
  const personalData = findDecorator(stores.eventStore, PersonalDataEventStore);
  if (personalData && config.keyStore === 'mongodb') {
    checks.push({
      name: `MongoDB key store (${redact(config.mongodbUri ?? '')})`,
      ping: () => personalData.vault.keys.ping(),
      hint: 'Check MONGODB_URI and that the replica set is up.',
    });
  }
  for (const check of checks) {
    await waitUntilReachable(check, { ...timing, now, timeoutMs: Math.max(0, deadline - now()) }, logger);
  }
  await checkMasterKey(stores.eventStore);
  const followed = { storeId: await stores.eventStore.storeId(), description: describeEventStore(config) };
  if (await followEventStore(stores.readStore, followed, foreignCheckpointsRemedy(config))) {
    logger.log(`The read store now follows ${followed.description} (store id ${followed.storeId}); it refuses any other event store from now on`);
  }
}

/** The configured event store, as the read store records it. */
export function describeEventStore(config: Pick<AppConfig, 'eventStore' | 'eventStoreConnectionString' | 'dataDir'>): string {
  return config.eventStore === 'eventstoredb' ? `EventStoreDB at ${redact(config.eventStoreConnectionString ?? '')}` : `the SQLite event store ${join(config.dataDir, 'events.sqlite')}`;
}

function foreignCheckpointsRemedy(config: AppConfig): string {
  const readStore =
    config.readStore === 'mongodb'
      ? `drop the MongoDB database ${config.mongodbDatabase}`
      : `delete ${join(config.dataDir, 'read.sqlite')} (with its -wal and -shm files)`;
  return `${readStore} to have every read model rebuilt from the configured event store at the next start, or set EVENT_STORE and its settings back to the event store it follows`;
}

/**
 * The key store must belong to the configured master key: otherwise a configuration error (exit
 * code 2, one sentence), never a start that would show every personal field as unreadable.
 */
export async function checkMasterKey(eventStore: EventStore): Promise<void> {
  const personalData = findDecorator(eventStore, PersonalDataEventStore);
  if (!personalData) return;
  try {
    await personalData.vault.checkMasterKey();
  } catch (error) {
    if (error instanceof MasterKeyMismatchError) throw new ConfigError(error.message);
    throw error;
  }
}

/** A connection string without its password. */
export function redact(connectionString: string): string {
  return connectionString.replace(/\/\/([^:/@]+):([^@]*)@/, '//$1:***@');
}

function withinMs(answer: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${seconds(ms)}`)), ms);
    timer.unref();
  });
  return Promise.race([answer, timeout]).finally(() => clearTimeout(timer));
}

function reasonOf(error: unknown): string {
  if (error instanceof DomainError) {
    const reason = error.details['reason'];
    return typeof reason === 'string' && reason.length > 0 ? `${error.message} (${reason})` : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}
