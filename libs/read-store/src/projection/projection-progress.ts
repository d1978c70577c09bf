import { EventEmitter } from 'node:events';
import { performance } from 'node:perf_hooks';
import type { EventStore } from '#app/event-store';
import type { EventLag } from './event-lag.js';
import type { ParkedEvents } from './parked-events.js';
import type { Projection, ProjectionStatus, StatusOptions, WaitForPositionResult } from './projection.js';
import { baseCollection, type ProjectionRegistry } from './projection-registry.js';

/**
 * How far each projection is, read from the registry and checkpoints in the read store, so it
 * answers alike whether this process applies the projection or another one does: status,
 * read-your-writes and the collection queries read. Commits in this process wake waiters at once;
 * those of other processes are found by polling.
 */
export class ProjectionProgress {
  private readonly committed = new EventEmitter();

  constructor(
    private readonly eventStore: EventStore,
    private readonly registry: ProjectionRegistry,
    private readonly parked: ParkedEvents,
    private readonly lag: EventLag,
    private readonly pollIntervalMs: number,
  ) {
    this.committed.setMaxListeners(0);
  }

  /** A unit of work of the projection committed in this process, or its reads switched. */
  moved(name: string): void {
    this.committed.emit('checkpoint', name);
  }

  async activeCollection(projection: Projection): Promise<string> {
    const entry = await this.registry.get(projection.name);
    return entry?.active.collection ?? baseCollection(projection);
  }

  /** The checkpoint of the collection queries read; 0 before the projection first ran. */
  async checkpoint(name: string): Promise<number> {
    const entry = await this.registry.get(name);
    return entry ? this.registry.checkpointOf(entry.active) : 0;
  }

  async status(projections: readonly Projection[], options: StatusOptions = {}): Promise<ProjectionStatus[]> {
    const headPosition = await this.eventStore.headPosition();
    const lagOf = this.lag.reading(headPosition, options.lagLimit);
    const statuses: ProjectionStatus[] = [];
    for (const projection of projections) {
      const entry = await this.registry.get(projection.name);
      const checkpoint = entry ? await this.registry.checkpointOf(entry.active) : 0;
      const lag = await lagOf(checkpoint);
      let rebuild: ProjectionStatus['rebuild'] = null;
      if (entry?.building) {
        const buildCheckpoint = await this.registry.checkpointOf(entry.building);
        const buildLag = await lagOf(buildCheckpoint);
        rebuild = { collection: entry.building.collection, version: entry.building.version, checkpoint: buildCheckpoint, lag: buildLag.events, lagAtLeast: buildLag.atLeast };
      }
      statuses.push({
        name: projection.name,
        version: projection.version,
        activeCollection: entry?.active.collection ?? null,
        activeVersion: entry?.active.version ?? null,
        checkpoint,
        headPosition,
        lag: lag.events,
        lagAtLeast: lag.atLeast,
        parked: await this.parked.count(projection.name),
        rebuilding: Boolean(entry?.building),
        rebuild,
      });
    }
    return statuses;
  }

  /**
   * Read-your-writes: waits, at most `timeoutMs`, until the projection's active checkpoint is at or
   * past `position`. Events the projection does not handle advance its checkpoint too, so any
   * position in the log is eventually reached.
   */
  async waitForPosition(name: string, position: number, timeoutMs: number): Promise<WaitForPositionResult> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const checkpoint = await this.checkpoint(name);
      if (checkpoint >= position) return { reached: true, checkpoint };
      const remaining = deadline - performance.now();
      if (remaining <= 0) return { reached: false, checkpoint };
      await this.checkpointMoved(name, Math.min(remaining, this.pollIntervalMs));
    }
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
}
