import { performance } from 'node:perf_hooks';
import { ServiceUnavailableError } from '#app/eventsourcing';
import { Wakeup, messageOf, type EventStore, type FollowerLogger, type LogCursor, type LogFollower } from '#app/event-store';
import type { LeaseKeeper } from '../lease-keeper.js';
import type { ReadStore, ReadStoreTransaction } from '../read-store.port.js';
import type { ParkedEvents } from './parked-events.js';
import type { ProgressCallback, Projection } from './projection.js';
import type { ProjectionApplier } from './projection-applier.js';
import { targetFor, type ProjectionRegistry, type ProjectionTarget, type RegistryEntry } from './projection-registry.js';

export interface ProjectionBuildOptions {
  logger: FollowerLogger;
  /** Pause before retrying a background build that failed (ms). */
  retryDelayMs: number;
  /** The log the build applies: its head, and how many events follow a position. */
  log: Pick<EventStore, 'headPosition' | 'countEventsAfter'>;
  /** How far the events still to apply are counted while a build runs (beyond the count taken as it starts). */
  lagCountLimit: number;
  /** Progress of every build of this projection, including those a version bump starts. */
  onProgress?: ProgressCallback;
  /** Reads were switched to another collection. */
  onSwitch: () => void;
}

/**
 * The blue/green life of one projection's collections. The registry entry names the active
 * collection (queries read it, the follower keeps it current) and, during a build, a fresh one
 * filled from position 0 while the active one keeps serving reads; once the fresh one has caught
 * up with the head, reads switch to it under the follower's lock. The old one is only retired: a
 * reader that resolved its name just before the switch still finds it complete. Retired collections
 * are dropped the next time the lease is taken after a gap (a restart, a hand-over). A new
 * `version` in the code starts a build by itself; `rebuild` starts one of the same version.
 */
export class ProjectionBuilds {
  entry: RegistryEntry | null = null;
  private build: { promise: Promise<void>; listeners: Set<ProgressCallback> } | null = null;
  private loop: Promise<void> | null = null;
  private readonly stopping = new Wakeup();
  private readonly name: string;

  constructor(
    private readonly projection: Projection,
    private readonly readStore: ReadStore,
    private readonly registry: ProjectionRegistry,
    private readonly lease: LeaseKeeper,
    private readonly applier: ProjectionApplier,
    private readonly parked: ParkedEvents,
    private readonly options: ProjectionBuildOptions,
  ) {
    this.name = projection.name;
  }

  /** Feeds the active collection; an older version stays as it is until replaced. */
  activeCursor(): LogCursor {
    return this.applier.cursor(() => {
      const active = this.entry?.active;
      return active && active.version === this.projection.version ? active : null;
    });
  }

  /** The collection a parked record was skipped in, if it is still the active or the building one. */
  targetOf(collection: string): ProjectionTarget | null {
    return [this.entry?.active, this.entry?.building].find((t) => t?.collection === collection) ?? null;
  }

  /**
   * Runs under the follower's lock whenever the lease is taken after a gap: loads the registry entry
   * (another holder may have changed it), drops retired collections, prepares the active and the
   * building one, abandons a build of another version and begins one when the version changed.
   */
  async prepare(): Promise<void> {
    const { projection } = this;
    await this.registry.ensure();
    const stored = await this.registry.get(projection.name);
    if (!stored) {
      const target = targetFor(projection, null, 0);
      await this.prepareCollection(target);
      await this.save({ id: projection.name, active: target, building: null, retired: [], generation: 0 }, (tx) => tx.setCheckpoint(target.checkpoint, 0));
      return;
    }
    this.entry = stored;
    await this.dropRetired();
    const entry = this.entry;
    if (entry.active.version === projection.version) {
      await this.readStore.ensureCollection(entry.active.collection, { shapes: projection.queries });
    }
    const building = entry.building;
    if (building && building.version !== projection.version) {
      await this.save({ ...entry, building: null, retired: [building.collection] });
      await this.dropRetired();
    } else if (building) {
      await this.readStore.ensureCollection(building.collection, { shapes: projection.queries });
    }
    if (!this.entry.building && this.entry.active.version !== projection.version) await this.begin();
  }

  /** Starts a build of the current version into a fresh collection, unless one is under way. Runs under the follower's lock. */
  async beginUnlessBuilding(): Promise<void> {
    if (!this.entry?.building) await this.begin();
  }

  /** Joins the build under way, or starts one, and resolves after the switch. */
  run(follower: LogFollower, isStopped: () => boolean, onProgress?: ProgressCallback): Promise<void> {
    if (!this.build) {
      const listeners = new Set<ProgressCallback>();
      const promise = this.runBuild(follower, isStopped, listeners).finally(() => {
        this.build = null;
      });
      this.build = { promise, listeners };
    }
    if (onProgress) this.build.listeners.add(onProgress);
    return this.build.promise;
  }

  /** Keeps a build under way going in the background while the follower holds the lease. */
  keepGoing(follower: LogFollower, isStopped: () => boolean): void {
    if (isStopped() || !follower.holding() || !this.entry?.building || this.loop) return;
    this.loop = this.keepBuilding(follower, isStopped).finally(() => {
      this.loop = null;
    });
  }

  async stop(): Promise<void> {
    this.stopping.close();
    await this.loop;
  }

  private async keepBuilding(follower: LogFollower, isStopped: () => boolean) {
    while (!isStopped() && follower.holding() && this.entry?.building) {
      try {
        await this.run(follower, isStopped);
      } catch (error) {
        if (isStopped()) return;
        if (!follower.standByIfLost(error)) {
          this.options.logger.error(`Projection ${this.name}: rebuild failed, retrying in ${this.options.retryDelayMs} ms: ${messageOf(error)}`);
        }
        await this.stopping.wait(this.options.retryDelayMs);
      }
    }
  }

  private async runBuild(follower: LogFollower, isStopped: () => boolean, listeners: ReadonlySet<ProgressCallback>) {
    const target = this.entry?.building;
    if (!target) return;
    const cursor = this.applier.cursor(() => target);
    const startedAt = performance.now();
    const remaining = await this.remainingEvents(await this.registry.checkpointOf(target));
    let applied = 0;
    await follower.drain(cursor, async ({ read, checkpoint }) => {
      if (isStopped()) throw new ServiceUnavailableError('PROJECTION.RUNNER_STOPPED', 'The projection runner was stopped');
      applied += read;
      const total = applied + (await remaining(checkpoint, applied));
      const seconds = (performance.now() - startedAt) / 1000;
      const rate = seconds > 0 ? applied / seconds : 0;
      await this.options.onProgress?.(applied, total, rate);
      for (const listener of listeners) await listener(applied, total, rate);
    });
    await follower.settle(cursor, () => this.switchTo(target));
    this.options.logger.log(`Projection ${this.name}: reads switched to ${target.collection}; the old collection is dropped when the lease is next taken`);
  }

  /**
   * Events still to apply after a checkpoint: those up to the head as the build starts are counted
   * once, in full (on EventStoreDB a read of that part of the log), and what was applied since is
   * taken off; events appended since the start are counted up to `lagCountLimit`.
   */
  private async remainingEvents(from: number): Promise<(checkpoint: number, applied: number) => Promise<number>> {
    const { log, lagCountLimit } = this.options;
    const startHead = await log.headPosition();
    const atStart = startHead > from ? (await log.countEventsAfter(from, Number.MAX_SAFE_INTEGER)).events : 0;
    const after = async (position: number): Promise<number> => (await log.countEventsAfter(position, lagCountLimit)).events;
    return async (checkpoint, applied) => (checkpoint >= startHead ? after(checkpoint) : Math.max(0, atStart - applied) + (await after(startHead)));
  }

  /** Runs under the follower's lock, caught up with the head, so reads never go back in the log. */
  private async switchTo(target: ProjectionTarget) {
    const entry = this.entry!;
    const stale = await this.parked.list({ where: { collection: entry.active.collection } });
    await this.save({ ...entry, active: target, building: null, retired: [...entry.retired, entry.active.collection] }, (tx) => this.parked.remove(tx, stale));
    this.options.onSwitch();
  }

  private async begin() {
    const entry = this.entry!;
    const generation = entry.generation + 1;
    const target = targetFor(this.projection, entry.active, generation);
    await this.prepareCollection(target);
    await this.save({ ...entry, building: target, generation }, (tx) => tx.setCheckpoint(target.checkpoint, 0));
    this.options.logger.log(`Projection ${this.name}: building ${target.collection} from the start of the log; ${entry.active.collection} keeps serving reads`);
  }

  private async prepareCollection(target: ProjectionTarget) {
    await this.readStore.dropCollection(target.collection);
    await this.readStore.ensureCollection(target.collection, { shapes: this.projection.queries });
  }

  private async dropRetired() {
    const entry = this.entry!;
    if (entry.retired.length === 0) return;
    for (const collection of entry.retired) await this.readStore.dropCollection(collection);
    await this.save({ ...entry, retired: [] });
  }

  private async save(next: RegistryEntry, alsoWrite?: (tx: ReadStoreTransaction) => void) {
    await this.registry.save(this.lease, next, alsoWrite);
    this.entry = next;
  }
}
