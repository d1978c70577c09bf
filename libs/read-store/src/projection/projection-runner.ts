import { EventEmitter } from 'node:events';
import { performance } from 'node:perf_hooks';
import {
  IllegalStateError,
  NotFoundError,
  ServiceUnavailableError,
  ValidationError,
  type Event,
  type RecordedEvent,
} from '#app/eventsourcing';
import type { EventStore, EventSubscription } from '#app/event-store';
import { LeaseKeeper, defaultLeaseHolder, isLeaseLost } from '../lease-keeper.js';
import { assertCollectionName, assertFieldName, assertLease } from '../read-query.js';
import type { ReadDocument, ReadFilter, ReadStore, ReadStoreTransaction } from '../read-store.port.js';
import { Mutex, Wakeup } from './concurrency.js';
import type { ParkedEvent, ProgressCallback, Projection, ProjectionStatus, RecordedOf, WaitForPositionResult } from './projection.js';
import { baseCollection, targetFor, type ProjectionTarget, type RegistryEntry } from './projection-registry.js';

/** Nest's Logger fits this shape; `fields` are structured data of the line (the correlation id of the event it is about). */
export interface ProjectionLogger {
  log(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface ProjectionRunnerOptions {
  /** Events read and committed per unit of work; defaults to 500. */
  batchSize?: number;
  /** How often an idle runner or a waiter looks for progress when nothing woke it (ms); defaults to 250. */
  pollIntervalMs?: number;
  /** Pause before retrying a batch or rebuild that failed (ms); defaults to 1,000. */
  retryDelayMs?: number;
  logger?: ProjectionLogger;
  /** Time of parking records. */
  clock?: () => Date;
  /** Defaults to `projection_registry`. */
  registryCollection?: string;
  /** Defaults to `projection_parked`. */
  parkedCollection?: string;
  /** Progress of every rebuild, including those a version bump starts. */
  onRebuildProgress?: (projection: string, processed: number, total: number, eventsPerSecond: number) => void;
  lease?: ProjectionLeaseOptions;
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

interface RunState {
  readonly projection: Projection;
  readonly handled: ReadonlySet<string>;
  readonly lock: Mutex;
  readonly lease: LeaseKeeper;
  entry: RegistryEntry | null;
  build: { promise: Promise<void>; listeners: Set<ProgressCallback> } | null;
  /** The registry entry was loaded under the current, unbroken hold of the lease. */
  ready: boolean;
  buildLoop: boolean;
  /** catchUp, rebuild and retryParked calls in flight. */
  explicit: number;
  standbyLogged: boolean;
}

interface BatchResult {
  read: number;
  checkpoint: number;
}

type DocumentChange = readonly [id: string, document: ReadDocument | null];

const consoleLogger: ProjectionLogger = {
  log: (message) => console.log(`[projections] ${message}`),
  warn: (message) => console.warn(`[projections] ${message}`),
  error: (message) => console.error(`[projections] ${message}`),
};

/**
 * Keeps projections up to date from the global log of an EventStore into a ReadStore.
 *
 * Per projection it reads batches after the checkpoint in commit order, loads the documents the
 * batch touches once, folds the events with the projection's pure `evolve`, and commits documents,
 * parked events and the new checkpoint in one unit of work, so a crash at any point resumes exactly
 * after the last committed batch. Events `evolve` or `keys` throws on are parked and skipped.
 *
 * A projection's documents live in a versioned physical collection recorded in a registry
 * collection; a new version or `rebuild` builds a fresh one from position 0 while the active one
 * keeps serving reads, then switches the registry and drops the old one.
 *
 * A runner writes a projection only while it holds the projection's lease in the read store, and
 * fences every unit of work with it, so among any number of runners (API replicas, projectors,
 * the CLI) on one read store exactly one applies each projection: a started runner that cannot
 * take a lease stands by and takes over when it is released or expires; `catchUp`, `rebuild` and
 * `retryParked` take the lease for their duration, or fail with `PROJECTION.LEASE_HELD`. The
 * read-only methods (`activeCollection`, `status`, `waitForPosition`, `listParked`) need no lease.
 */
export class ProjectionRunner {
  private readonly states = new Map<string, RunState>();
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly retryDelayMs: number;
  private readonly logger: ProjectionLogger;
  private readonly clock: () => Date;
  private readonly registryCollection: string;
  private readonly parkedCollection: string;
  private readonly onRebuildProgress: ProjectionRunnerOptions['onRebuildProgress'];
  private readonly renewIntervalMs: number;
  private readonly committed = new EventEmitter();
  private readonly newEvents = new Wakeup();
  private readonly stopping = new Wakeup();
  private readonly background: Promise<void>[] = [];
  private subscription: EventSubscription | null = null;
  private infrastructure: Promise<void> | null = null;
  private started = false;
  private stopped = false;

  constructor(
    private readonly eventStore: EventStore,
    private readonly readStore: ReadStore,
    projections: readonly Projection[],
    options: ProjectionRunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.retryDelayMs = options.retryDelayMs ?? 1000;
    this.logger = options.logger ?? consoleLogger;
    this.clock = options.clock ?? (() => new Date());
    this.registryCollection = assertCollectionName(options.registryCollection ?? 'projection_registry');
    this.parkedCollection = assertCollectionName(options.parkedCollection ?? 'projection_parked');
    this.onRebuildProgress = options.onRebuildProgress;
    this.committed.setMaxListeners(0);
    if (!Number.isInteger(this.batchSize) || this.batchSize < 1) throw invalidDefinition('batchSize must be a positive integer');
    const holder = options.lease?.holder ?? defaultLeaseHolder();
    const ttlMs = options.lease?.ttlMs ?? 30_000;
    assertLease('projection', holder);
    if (!Number.isSafeInteger(ttlMs) || ttlMs < 1) throw invalidDefinition('lease.ttlMs must be a positive integer');
    this.renewIntervalMs = options.lease?.renewIntervalMs ?? Math.max(1, Math.floor(ttlMs / 3));
    for (const projection of projections) {
      validateProjection(projection);
      if (this.states.has(projection.name)) throw invalidDefinition(`Two projections are named ${projection.name}`);
      this.states.set(projection.name, {
        projection,
        handled: new Set(projection.eventTypes),
        lock: new Mutex(),
        lease: new LeaseKeeper(readStore, `projection:${projection.name}`, holder, { ttlMs, clock: this.clock }),
        entry: null,
        build: null,
        ready: false,
        buildLoop: false,
        explicit: 0,
        standbyLogged: false,
      });
    }
  }

  /**
   * Takes the leases it can and prepares those projections' collections and registry, then keeps
   * them up to date in the background until `stop`: it follows the global log (woken by
   * `subscribeToAll`, polling as a fallback), retries failed batches, builds the new version of any
   * projection whose version changed, renews its leases and takes over those another runner
   * releases or lets expire. An unreachable read store is retried in the background.
   */
  async start(): Promise<void> {
    if (this.stopped) throw new IllegalStateError('PROJECTION.RUNNER_STOPPED', 'A stopped projection runner cannot start again');
    if (this.started) return;
    this.started = true;
    try {
      for (const state of this.states.values()) await this.acquire(state);
    } catch (error) {
      if ((error as { kind?: unknown } | null)?.kind !== 'unavailable') {
        this.started = false;
        throw error;
      }
      this.logger.warn(`The read store is unavailable; projections start once it answers: ${messageOf(error)}`);
    }
    this.background.push(this.watchLog());
    for (const state of this.states.values()) {
      this.background.push(this.keepLease(state), this.followLog(state));
      this.keepBuildingIfNeeded(state);
    }
  }

  /** Stops the background work after the batches in flight and releases its leases; committed progress is kept. Final. */
  async stop(): Promise<void> {
    const wasLive = this.live;
    this.stopped = true;
    this.newEvents.close();
    this.stopping.close();
    await this.subscription?.close();
    await Promise.allSettled(this.background);
    if (!wasLive) return;
    for (const state of this.states.values()) {
      state.ready = false;
      await state.lease.release().catch((error: unknown) => this.logger.warn(`Projection ${state.projection.name}: could not release its lease: ${messageOf(error)}`));
    }
  }

  /**
   * Applies the log up to the current head to the active collection of one projection (or all),
   * once, without starting background work. Returns how many events were read.
   */
  async catchUp(name?: string): Promise<number> {
    const states = name === undefined ? [...this.states.values()] : [this.stateOf(name)];
    return this.withLease(states, async () => {
      let read = 0;
      for (const state of states) {
        for (;;) {
          const batch = await state.lock.run(() => this.processActive(state));
          read += batch.read;
          if (batch.read < this.batchSize) break;
        }
      }
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
    const state = this.stateOf(name);
    if (this.stopped) throw stoppedError();
    await this.withLease([state], async () => {
      if (!state.build) {
        await state.lock.run(async () => {
          if (!state.entry?.building) await this.beginBuild(state);
        });
      }
      await this.build(state, options.onProgress);
    });
  }

  /** The names of the projections it runs. */
  get names(): string[] {
    return [...this.states.keys()];
  }

  /** The physical collection that queries of this projection read. */
  async activeCollection(name: string): Promise<string> {
    const state = this.stateOf(name);
    const entry = await this.readStore.get<RegistryEntry>(this.registryCollection, name);
    return entry?.active.collection ?? baseCollection(state.projection);
  }

  /** Checkpoint, head, lag, parked count and rebuild state of every projection. */
  async status(): Promise<ProjectionStatus[]> {
    const headPosition = await this.eventStore.headPosition();
    const statuses: ProjectionStatus[] = [];
    for (const { projection } of this.states.values()) {
      const entry = await this.readStore.get<RegistryEntry>(this.registryCollection, projection.name);
      const checkpoint = entry ? await this.checkpointOf(entry.active) : 0;
      const buildCheckpoint = entry?.building ? await this.checkpointOf(entry.building) : 0;
      statuses.push({
        name: projection.name,
        version: projection.version,
        activeCollection: entry?.active.collection ?? null,
        activeVersion: entry?.active.version ?? null,
        checkpoint,
        headPosition,
        lag: Math.max(0, headPosition - checkpoint),
        parked: await this.readStore.count(this.parkedCollection, { where: { projection: projection.name } }),
        rebuilding: Boolean(entry?.building),
        rebuild: entry?.building
          ? {
              collection: entry.building.collection,
              version: entry.building.version,
              checkpoint: buildCheckpoint,
              lag: Math.max(0, headPosition - buildCheckpoint),
            }
          : null,
      });
    }
    return statuses;
  }

  /**
   * Read-your-writes: waits, at most `timeoutMs`, until the projection's active checkpoint is at or
   * past `position` (e.g. the position an append returned). Events the projection does not handle
   * advance its checkpoint too, so any position in the log is eventually reached.
   */
  async waitForPosition(name: string, position: number, timeoutMs: number): Promise<WaitForPositionResult> {
    this.stateOf(name);
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const entry = await this.readStore.get<RegistryEntry>(this.registryCollection, name);
      const checkpoint = entry ? await this.checkpointOf(entry.active) : 0;
      if (checkpoint >= position) return { reached: true, checkpoint };
      const remaining = deadline - performance.now();
      if (remaining <= 0) return { reached: false, checkpoint };
      await this.checkpointMoved(name, Math.min(remaining, this.pollIntervalMs));
    }
  }

  /** Parked events, of one projection or all, in log order. */
  async listParked(projection?: string): Promise<ParkedEvent[]> {
    if (projection !== undefined) this.stateOf(projection);
    await this.ensureInfrastructure();
    return this.allParked(projection === undefined ? {} : { where: { projection } });
  }

  /**
   * Applies the parked event at this position to the current documents with the projection as it
   * is now, and removes the parking record, in one unit of work. Throws NotFoundError when nothing
   * is parked there, and IllegalStateError `PROJECTION.RETRY_FAILED` (keeping the record, with the
   * new error) when it fails again.
   */
  async retryParked(projection: string, position: number): Promise<void> {
    const state = this.stateOf(projection);
    await this.withLease([state], () =>
      state.lock.run(async () => {
        const records = await this.allParked({ where: { projection, position } });
        if (records.length === 0) {
          throw new NotFoundError('PROJECTION.PARKED_NOT_FOUND', `No event of ${projection} is parked at position ${position}`, { projection, position });
        }
        for (const record of records) await this.retry(state, record);
      }),
    );
  }

  private get live(): boolean {
    return this.started && !this.stopped;
  }

  private holding(state: RunState): boolean {
    return state.ready && state.lease.holds();
  }

  /**
   * Takes or renews the projection's lease and resolves whether this runner holds it. On taking it
   * after any gap (another holder may have written meanwhile) it reloads the registry entry and
   * prepares the collections under the lease.
   */
  private async acquire(state: RunState): Promise<boolean> {
    const name = state.projection.name;
    await this.ensureInfrastructure();
    const unbroken = state.lease.holds();
    if (!(await state.lease.renew())) {
      if (state.ready) {
        state.ready = false;
        this.logger.warn(`Projection ${name}: another process took over its lease; standing by`);
      } else if (!state.standbyLogged && this.live) {
        state.standbyLogged = true;
        const lease = await this.readStore.getLease(state.lease.name).catch(() => null);
        this.logger.log(`Projection ${name}: applied by ${lease?.holder ?? 'another process'}; standing by to take over`);
      }
      return false;
    }
    state.standbyLogged = false;
    if (!unbroken) state.ready = false;
    await state.lock.run(async () => {
      if (state.ready) return;
      await this.initProjection(state);
      state.ready = true;
      if (this.live) this.logger.log(`Projection ${name}: applying it in this process (lease holder ${state.lease.holder})`);
    });
    this.keepBuildingIfNeeded(state);
    this.newEvents.wake();
    return true;
  }

  private async keepLease(state: RunState) {
    while (!this.stopped) {
      await this.stopping.wait(this.renewIntervalMs);
      if (this.stopped) return;
      try {
        await this.acquire(state);
      } catch (error) {
        if (this.stopped) return;
        if (isLeaseLost(error)) this.lostLease(state);
        else this.logger.warn(`Projection ${state.projection.name}: could not renew or take its lease, retrying in ${this.renewIntervalMs} ms: ${messageOf(error)}`);
      }
    }
  }

  private lostLease(state: RunState) {
    state.ready = false;
    state.lease.forget();
    this.logger.warn(`Projection ${state.projection.name}: another process took over its lease during a batch, which was not applied; standing by`);
  }

  /** Holds the leases for an explicit operation; a runner that was not started renews them meanwhile and releases them after. */
  private async withLease<T>(states: RunState[], work: () => Promise<T>): Promise<T> {
    const taken: RunState[] = [];
    const done = new Wakeup();
    let renewal: Promise<void> | null = null;
    try {
      for (const state of states) {
        if (!this.holding(state) && !(await this.acquire(state))) throw await this.leaseHeld(state);
        state.explicit++;
        taken.push(state);
      }
      if (!this.live) renewal = this.renewWhile(taken, done);
      return await work();
    } finally {
      done.close();
      await renewal;
      for (const state of taken) {
        if (--state.explicit === 0 && !this.live) {
          state.ready = false;
          await state.lease.release().catch(() => undefined);
        }
      }
    }
  }

  private async renewWhile(states: RunState[], done: Wakeup) {
    for (;;) {
      await done.wait(this.renewIntervalMs);
      if (done.isClosed) return;
      for (const state of states) await state.lease.renew().catch(() => false);
    }
  }

  private async leaseHeld(state: RunState): Promise<IllegalStateError> {
    const name = state.projection.name;
    const lease = await this.readStore.getLease(state.lease.name).catch(() => null);
    const holder = lease?.holder ?? 'another process';
    return new IllegalStateError(
      'PROJECTION.LEASE_HELD',
      `Projection ${name} is being applied by ${holder}; run this where it is applied, or stop that process first`,
      { projection: name, holder, ...(lease ? { leaseExpiresAt: new Date(lease.expiresAt).toISOString() } : {}) },
    );
  }

  private keepBuildingIfNeeded(state: RunState) {
    if (this.live && this.holding(state) && state.entry?.building && !state.buildLoop) this.background.push(this.keepBuilding(state));
  }

  private ensureInfrastructure(): Promise<void> {
    this.infrastructure ??= (async () => {
      await this.readStore.ensureCollection(this.registryCollection);
      await this.readStore.ensureCollection(this.parkedCollection, { indexes: ['projection', 'collection', 'position'] });
    })().catch((error: unknown) => {
      this.infrastructure = null;
      throw error;
    });
    return this.infrastructure;
  }

  private async initProjection(state: RunState) {
    const { projection } = state;
    const stored = await this.readStore.get<RegistryEntry>(this.registryCollection, projection.name);
    if (!stored) {
      const target = targetFor(projection, null, 0);
      await this.prepare(target, projection);
      await this.save(state, { id: projection.name, active: target, building: null, retired: [], generation: 0 }, (tx) =>
        tx.setCheckpoint(target.checkpoint, 0),
      );
      return;
    }
    state.entry = stored;
    await this.dropRetired(state);
    const entry = state.entry;
    if (entry.active.version === projection.version) {
      await this.readStore.ensureCollection(entry.active.collection, { indexes: projection.indexes });
    }
    const building = entry.building;
    if (building && building.version !== projection.version) {
      await this.save(state, { ...entry, building: null, retired: [building.collection] });
      await this.dropRetired(state);
    } else if (building) {
      await this.readStore.ensureCollection(building.collection, { indexes: projection.indexes });
    }
    if (!state.entry.building && state.entry.active.version !== projection.version) await this.beginBuild(state);
  }

  private async prepare(target: ProjectionTarget, projection: Projection) {
    await this.readStore.dropCollection(target.collection);
    await this.readStore.ensureCollection(target.collection, { indexes: projection.indexes });
  }

  private async save(state: RunState, next: RegistryEntry, alsoWrite?: (tx: ReadStoreTransaction) => void) {
    await this.readStore.transaction((tx) => {
      state.lease.fence(tx);
      tx.upsert(this.registryCollection, next);
      alsoWrite?.(tx);
    });
    state.entry = next;
  }

  private async dropRetired(state: RunState) {
    const entry = state.entry!;
    if (entry.retired.length === 0) return;
    for (const collection of entry.retired) await this.readStore.dropCollection(collection);
    await this.save(state, { ...entry, retired: [] });
  }

  private async beginBuild(state: RunState) {
    const { projection } = state;
    const entry = state.entry!;
    const generation = entry.generation + 1;
    const target = targetFor(projection, entry.active, generation);
    await this.prepare(target, projection);
    await this.save(state, { ...entry, building: target, generation }, (tx) => tx.setCheckpoint(target.checkpoint, 0));
    this.logger.log(`Projection ${projection.name}: building ${target.collection} from the start of the log; ${entry.active.collection} keeps serving reads`);
  }

  private build(state: RunState, onProgress?: ProgressCallback): Promise<void> {
    if (!state.build) {
      const listeners = new Set<ProgressCallback>();
      const promise = this.runBuild(state, listeners).finally(() => {
        state.build = null;
      });
      state.build = { promise, listeners };
    }
    if (onProgress) state.build.listeners.add(onProgress);
    return state.build.promise;
  }

  private async runBuild(state: RunState, listeners: ReadonlySet<ProgressCallback>) {
    const name = state.projection.name;
    const target = state.entry?.building;
    if (!target) return;
    const startedAt = performance.now();
    const from = await this.checkpointOf(target);
    const report = async (checkpoint: number) => {
      const total = Math.max(checkpoint, await this.eventStore.headPosition());
      const seconds = (performance.now() - startedAt) / 1000;
      const rate = seconds > 0 ? (checkpoint - from) / seconds : 0;
      this.onRebuildProgress?.(name, checkpoint, total, rate);
      for (const listener of listeners) await listener(checkpoint, total, rate);
    };
    for (;;) {
      if (this.stopped) throw stoppedError();
      const batch = await state.lock.run(() => this.processBatch(state, target));
      await report(batch.checkpoint);
      if (batch.read < this.batchSize) break;
    }
    await state.lock.run(async () => {
      let batch: BatchResult;
      do batch = await this.processBatch(state, target);
      while (batch.read === this.batchSize);
      await this.switchTo(state, target);
      await this.dropRetired(state);
    });
    this.logger.log(`Projection ${name}: reads switched to ${target.collection}`);
  }

  /** Runs under the projection's lock, caught up with the head, so reads never go back in the log. */
  private async switchTo(state: RunState, target: ProjectionTarget) {
    const entry = state.entry!;
    const stale = await this.allParked({ where: { collection: entry.active.collection } });
    await this.save(state, { ...entry, active: target, building: null, retired: [...entry.retired, entry.active.collection] }, (tx) => {
      for (const record of stale) tx.delete(this.parkedCollection, record.id);
    });
    this.committed.emit('checkpoint', state.projection.name);
    this.newEvents.wake();
  }

  private async keepBuilding(state: RunState) {
    state.buildLoop = true;
    try {
      while (!this.stopped && this.holding(state) && state.entry?.building) {
        try {
          await this.build(state);
        } catch (error) {
          if (this.stopped) return;
          if (isLeaseLost(error)) this.lostLease(state);
          else this.logger.error(`Projection ${state.projection.name}: rebuild failed, retrying in ${this.retryDelayMs} ms: ${messageOf(error)}`);
          await this.stopping.wait(this.retryDelayMs);
        }
      }
    } finally {
      state.buildLoop = false;
    }
  }

  private async watchLog() {
    try {
      const subscription = this.eventStore.subscribeToAll({ after: await this.eventStore.headPosition() });
      this.subscription = subscription;
      if (this.stopped) await subscription.close();
      for await (const _ of subscription) {
        if (this.stopped) break;
        this.newEvents.wake();
      }
    } catch (error) {
      if (!this.stopped) this.logger.warn(`Subscription to the log ended; polling every ${this.pollIntervalMs} ms: ${messageOf(error)}`);
    }
  }

  private async followLog(state: RunState) {
    while (!this.stopped) {
      if (!this.holding(state)) {
        await this.stopping.wait(this.pollIntervalMs);
        continue;
      }
      try {
        const batch = await state.lock.run(() => this.processActive(state));
        if (batch.read < this.batchSize) await this.newEvents.wait(this.pollIntervalMs);
      } catch (error) {
        if (this.stopped) return;
        if (isLeaseLost(error)) this.lostLease(state);
        else this.logger.error(`Projection ${state.projection.name}: batch failed, retrying in ${this.retryDelayMs} ms: ${messageOf(error)}`);
        await this.stopping.wait(this.retryDelayMs);
      }
    }
  }

  /** The active collection is only fed by the code that defines its version; an older one stays as it is until replaced. */
  private processActive(state: RunState): Promise<BatchResult> {
    const active = state.entry?.active;
    if (!active || active.version !== state.projection.version) return Promise.resolve({ read: 0, checkpoint: 0 });
    return this.processBatch(state, active);
  }

  private async processBatch(state: RunState, target: ProjectionTarget): Promise<BatchResult> {
    const after = await this.checkpointOf(target);
    const events = await this.eventStore.readAll({ after, maxCount: this.batchSize });
    if (events.length === 0) return { read: 0, checkpoint: after };
    const { changes, parked } = await this.applyBatch(state, target, events);
    const checkpoint = events[events.length - 1]!.position;
    await this.readStore.transaction((tx) => {
      state.lease.fence(tx);
      for (const [id, document] of changes) {
        if (document) tx.upsert(target.collection, document);
        else tx.delete(target.collection, id);
      }
      for (const record of parked) tx.upsert(this.parkedCollection, record);
      tx.setCheckpoint(target.checkpoint, checkpoint);
    });
    for (const record of parked) {
      this.logger.error(
        `Projection ${record.projection}: parked ${record.eventType} at position ${record.position} ` +
          `(stream ${record.streamName}, event ${record.eventId}) in ${record.collection}: ${record.error}. ` +
          `Fix the projection, then retry it with retryParked('${record.projection}', ${record.position}).`,
        { correlationId: events.find((e) => e.position === record.position)?.metadata.correlationId },
      );
    }
    this.committed.emit('checkpoint', state.projection.name);
    return { read: events.length, checkpoint };
  }

  private async applyBatch(state: RunState, target: ProjectionTarget, events: RecordedEvent[]) {
    const { projection } = state;
    const parked: ParkedEvent[] = [];
    const touching: { event: RecordedEvent; ids: string[] }[] = [];
    for (const event of events) {
      if (!state.handled.has(event.type)) continue;
      try {
        touching.push({ event, ids: keysOf(projection, event) });
      } catch (error) {
        parked.push(this.parkingRecord(projection, target, event, error));
      }
    }
    const documents = new Map<string, ReadDocument | null>();
    const ids = [...new Set(touching.flatMap((t) => t.ids))];
    for (const document of await this.readStore.getMany(target.collection, ids)) documents.set(document.id, deepFreeze(document));
    const changed = new Set<string>();
    for (const { event, ids } of touching) {
      try {
        const next = ids.map((id): DocumentChange => [id, evolveOne(projection, documents.get(id) ?? null, event, id)]);
        for (const [id, document] of next) {
          documents.set(id, document);
          changed.add(id);
        }
      } catch (error) {
        parked.push(this.parkingRecord(projection, target, event, error));
      }
    }
    const changes = [...changed].map((id): DocumentChange => [id, documents.get(id) ?? null]);
    return { changes, parked };
  }

  private async retry(state: RunState, record: ParkedEvent) {
    const { projection } = state;
    const entry = state.entry!;
    const target = [entry.active, entry.building].find((t) => t?.collection === record.collection);
    if (!target) {
      await this.readStore.transaction((tx) => {
        state.lease.fence(tx);
        tx.delete(this.parkedCollection, record.id);
      });
      return;
    }
    if (target.version !== projection.version) {
      throw new IllegalStateError(
        'PROJECTION.VERSION_MISMATCH',
        `${record.collection} belongs to version ${target.version} of ${projection.name}, but this code defines version ${projection.version}`,
        { projection: projection.name, position: record.position },
      );
    }
    const event = await this.parkedEvent(record);
    let changes: DocumentChange[] = [];
    if (state.handled.has(event.type)) {
      try {
        const ids = keysOf(projection, event);
        const current = new Map((await this.readStore.getMany(target.collection, ids)).map((d) => [d.id, deepFreeze(d)]));
        changes = ids.map((id): DocumentChange => [id, evolveOne(projection, current.get(id) ?? null, event, id)]);
      } catch (error) {
        const failed: ParkedEvent = { ...record, error: messageOf(error), attempts: record.attempts + 1, lastAttemptAt: this.clock().toISOString() };
        await this.readStore.transaction((tx) => {
          state.lease.fence(tx);
          tx.upsert(this.parkedCollection, failed);
        });
        this.logger.error(`Projection ${projection.name}: retry of ${record.eventType} at position ${record.position} failed again: ${failed.error}`);
        throw new IllegalStateError('PROJECTION.RETRY_FAILED', `The parked event still fails: ${failed.error}`, {
          projection: projection.name,
          position: record.position,
        });
      }
    }
    await this.readStore.transaction((tx) => {
      state.lease.fence(tx);
      for (const [id, document] of changes) {
        if (document) tx.upsert(target.collection, document);
        else tx.delete(target.collection, id);
      }
      tx.delete(this.parkedCollection, record.id);
    });
    this.logger.log(`Projection ${projection.name}: parked ${record.eventType} at position ${record.position} applied`);
  }

  private async parkedEvent(record: ParkedEvent): Promise<RecordedEvent> {
    const [event] = await this.eventStore.readStream(record.streamName, { fromRevision: record.revision, maxCount: 1 });
    if (!event || event.id !== record.eventId) {
      throw new NotFoundError('PROJECTION.PARKED_EVENT_MISSING', `The parked event ${record.eventId} is no longer in ${record.streamName}`, {
        projection: record.projection,
        position: record.position,
      });
    }
    return event;
  }

  private parkingRecord(projection: Projection, target: ProjectionTarget, event: RecordedEvent, error: unknown): ParkedEvent {
    return {
      id: `${target.collection}:${event.position}`,
      projection: projection.name,
      collection: target.collection,
      position: event.position,
      eventId: event.id,
      eventType: event.type,
      streamName: event.streamName,
      revision: event.revision,
      error: messageOf(error),
      parkedAt: this.clock().toISOString(),
      attempts: 0,
      lastAttemptAt: null,
    };
  }

  private async allParked(filter: ReadFilter): Promise<ParkedEvent[]> {
    const records: ParkedEvent[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: ParkedEvent[]; nextCursor: string | null } = await this.readStore.find<ParkedEvent>(this.parkedCollection, {
        ...filter,
        sort: { field: 'position', direction: 'asc' },
        limit: 1000,
        cursor,
      });
      records.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return records;
  }

  private async checkpointOf(target: ProjectionTarget): Promise<number> {
    return (await this.readStore.getCheckpoint(target.checkpoint)) ?? 0;
  }

  private checkpointMoved(name: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (moved?: string) => {
        if (moved !== undefined && moved !== name) return;
        clearTimeout(timer);
        this.committed.off('checkpoint', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.committed.on('checkpoint', done);
    });
  }

  private stateOf(name: string): RunState {
    const state = this.states.get(name);
    if (!state) throw new NotFoundError('PROJECTION.UNKNOWN', `No projection named ${name} is registered`, { projection: name });
    return state;
  }
}

function keysOf(projection: Projection, event: RecordedEvent): string[] {
  const keys: unknown = projection.keys(event as unknown as RecordedOf<Event>);
  if (!Array.isArray(keys) || keys.some((k) => typeof k !== 'string' || k.length === 0)) {
    throw new TypeError(`keys() must return an array of non-empty strings, got ${JSON.stringify(keys)}`);
  }
  return [...new Set(keys as string[])];
}

function evolveOne(projection: Projection, document: ReadDocument | null, event: RecordedEvent, id: string): ReadDocument | null {
  const next: unknown = projection.evolve(document, event as unknown as RecordedOf<Event>, id);
  if (next === null) return null;
  if (typeof next !== 'object' || Array.isArray(next)) throw new TypeError(`evolve() must return a document or null, got ${String(next)}`);
  // Freezing (not a JSON round trip) keeps unchanged sub-objects shared, so a batch costs what it changes;
  // the store serialises once at commit.
  return deepFreeze({ ...(next as ReadDocument), id });
}

/** Frozen documents make an impure evolve that mutates its input fail (and park) instead of corrupting the batch. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const nested of Object.values(value)) deepFreeze(nested);
  }
  return value;
}

function validateProjection(projection: Projection) {
  if (typeof projection.name !== 'string' || projection.name.length === 0) throw invalidDefinition('A projection needs a name');
  if (!Number.isInteger(projection.version) || projection.version < 1) {
    throw invalidDefinition(`Projection ${projection.name}: version must be a positive integer`);
  }
  if (!/^[A-Za-z][A-Za-z0-9_]{0,47}$/.test(projection.collection)) {
    throw invalidDefinition(`Projection ${projection.name}: collection must match ^[A-Za-z][A-Za-z0-9_]{0,47}$`);
  }
  projection.indexes.forEach(assertFieldName);
  if (typeof projection.keys !== 'function' || typeof projection.evolve !== 'function') {
    throw invalidDefinition(`Projection ${projection.name}: keys and evolve must be functions`);
  }
}

function invalidDefinition(message: string) {
  return new ValidationError('PROJECTION.INVALID_DEFINITION', message);
}

function stoppedError() {
  return new ServiceUnavailableError('PROJECTION.RUNNER_STOPPED', 'The projection runner was stopped');
}

function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}
