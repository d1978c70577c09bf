import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { RecordedEvent } from '#app/eventsourcing';
import { EventStore } from '#app/event-store';
import { ProjectionRunner, ReadStore, type Projection, type RecordedOf } from '#app/read-store';

export const LIVE_PROJECTIONS = Symbol('LIVE_PROJECTIONS');

export interface ChangedDocument {
  id: string;
  /** The document's team; null when neither the document nor its events name one. */
  team: string | null;
}

/** A projection committed past `position`; `reset` when too much changed to list (clients reload everything). */
export interface ProjectionChange {
  projection: string;
  position: number;
  reset: boolean;
  documents: ChangedDocument[];
}

export type ChangeListener = (change: ProjectionChange) => void;

/** Beyond this many events in one advance, a change is a reset rather than a list of documents. */
const MAX_EVENTS_PER_CHANGE = 5_000;
const PAGE = 500;
const WAIT_MS = 1_000;

class Stop {
  private release!: () => void;
  readonly signal = new Promise<void>((resolve) => (this.release = resolve));
  stopped = false;

  stop() {
    this.stopped = true;
    this.release();
  }
}

/**
 * Follows one projection's checkpoint while someone listens. Each advance is turned into the
 * documents it touched: the projection's own `keys` over the events it committed, and each
 * document's team as the read model now has it.
 */
class ProjectionFollower {
  private readonly listeners = new Set<ChangeListener>();
  private readonly handled: ReadonlySet<string>;
  private loop: Promise<void> | null = null;
  private baseline: Promise<number> | null = null;

  constructor(
    private readonly projection: Projection,
    private readonly runner: ProjectionRunner,
    private readonly events: EventStore,
    private readonly readStore: ReadStore,
    private readonly stop: Stop,
    private readonly logger: Logger,
  ) {
    this.handled = new Set(projection.eventTypes);
  }

  /** Resolves with the checkpoint from which the listener hears every change. */
  add(listener: ChangeListener): Promise<number> {
    this.listeners.add(listener);
    this.ensureRunning();
    return this.baseline ?? Promise.resolve(0);
  }

  remove(listener: ChangeListener): void {
    this.listeners.delete(listener);
  }

  running(): Promise<void> {
    return this.loop ?? Promise.resolve();
  }

  private ensureRunning() {
    if (this.loop || this.stop.stopped) return;
    let ready!: (checkpoint: number) => void;
    this.baseline = new Promise<number>((resolve) => (ready = resolve));
    this.loop = this.follow(ready).finally(() => {
      this.loop = null;
      if (this.listeners.size > 0) this.ensureRunning();
    });
  }

  private async follow(ready: (checkpoint: number) => void) {
    let last = -1;
    try {
      while (!this.stop.stopped && this.listeners.size > 0) {
        try {
          last = await this.step(last, ready);
        } catch (error) {
          if (this.stop.stopped) return;
          this.logger.warn(`Live changes of ${this.projection.name}: ${error instanceof Error ? error.message : String(error)}; retrying`);
          await Promise.race([this.stop.signal, new Promise((r) => setTimeout(r, WAIT_MS))]);
        }
      }
    } finally {
      if (last < 0) ready(0);
    }
  }

  /** One wait for the checkpoint to move; returns the checkpoint now followed from. */
  private async step(last: number, ready: (checkpoint: number) => void): Promise<number> {
    if (last < 0) {
      const { checkpoint } = await this.wait(0, 0);
      if (this.stop.stopped) return last;
      ready(checkpoint);
      return checkpoint;
    }
    const { checkpoint } = await this.wait(last + 1, WAIT_MS);
    if (this.stop.stopped || checkpoint === last) return last;
    const change = checkpoint < last ? this.reset(checkpoint) : await this.describe(last, checkpoint);
    if (change.reset || change.documents.length > 0) this.emit(change);
    return checkpoint;
  }

  /** waitForPosition, abandoned at once on shutdown (its own timeout ends it shortly after). */
  private wait(position: number, timeoutMs: number) {
    const waiting = this.runner.waitForPosition(this.projection.name, position, timeoutMs);
    waiting.catch(() => undefined);
    return Promise.race([waiting, this.stop.signal.then(() => ({ reached: false, checkpoint: -1 }))]);
  }

  private reset(position: number): ProjectionChange {
    return { projection: this.projection.name, position, reset: true, documents: [] };
  }

  private async describe(from: number, to: number): Promise<ProjectionChange> {
    const teams = new Map<string, string | null>();
    let after = from;
    let read = 0;
    scan: while (after < to) {
      const batch = await this.events.readAll({ after, maxCount: PAGE });
      if (batch.length === 0) break;
      for (const event of batch) {
        if (event.position > to) break scan;
        read += 1;
        if (this.handled.has(event.type)) this.collect(event, teams);
      }
      after = batch[batch.length - 1]!.position;
      if (read > MAX_EVENTS_PER_CHANGE) return this.reset(to);
    }
    const ids = [...teams.keys()];
    const collection = await this.runner.activeCollection(this.projection.name);
    for (let i = 0; i < ids.length; i += PAGE) {
      for (const document of await this.readStore.getMany(collection, ids.slice(i, i + PAGE))) {
        const team = (document as { team?: unknown }).team;
        if (typeof team === 'string' && team !== '') teams.set(document.id, team);
      }
    }
    return { projection: this.projection.name, position: to, reset: false, documents: [...teams].map(([id, team]) => ({ id, team })) };
  }

  private collect(event: RecordedEvent, teams: Map<string, string | null>) {
    let keys: readonly string[];
    try {
      keys = this.projection.keys(event as unknown as RecordedOf<never>);
    } catch {
      return; // the runner parks such an event; it changed nothing
    }
    const team = (event.data as { team?: unknown } | null)?.team;
    for (const id of keys) {
      if (typeof team === 'string' && team !== '') teams.set(id, team);
      else if (!teams.has(id)) teams.set(id, null);
    }
  }

  private emit(change: ProjectionChange) {
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch (error) {
        this.logger.warn(`A live listener failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}

/**
 * Which read-model documents changed, per projection, as the projections commit — whether the
 * runner is in this process (woken at once) or in a separate projector (found by polling the
 * checkpoints). Followers run only while someone listens.
 */
@Injectable()
export class ChangeFeed implements OnModuleDestroy {
  private readonly logger = new Logger('Live');
  private readonly stop = new Stop();
  private readonly followers: Map<string, ProjectionFollower>;
  private registered: Promise<ReadonlySet<string>> | null = null;

  constructor(
    private readonly runner: ProjectionRunner,
    events: EventStore,
    readStore: ReadStore,
    @Inject(LIVE_PROJECTIONS) projections: readonly Projection[],
  ) {
    this.followers = new Map(projections.map((p) => [p.name, new ProjectionFollower(p, runner, events, readStore, this.stop, this.logger)]));
  }

  /** The projections that can be followed: those of the system that this runtime's runner has. */
  async projectionNames(): Promise<string[]> {
    this.registered ??= this.runner.status().then(
      (statuses) => new Set(statuses.map((s) => s.name)),
      (error: unknown) => {
        this.registered = null;
        throw error;
      },
    );
    const registered = await this.registered;
    return [...this.followers.keys()].filter((name) => registered.has(name));
  }

  /**
   * Calls `listener` for every later change of these projections. Resolves, once every follower has
   * its starting checkpoint, with those checkpoints and the function that unsubscribes.
   */
  async subscribe(projections: readonly string[], listener: ChangeListener): Promise<{ positions: Record<string, number>; unsubscribe: () => void }> {
    const followers = projections.map((name) => [name, this.followers.get(name)] as const);
    const unsubscribe = () => followers.forEach(([, f]) => f?.remove(listener));
    const positions: Record<string, number> = {};
    for (const [name, follower] of followers) if (follower) positions[name] = await follower.add(listener);
    return { positions, unsubscribe };
  }

  async onModuleDestroy() {
    this.stop.stop();
    await Promise.all([...this.followers.values()].map((f) => f.running()));
  }
}
