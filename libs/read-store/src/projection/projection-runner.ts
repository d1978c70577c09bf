import { IllegalStateError, NotFoundError, ServiceUnavailableError } from '#app/eventsourcing';
import { LogFollower, LogWatch, globalLog, type EventProcess, type EventStore, type FollowerLogger } from '#app/event-store';
import { ChangeLog } from '../changes/change-log.js';
import { LeaseKeeper, defaultLeaseHolder } from '../lease-keeper.js';
import { assertCollectionName, assertLease } from '../read-query.js';
import type { ReadStore } from '../read-store.port.js';
import { ParkedEvents } from './parked-events.js';
import { ProcessFollowers, type ProcessStatus } from './process-followers.js';
import type { ParkedEvent, ProgressCallback, Projection, ProjectionStatus, WaitForPositionResult } from './projection.js';
import { ProjectionApplier, type AppliedBatch } from './projection-applier.js';
import { ProjectionBuilds } from './projection-builds.js';
import { invalidDefinition, leaseHeld, validateProjection } from './projection-definition.js';
import { ProjectionProgress } from './projection-progress.js';
import { ProjectionRegistry } from './projection-registry.js';

export type ProjectionLogger = FollowerLogger;

export interface ProjectionRunnerOptions {
  /** Events read and committed per unit of work; defaults to 500. */
  batchSize?: number;
  /** Events per unit of work while a projection is behind (a rebuild, a catch-up after a restart); defaults to 2,000, or to `batchSize` when that is given. */
  catchUpBatchSize?: number;
  /** How often an idle runner or a waiter looks for progress when nothing woke it (ms); defaults to 250. */
  pollIntervalMs?: number;
  /** While appends keep coming, the followers are woken at most this often (ms), so that a busy log is applied in larger batches; defaults to 50. */
  wakeDelayMs?: number;
  /** First pause before retrying a batch or rebuild that failed (ms), doubling up to 30 times that; defaults to 1,000. */
  retryDelayMs?: number;
  logger?: ProjectionLogger;
  /** Time of parking records. */
  clock?: () => Date;
  /** Defaults to `projection_registry`. */
  registryCollection?: string;
  /** Defaults to `projection_parked`. */
  parkedCollection?: string;
  /** Where the documents each commit changed are kept for live feeds in other processes; defaults to `projection_changes`. */
  changesCollection?: string;
  /** Progress of every rebuild, including those a version bump starts. */
  onRebuildProgress?: (projection: string, processed: number, total: number, eventsPerSecond: number) => void;
  lease?: ProjectionLeaseOptions;
  /** Event-driven processes to run beside the projections, each on its own follower and lease `process:<name>`. */
  processes?: readonly EventProcess[];
}

/** The lease `projection:<name>` lets one runner at a time, among all processes, write a projection. */
export interface ProjectionLeaseOptions {
  /** This runner in lease records; defaults to `<host>:<pid>:<random>`. */
  holder?: string;
  /** How long a lease lasts without renewal, by `clock` (ms); defaults to 30,000. */
  ttlMs?: number;
  /** How often a started runner renews its leases and tries to take those it lacks (ms); defaults to a third of ttlMs. */
  renewIntervalMs?: number;
}

/** One projection and its parts: the follower that keeps it current, the applier, its builds and its change log. */
interface ProjectionJob {
  projection: Projection;
  lease: LeaseKeeper;
  follower: LogFollower;
  applier: ProjectionApplier;
  builds: ProjectionBuilds;
  changes: ChangeLog;
}

const consoleLogger: ProjectionLogger = {
  log: (message) => console.log(`[projections] ${message}`),
  warn: (message) => console.warn(`[projections] ${message}`),
  error: (message) => console.error(`[projections] ${message}`),
};

/**
 * Keeps projections (and, when given, event-driven processes) up to date from the global log of an
 * EventStore into a ReadStore. Each projection is a client of its own LogFollower, which reads
 * batches after its checkpoint under its lease; the parts each do one job:
 * ProjectionApplier (a batch and its checkpoint in one unit of work), ProjectionBuilds (blue/green
 * rebuilds and the switch), ParkedEvents (poison events and their retry), ProjectionProgress
 * (status and read-your-writes) and ChangeLog (what each commit changed, for live feeds).
 *
 * Among any number of runners (API replicas, projectors, the CLI) on one read store exactly one
 * applies each projection: a started runner that cannot take a lease stands by and takes over when
 * it is released or expires; `catchUp`, `rebuild` and `retryParked` take the lease for their
 * duration, or fail with `PROJECTION.LEASE_HELD`. The read-only methods (`activeCollection`,
 * `status`, `waitForPosition`, `listParked`) need no lease.
 */
export class ProjectionRunner {
  private readonly jobs = new Map<string, ProjectionJob>();
  private readonly processes: ProcessFollowers;
  private readonly parked: ParkedEvents;
  private readonly progress: ProjectionProgress;
  private readonly watch: LogWatch;
  private started = false;
  private stopped = false;

  constructor(
    eventStore: EventStore,
    readStore: ReadStore,
    projections: readonly Projection[],
    options: ProjectionRunnerOptions = {},
  ) {
    const batchSize = options.batchSize ?? 500;
    const pollIntervalMs = options.pollIntervalMs ?? 250;
    const retryDelayMs = options.retryDelayMs ?? 1000;
    const logger = options.logger ?? consoleLogger;
    const clock = options.clock ?? (() => new Date());
    if (!Number.isInteger(batchSize) || batchSize < 1) throw invalidDefinition('batchSize must be a positive integer');
    const holder = options.lease?.holder ?? defaultLeaseHolder();
    const ttlMs = options.lease?.ttlMs ?? 30_000;
    assertLease('projection', holder);
    if (!Number.isSafeInteger(ttlMs) || ttlMs < 1) throw invalidDefinition('lease.ttlMs must be a positive integer');
    const renewIntervalMs = options.lease?.renewIntervalMs ?? Math.max(1, Math.floor(ttlMs / 3));
    const changesCollection = assertCollectionName(options.changesCollection ?? 'projection_changes');
    const registry = new ProjectionRegistry(readStore, assertCollectionName(options.registryCollection ?? 'projection_registry'));
    this.parked = new ParkedEvents(assertCollectionName(options.parkedCollection ?? 'projection_parked'), readStore, eventStore, clock, logger);
    this.progress = new ProjectionProgress(eventStore, registry, this.parked, pollIntervalMs);
    this.watch = new LogWatch(eventStore, logger, pollIntervalMs, options.wakeDelayMs ?? 50);
    const tuning = { batchSize, catchUpBatchSize: options.catchUpBatchSize ?? (options.batchSize === undefined ? 2_000 : batchSize), pollIntervalMs, retryDelayMs, renewIntervalMs, signal: this.watch, logger };

    for (const projection of projections) {
      validateProjection(projection);
      const { name } = projection;
      if (this.jobs.has(name)) throw invalidDefinition(`Two projections are named ${name}`);
      const lease = new LeaseKeeper(readStore, `projection:${name}`, holder, { ttlMs, clock });
      const changes = new ChangeLog(name, readStore, lease, { collection: changesCollection });
      const applier = new ProjectionApplier(projection, readStore, registry, lease, this.parked, (batch) => this.committed(batch));
      const builds = new ProjectionBuilds(projection, readStore, registry, lease, applier, this.parked, {
        logger,
        retryDelayMs,
        headPosition: () => eventStore.headPosition(),
        ...(options.onRebuildProgress ? { onProgress: (processed, total, rate) => options.onRebuildProgress!(name, processed, total, rate) } : {}),
        onSwitch: () => this.switched(name),
      });
      const follower: LogFollower = new LogFollower(
        globalLog(eventStore),
        {
          ...builds.activeCursor(),
          prepare: async () => {
            await this.parked.ensure();
            await changes.ensure();
            changes.restart();
            await builds.prepare();
          },
          held: () => builds.keepGoing(follower, () => !this.live),
          beforeRelease: () => changes.flush(),
        },
        { ...tuning, label: `Projection ${name}`, lease, leaseHeld: leaseHeld(`Projection ${name}`, name) },
      );
      this.jobs.set(name, { projection, lease, follower, applier, builds, changes });
    }
    for (const process of options.processes ?? []) {
      if (this.jobs.has(process.name)) throw invalidDefinition(`A projection and a process are both named ${process.name}`);
    }
    this.processes = new ProcessFollowers(eventStore, readStore, options.processes ?? [], this.parked, {
      ...tuning,
      holder,
      ttlMs,
      clock,
      leaseHeld: (name) => leaseHeld(`Process ${name}`, name),
    });
  }

  /**
   * Takes the leases it can and prepares those projections' collections and registry, then keeps
   * them (and the processes) up to date in the background until `stop`: each follows the global log
   * (woken by `subscribeToAll`, polling as a fallback), retries failed batches with backoff, builds
   * the new version of any projection whose version changed, renews its leases and takes over those
   * another runner releases or lets expire. An unreachable read store is retried in the background.
   */
  async start(): Promise<void> {
    if (this.stopped) throw new IllegalStateError('PROJECTION.RUNNER_STOPPED', 'A stopped projection runner cannot start again');
    if (this.started) return;
    this.started = true;
    try {
      for (const { follower } of this.jobs.values()) await follower.start();
      await this.processes.start();
    } catch (error) {
      await this.stop();
      throw error;
    }
  }

  /** Stops the background work after the batches in flight and releases its leases; committed progress is kept. Final. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all([...this.jobs.values()].map(({ builds }) => builds.stop()));
    await Promise.all([...[...this.jobs.values()].map(({ follower }) => follower.stop()), this.processes.stop()]);
  }

  /** Asks the followers to look at the log now (after an append in this process). */
  poke(): void {
    this.watch.wake();
  }

  /**
   * Applies the log up to the current head to the active collection of one projection (or all),
   * once, without starting background work. Returns how many events were read.
   */
  async catchUp(name?: string): Promise<number> {
    const jobs = name === undefined ? [...this.jobs.values()] : [this.jobOf(name)];
    return this.withLeases(jobs, async () => {
      let read = 0;
      for (const { follower } of jobs) read += await follower.drain();
      return read;
    });
  }

  /**
   * Builds the projection into a fresh collection from position 0 while the active one keeps
   * serving reads, switches reads to it once it has caught up with the head, and drops the old one.
   * Joins a build already under way (a version bump, or one interrupted earlier, resumes from its
   * checkpoint). Resolves after the switch.
   */
  async rebuild(name: string, options: { onProgress?: ProgressCallback } = {}): Promise<void> {
    const { follower, builds } = this.jobOf(name);
    if (this.stopped) throw new ServiceUnavailableError('PROJECTION.RUNNER_STOPPED', 'The projection runner was stopped');
    await follower.hold(async () => {
      await follower.exclusive(() => builds.beginUnlessBuilding());
      await builds.run(follower, () => this.stopped, options.onProgress);
    });
  }

  /** The names of the projections it runs. */
  get names(): string[] {
    return [...this.jobs.keys()];
  }

  /** The names of the event-driven processes it runs. */
  get processNames(): string[] {
    return this.processes.names;
  }

  /** The physical collection that queries of this projection read. */
  async activeCollection(name: string): Promise<string> {
    return this.progress.activeCollection(this.jobOf(name).projection);
  }

  /** Checkpoint, head, lag, parked count and rebuild state of every projection. */
  async status(): Promise<ProjectionStatus[]> {
    return this.progress.status([...this.jobs.values()].map((job) => job.projection));
  }

  /** Checkpoint, head, lag and parked count of every event-driven process it runs. */
  async processStatus(): Promise<ProcessStatus[]> {
    return this.processes.status();
  }

  /**
   * Read-your-writes: waits, at most `timeoutMs`, until the projection's active checkpoint is at or
   * past `position` (e.g. the position an append returned).
   */
  async waitForPosition(name: string, position: number, timeoutMs: number): Promise<WaitForPositionResult> {
    this.jobOf(name);
    return this.progress.waitForPosition(name, position, timeoutMs);
  }

  /** What each commit of the projection changed, for live feeds. */
  changeLog(name: string): ChangeLog {
    return this.jobOf(name).changes;
  }

  /** Parked events, of one projection or process, or all, in log order. */
  async listParked(name?: string): Promise<ParkedEvent[]> {
    if (name !== undefined && !this.processes.has(name)) this.jobOf(name);
    return this.parked.list(name === undefined ? {} : { where: { projection: name } });
  }

  /**
   * Applies the parked event at this position to the current documents with the projection as it
   * is now (or hands it to the process again), and removes the parking record, in one unit of work.
   * Throws NotFoundError when nothing is parked there, and IllegalStateError `PROJECTION.RETRY_FAILED`
   * (keeping the record, with the new error) when it fails again.
   */
  async retryParked(name: string, position: number): Promise<void> {
    if (this.processes.has(name)) return this.processes.retryParked(name, position);
    const job = this.jobOf(name);
    await job.follower.hold(() =>
      job.follower.exclusive(async () => {
        for (const record of await this.parked.at(name, position)) await this.retry(job, record);
      }),
    );
  }

  private get live(): boolean {
    return this.started && !this.stopped;
  }

  private async retry({ projection, lease, applier, builds }: ProjectionJob, record: ParkedEvent) {
    const target = builds.targetOf(record.collection);
    if (!target) return this.parked.discard(lease, record);
    if (target.version !== projection.version) {
      throw new IllegalStateError(
        'PROJECTION.VERSION_MISMATCH',
        `${record.collection} belongs to version ${target.version} of ${projection.name}, but this code defines version ${projection.version}`,
        { projection: projection.name, position: record.position },
      );
    }
    await this.parked.retry(`Projection ${projection.name}`, record, lease, (event) => applier.reapply(target, event));
  }

  private committed(batch: AppliedBatch) {
    const job = this.jobs.get(batch.projection)!;
    this.progress.moved(batch.projection);
    if (batch.target.collection === job.builds.entry?.active.collection) job.changes.committed(batch.target.collection, batch.after, batch.checkpoint, batch.changes);
  }

  private switched(name: string) {
    this.progress.moved(name);
    this.jobs.get(name)!.follower.wake();
  }

  /** Runs `work` holding the leases of all these projections, taken in turn. */
  private withLeases<T>(jobs: readonly ProjectionJob[], work: () => Promise<T>): Promise<T> {
    return jobs.reduceRight<() => Promise<T>>((inner, { follower }) => () => follower.hold(inner), work)();
  }

  private jobOf(name: string): ProjectionJob {
    const job = this.jobs.get(name);
    if (!job) throw new NotFoundError('PROJECTION.UNKNOWN', `No projection named ${name} is registered`, { projection: name });
    return job;
  }
}
