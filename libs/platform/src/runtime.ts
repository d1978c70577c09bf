import { AUDITED_EVENT_TYPES, auditEventIndexProjection } from '#app/audit';
import { ConversionActualProcess, DEVELOPMENT_PROJECTIONS } from '#app/customer-development';
import { configureCommands } from '#app/eventsourcing';
import { AuditSealProcess, type EventProcess, type EventStore } from '#app/event-store';
import { ProjectionRunner, defaultLeaseHolder, type Projection, type ProjectionRunnerOptions, type ReadStore } from '#app/read-store';
import { CarryOverProcess, ExecutePlanCommandHandler, PLANNING_PROJECTIONS } from '#app/sales-planning';
import { auditSealSchedule, type AppConfig } from './config.js';
import { createEventStore, createReadStore, type StoreLogger } from './stores.js';

/** Every event type of the system: the audit index and the seal schedule handle them all. */
export const ALL_EVENT_TYPES: readonly string[] = AUDITED_EVENT_TYPES;

/** Every projection of the system, in one list for the API, the projector and the CLI. */
export const ALL_PROJECTIONS: readonly Projection[] = [...PLANNING_PROJECTIONS, ...DEVELOPMENT_PROJECTIONS, auditEventIndexProjection()] as readonly Projection[];

/** The event-driven processes; they issue plan commands through the same application path as the API, on the runtime's clock. */
export function allProcesses(eventStore: EventStore, clock: () => Date): EventProcess[] {
  const plans = new ExecutePlanCommandHandler(eventStore);
  return [new CarryOverProcess(eventStore, plans, clock), new ConversionActualProcess(eventStore, plans, clock), new AuditSealProcess(eventStore, ALL_EVENT_TYPES, auditSealSchedule(), () => clock().getTime())];
}

export interface RuntimeOptions {
  /** This process in lease records; defaults to `<host>:<pid>:<random>`. */
  holder?: string;
  /** How long a projection's or process's lease lasts without renewal (ms); defaults to 30,000. */
  leaseTtlMs?: number;
  /** How long a command retries after losing races to other processes (ms); defaults to 5,000. */
  commandRetryDeadlineMs?: number;
  /** How often leases are renewed, and tried for by a standby (ms); defaults to a third of the ttl. */
  leaseRenewIntervalMs?: number;
  clock?: () => Date;
  /** Defaults to ALL_PROJECTIONS. */
  projections?: readonly Projection[];
  /** Defaults to allProcesses. */
  processes?: (eventStore: EventStore, clock: () => Date) => EventProcess[];
  /**
   * Longest wait of `stop` and `close` for the work in flight, the lease releases and the stores'
   * clients (ms); defaults to 5,000. From a configuration (runtimeSettings) it is a quarter of
   * SHUTDOWN_TIMEOUT_MS, so stop and close together take at most half of the shutdown's deadline
   * whatever the stores do, and the other half is left for draining requests. Leases not released
   * by then expire after their TTL.
   */
  stopDeadlineMs?: number;
  /** Tuning of the followers of the projections and processes (polling, batch size, retry delay). */
  runner?: Omit<ProjectionRunnerOptions, 'lease' | 'logger' | 'clock' | 'processes'>;
}

const silent: StoreLogger = { log: () => undefined, warn: () => undefined, error: (m) => console.error(m) };

/**
 * The stores, and the projection runner with the event-driven processes, wired from the
 * configuration: every projection and process is a client of its own log follower. `start()` runs
 * them (the API does when RUN_PROJECTIONS is true; the projector always does); the runner's
 * registry tells queries which collection is active either way.
 *
 * Each projection and process runs only while this runtime holds its lease in the read store, so
 * any number of runtimes (API replicas, projectors) can be started against the same stores: one
 * applies each projection and runs each process, the others stand by and take over when it stops
 * or its lease expires.
 */
export class Runtime {
  readonly projections: ProjectionRunner;
  readonly processes: readonly EventProcess[];
  readonly holder: string;
  private readonly stopDeadlineMs: number;
  private running = false;

  constructor(
    readonly eventStore: EventStore,
    readonly readStore: ReadStore,
    private readonly logger: StoreLogger = silent,
    options: RuntimeOptions = {},
  ) {
    this.holder = options.holder ?? defaultLeaseHolder();
    this.stopDeadlineMs = options.stopDeadlineMs ?? 5_000;
    configureCommands(eventStore, {
      ...(options.commandRetryDeadlineMs !== undefined ? { deadlineMs: options.commandRetryDeadlineMs } : {}),
      onSnapshotError: (streamName, error) => logger.warn(`Snapshot of ${streamName} ignored: ${error instanceof Error ? error.message : String(error)}`),
    });
    const ttlMs = options.leaseTtlMs ?? 30_000;
    const renewIntervalMs = options.leaseRenewIntervalMs ?? Math.max(1, Math.floor(ttlMs / 3));
    const clock = options.clock ?? (() => new Date());
    this.processes = (options.processes ?? allProcesses)(eventStore, clock);
    this.projections = new ProjectionRunner(eventStore, readStore, options.projections ?? ALL_PROJECTIONS, {
      ...options.runner,
      logger,
      clock,
      lease: { holder: this.holder, ttlMs, renewIntervalMs },
      processes: this.processes,
    });
  }

  static fromConfig(config: AppConfig, logger?: StoreLogger, options: RuntimeOptions = {}): Runtime {
    return new Runtime(createEventStore(config, logger), createReadStore(config), logger, { ...runtimeSettings(config), ...options });
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.projections.start();
  }

  /** Tells the projections and processes to look at the log now (after an append in this process). */
  poke(): void {
    this.projections.poke();
  }

  /** Stops the projections and processes after the work in flight and releases their leases. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    const deadline = Date.now() + this.stopDeadlineMs;
    if (!(await settlesBy(this.projections.stop(), deadline))) {
      this.logger.warn(
        `The projections and processes did not stop within ${this.stopDeadlineMs} ms (a store does not answer); ` +
          'leases not released expire after PROJECTION_LEASE_TTL_MS, and committed progress is kept',
      );
    }
  }

  /** Stops, then closes both stores' clients; resolves within twice `stopDeadlineMs` whatever the stores do. */
  async close(): Promise<void> {
    await this.stop();
    if (!(await settlesBy(Promise.allSettled([this.readStore.close(), this.eventStore.close()]), Date.now() + this.stopDeadlineMs))) {
      this.logger.warn(`The stores' clients did not close within ${this.stopDeadlineMs} ms`);
    }
  }
}

/** What the configuration says of a runtime: the lease TTL, the commands' retry deadline, and stop and close deadlines that fit twice into half of SHUTDOWN_TIMEOUT_MS. */
export function runtimeSettings(config: Pick<AppConfig, 'leaseTtlMs' | 'commandRetryDeadlineMs' | 'shutdownTimeoutMs'>): RuntimeOptions {
  return { leaseTtlMs: config.leaseTtlMs, commandRetryDeadlineMs: config.commandRetryDeadlineMs, stopDeadlineMs: Math.floor(config.shutdownTimeoutMs / 4) };
}

/** Whether `work` settled before `deadline` (ms since the epoch); it goes on either way. */
function settlesBy(work: Promise<unknown>, deadline: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now()));
    timer.unref();
  });
  return Promise.race([work.then(() => true, () => true), late]).finally(() => clearTimeout(timer));
}
