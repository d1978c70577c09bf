import { LogFollower, messageOf, type FollowerLogger } from '#app/event-store';
import { mergeChanged, type ChangeEntry, type ChangeLog, type ChangedDocument } from './change-log.js';

/** A projection committed past `position`; `reset` when too much changed to list, or changes may have been missed (clients reload everything). */
export interface ProjectionChange {
  projection: string;
  position: number;
  reset: boolean;
  documents: ChangedDocument[];
}

export type ChangeListener = (change: ProjectionChange) => void;

/** What the feed needs of the runner: the projections, their change logs, and where each stands now. */
export interface ChangeSource {
  readonly names: string[];
  changeLog(name: string): ChangeLog;
  activeCollection(name: string): Promise<string>;
  waitForPosition(name: string, position: number, timeoutMs: number): Promise<{ checkpoint: number }>;
}

export interface ChangeFeedOptions {
  /** How often a followed projection's stored change log is read when nothing in this process woke it (ms); defaults to 1,000. */
  pollIntervalMs?: number;
  logger?: FollowerLogger;
}

const BATCH = 100;

/**
 * Which read-model documents changed, per projection, as the projections commit: a client of the
 * log follower whose log is each projection's change log, so it never reads the event log. Inside
 * the process that applies a projection it hears each commit at once; elsewhere (a separate
 * projector) it reads the stored change log. Followers run only while someone listens.
 */
export class ChangeFeed {
  private readonly projections: Map<string, LiveProjection>;
  private closed = false;

  constructor(source: ChangeSource, options: ChangeFeedOptions = {}) {
    const settings = { pollIntervalMs: options.pollIntervalMs ?? 1_000, logger: options.logger ?? quiet };
    this.projections = new Map(
      source.names.map((name) => {
        const startAt = async () => ({ collection: await source.activeCollection(name), position: (await source.waitForPosition(name, 0, 0)).checkpoint });
        return [name, new LiveProjection(name, source.changeLog(name), startAt, settings)];
      }),
    );
  }

  /** The projections that can be followed. */
  async projectionNames(): Promise<string[]> {
    return [...this.projections.keys()];
  }

  /**
   * Calls `listener` for every later change of these projections. Resolves, once every follower has
   * its starting checkpoint, with those checkpoints and the function that unsubscribes.
   */
  async subscribe(projections: readonly string[], listener: ChangeListener): Promise<{ positions: Record<string, number>; unsubscribe: () => void }> {
    const live = projections.flatMap((name) => {
      const projection = this.projections.get(name);
      return projection && !this.closed ? [[name, projection] as const] : [];
    });
    const unsubscribe = () => live.forEach(([, projection]) => projection.remove(listener));
    const positions: Record<string, number> = {};
    for (const [name, projection] of live) positions[name] = await projection.add(listener);
    return { positions, unsubscribe };
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.projections.values()].map((projection) => projection.close()));
  }
}

/** One projection's changes, followed while someone listens. */
class LiveProjection {
  private readonly listeners = new Set<ChangeListener>();
  private run: { follower: LogFollower<ChangeEntry>; started: Promise<number>; start: (position: number) => void } | null = null;
  private stopping: Promise<void> = Promise.resolve();
  private position = 0;
  private collection = '';

  constructor(
    private readonly name: string,
    private readonly changeLog: ChangeLog,
    private readonly startAt: () => Promise<{ collection: string; position: number }>,
    private readonly settings: { pollIntervalMs: number; logger: FollowerLogger },
  ) {}

  /** Resolves with the checkpoint from which the listener hears every change. */
  add(listener: ChangeListener): Promise<number> {
    this.listeners.add(listener);
    this.run ??= this.follow();
    return this.run.started;
  }

  remove(listener: ChangeListener): void {
    this.listeners.delete(listener);
    if (this.listeners.size === 0) void this.close();
  }

  close(): Promise<void> {
    const run = this.run;
    if (!run) return this.stopping;
    this.run = null;
    this.stopping = this.stopping.then(async () => {
      await run.follower.stop();
      run.start(this.position);
    });
    return this.stopping;
  }

  private follow() {
    let start!: (position: number) => void;
    const started = new Promise<number>((resolve) => (start = resolve));
    const follower = new LogFollower<ChangeEntry>(
      this.changeLog.source,
      {
        prepare: async () => {
          ({ collection: this.collection, position: this.position } = await this.startAt());
          start(this.position);
        },
        checkpoint: async () => this.position,
        apply: async (entries, after) => this.emit(entries, after),
      },
      { label: `Live changes of ${this.name}`, batchSize: BATCH, pollIntervalMs: this.settings.pollIntervalMs, signal: this.changeLog, logger: this.settings.logger },
    );
    void this.stopping
      .then(() => follower.start())
      .catch((error: unknown) => {
        this.settings.logger.warn(`Live changes of ${this.name} cannot be followed: ${messageOf(error)}`);
        start(this.position);
      });
    return { follower, started, start };
  }

  private emit(entries: readonly ChangeEntry[], after: number) {
    let expected = after;
    let reset = false;
    const documents = new Map<string, ChangedDocument>();
    for (const entry of entries) {
      const startsOver = entry.from > expected || entry.collection !== this.collection || entry.documents === null;
      if (startsOver) reset = true;
      else for (const document of entry.documents!) documents.set(document.id, mergeChanged(documents.get(document.id), document));
      this.collection = entry.collection;
      expected = entry.position;
    }
    this.position = expected;
    if (!reset && documents.size === 0) return;
    const change: ProjectionChange = { projection: this.name, position: expected, reset, documents: reset ? [] : [...documents.values()] };
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch (error) {
        this.settings.logger.warn(`A live listener failed: ${messageOf(error)}`);
      }
    }
  }
}

const quiet: FollowerLogger = { log: () => undefined, warn: (m) => console.warn(m), error: (m) => console.error(m) };
