import { setImmediate as yieldToEventLoop, setTimeout as sleepFor } from 'node:timers/promises';
import { ConcurrencyError, PreconditionFailedError, ServiceUnavailableError, UnprocessableError } from './errors.js';
import { deterministicUuid, sha256Hex } from './ids.js';
import { logContext, type LogContext } from './log-context.js';
import { StateCache, type FoldedState } from './state-cache.js';
import type { AppendResult, CommandOutcome, CommandStamp, EventToAppend, RecordedCommand, StreamAccess } from './store-types.js';
import type { Command, Decider, Event, EventMetadata } from './types.js';

export interface HandleCommandOptions<E extends Event> {
  /** The revision the client last saw (If-Match). A mismatch is a PreconditionFailedError, never retried. */
  expectedRevision?: number;
  /** Extra metadata per event, e.g. the reason or comment the command carries. */
  metadataFor?: (event: E) => Partial<EventMetadata>;
}

export interface CommandResult<S, E extends Event> {
  streamName: string;
  nextExpectedRevision: number;
  position: number;
  events: E[];
  state: S;
  /** True when the command had been handled before (same command id) and nothing was appended. */
  replayed: boolean;
}

export interface CommandExecutorOptions {
  /** Where folded states are saved every `snapshotEvery` events; defaults to the store's own. */
  snapshots?: StreamAccess['snapshots'];
  /** Events between two snapshots of a stream; defaults to 1,000. */
  snapshotEvery?: number;
  /** Streams whose folded state is kept in memory; defaults to 10,000. */
  cachedStreams?: number;
  /** How long a command keeps retrying after losing races to other processes (ms); defaults to 5,000. */
  deadlineMs?: number;
  /** Most commands of one stream decided and appended together; defaults to 128. */
  maxGroup?: number;
  /** Told about a snapshot that could not be read or written (it is then ignored). */
  onSnapshotError?: (streamName: string, error: unknown) => void;
  random?: () => number;
  now?: () => number;
}

type AnyDecider = Decider<Command, unknown, Event>;
type Model = Pick<AnyDecider, 'evolve' | 'initialState' | 'version'>;

interface Pending {
  /** Whether to look its id up in the command index before deciding: after a decision it may owe to having run before, or a lost race. */
  lookUp: boolean;
  decider: AnyDecider;
  command: Command;
  options: HandleCommandOptions<Event>;
  deadline: number;
  /** The log context of the caller: the lane runs the command in it, not in that of whoever started the lane. */
  log: LogContext | undefined;
  resolve: (result: CommandResult<unknown, Event>) => void;
  reject: (error: unknown) => void;
}

interface Decided {
  pending: Pending;
  events: Event[];
  stamped: EventToAppend[];
  state: unknown;
}

interface Lane {
  queue: Pending[];
  running: boolean;
}

const PAGE = 1_000;
const FIRST_BACKOFF_MS = 4;
const MAX_BACKOFF_MS = 250;

/**
 * Runs commands: read the stream's state → decide → append with the expected revision.
 *
 * - **State**: the folded state of recently used streams is kept with its revision, and only the
 *   events after it are read; a stream not in memory starts from its newest valid snapshot (saved
 *   every `snapshotEvery` events, tagged with the decider's version) or from the first event.
 * - **One stream, one lane**: commands on a stream in this process queue up and are handled in
 *   order, never racing each other. Whatever is waiting when the lane turns is decided one after
 *   the other on the running state and appended in one append, each command with its own events,
 *   result and failure.
 * - **Other processes**: an append that loses a race to another writer is decided again on the new
 *   state, at once, then after jittered, growing pauses, until `deadlineMs` has passed: then the
 *   command fails with 503 `STREAM.CONTENDED`. A command with If-Match fails with 412 instead.
 * - **Idempotency**: a command id that may come back (`freshCommandId` unset) is looked up in the
 *   store's command index before deciding: the same command on the same stream is answered as it
 *   was the first time (`replayed`), anything else with that id is 422 `REQUEST.IDEMPOTENCY_KEY_REUSED`.
 */
export class CommandExecutor {
  private readonly lanes = new Map<string, Lane>();
  private readonly states: StateCache;
  private readonly loading = new Map<string, Promise<FoldedState>>();
  private readonly models = new WeakMap<Model, { id: number; tag: string | null }>();
  private modelCount = 0;
  private readonly snapshots: StreamAccess['snapshots'];
  private readonly snapshotEvery: number;
  private readonly deadlineMs: number;
  private readonly maxGroup: number;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly onSnapshotError: (streamName: string, error: unknown) => void;

  constructor(
    private readonly store: StreamAccess,
    options: CommandExecutorOptions = {},
  ) {
    this.snapshots = options.snapshots === undefined ? store.snapshots : options.snapshots;
    this.snapshotEvery = options.snapshotEvery ?? 1_000;
    this.states = new StateCache(options.cachedStreams ?? 10_000);
    this.deadlineMs = options.deadlineMs ?? 5_000;
    this.maxGroup = options.maxGroup ?? 128;
    this.random = options.random ?? Math.random;
    this.now = options.now ?? (() => performance.now());
    this.onSnapshotError = options.onSnapshotError ?? (() => undefined);
  }

  handle<C extends Command, S, E extends Event>(
    decider: Decider<C, S, E>,
    streamName: string,
    command: C,
    options: HandleCommandOptions<E> = {},
  ): Promise<CommandResult<S, E>> {
    return new Promise<CommandResult<S, E>>((resolve, reject) => {
      let lane = this.lanes.get(streamName);
      if (!lane) {
        lane = { queue: [], running: false };
        this.lanes.set(streamName, lane);
      }
      lane.queue.push({
        lookUp: false,
        decider: decider as unknown as AnyDecider,
        command,
        options: options as HandleCommandOptions<Event>,
        deadline: this.now() + this.deadlineMs,
        log: logContext.current(),
        resolve: resolve as (result: CommandResult<unknown, Event>) => void,
        reject,
      });
      if (!lane.running) void this.run(streamName, lane);
    });
  }

  /** The stream's current state, folded from the cache, a snapshot or the first event. */
  async load<S>(model: Pick<Decider<never, S, never>, 'evolve' | 'initialState' | 'version'>, streamName: string): Promise<FoldedState<S>> {
    return (await this.loadFolded(model as unknown as Model, streamName)) as FoldedState<S>;
  }

  private async run(streamName: string, lane: Lane): Promise<void> {
    lane.running = true;
    let losses = 0;
    try {
      while (lane.queue.length > 0) {
        const group = this.takeGroup(lane);
        const { again, lost } = await logContext.run(sharedLogContext(group), () => this.attempt(streamName, group)).catch((error: unknown) => {
          for (const p of group) p.reject(error);
          return { again: [], lost: [] };
        });
        lane.queue.unshift(...again);
        if (lost.length === 0) {
          losses = 0;
          continue;
        }
        losses++;
        const now = this.now();
        const retry = lost.filter((p) => {
          if (now < p.deadline || p.options.expectedRevision !== undefined) return true;
          p.reject(contended(streamName));
          return false;
        });
        lane.queue.unshift(...retry);
        if (losses > 1 && retry.length > 0) await sleepFor(this.backoff(losses, retry));
      }
    } finally {
      lane.running = false;
      if (lane.queue.length === 0) this.lanes.delete(streamName);
      else void this.run(streamName, lane);
    }
  }

  /** The commands at the front that can be decided together: one decider, no command id twice. */
  private takeGroup(lane: Lane): Pending[] {
    const first = lane.queue[0]!;
    const ids = new Set<string>();
    const group: Pending[] = [];
    let i = 0;
    while (i < lane.queue.length && group.length < this.maxGroup) {
      const p = lane.queue[i]!;
      if (p.decider !== first.decider) break;
      if (ids.has(p.command.context.commandId)) {
        i++;
        continue;
      }
      ids.add(p.command.context.commandId);
      group.push(p);
      lane.queue.splice(i, 1);
    }
    return group;
  }

  private backoff(losses: number, waiting: readonly Pending[]): number {
    const ceiling = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (losses - 2));
    const delay = ceiling / 2 + (this.random() * ceiling) / 2;
    const soonest = Math.min(...waiting.map((p) => p.deadline)) - this.now();
    return Math.max(0, Math.min(delay, soonest));
  }

  /**
   * Decides and appends one group. Returns the commands to run again at once (`again`: a refusal
   * that may only mean the command ran before, so its id is looked up first) and those that lost
   * a race (`lost`). An indexed id is looked up only then: an append carrying an id the index
   * holds is refused by the store, so the happy path needs no lookup.
   */
  private async attempt(streamName: string, group: Pending[]): Promise<{ again: Pending[]; lost: Pending[] }> {
    const decider = group[0]!.decider;
    const again: Pending[] = [];
    let loaded: FoldedState;
    let earlier: (RecordedCommand | null)[];
    try {
      [loaded, earlier] = await Promise.all([
        this.loadFolded(decider, streamName),
        Promise.all(group.map((p) => (p.lookUp && isIndexed(p.command) ? this.store.findCommand(p.command.context.commandId) : null))),
      ]);
    } catch (error) {
      for (const p of group) p.reject(error);
      return { again, lost: [] };
    }

    const decided: Decided[] = [];
    let state = loaded.state;
    let revision = loaded.revision;
    for (const [i, p] of group.entries()) {
      const found = earlier[i];
      if (found && !this.replayable(found, streamName, p)) continue;
      if (found?.outcome) {
        void this.replay(found, streamName, p, state);
        continue;
      }
      const expected = p.options.expectedRevision;
      if (expected !== undefined && expected !== revision) {
        if (p.lookUp || !isIndexed(p.command)) p.reject(revisionMismatch(expected, revision));
        else again.push({ ...p, lookUp: true });
        continue;
      }
      try {
        const events = decider.decide(p.command, state);
        let next = state;
        for (const event of events) next = decider.evolve(next, event);
        decided.push({ pending: p, events, stamped: stamp(p, events, p.options), state: next });
        state = next;
        revision += events.length;
      } catch (error) {
        if (p.lookUp || !isIndexed(p.command)) p.reject(error);
        else again.push({ ...p, lookUp: true });
      }
    }
    const appending = decided.filter((d) => d.events.length > 0);
    if (appending.length === 0) {
      for (const d of decided) d.pending.resolve(result(streamName, loaded.revision, loaded.position, d, false));
      return { again, lost: [] };
    }

    let appended: AppendResult;
    try {
      appended = await this.store.append(streamName, appending.flatMap((d) => d.stamped), {
        expectedRevision: loaded.revision === -1 ? 'no_stream' : loaded.revision,
        commands: appending.map((d): CommandStamp => ({
          commandId: d.pending.command.context.commandId,
          eventCount: d.events.length,
          indexed: isIndexed(d.pending.command),
          ...(d.pending.command.context.requestHash ? { requestHash: d.pending.command.context.requestHash } : {}),
        })),
      });
    } catch (error) {
      if (error instanceof ConcurrencyError) return { again, lost: decided.map((d) => ({ ...d.pending, lookUp: true })) };
      for (const d of decided) d.pending.reject(error);
      return { again, lost: [] };
    }

    const outcomes = outcomesOf(appended, appending);
    let at: CommandOutcome = { lastRevision: loaded.revision, position: loaded.position };
    for (const d of decided) {
      if (d.events.length > 0) at = outcomes.get(d)!;
      d.pending.resolve(result(streamName, at.lastRevision, at.position, d, false));
    }
    const total = appending.reduce((n, d) => n + d.events.length, 0);
    const key = this.cacheKey(decider, streamName);
    if (appended.nextExpectedRevision === loaded.revision + total) {
      const after = { state, revision: appended.nextExpectedRevision, position: appended.position };
      this.states.set(key, after);
      if (Math.floor((loaded.revision + 1) / this.snapshotEvery) < Math.floor((after.revision + 1) / this.snapshotEvery)) {
        this.saveSnapshot(decider, streamName, after, appending.at(-1)!.stamped.at(-1)!.id!);
      }
    } else {
      this.states.delete(key);
    }
    return { again, lost: [] };
  }

  /** A recorded command of the same stream and request may be answered again; anything else is refused here. */
  private replayable(found: RecordedCommand, streamName: string, p: Pending): boolean {
    const hash = p.command.context.requestHash;
    if (found.streamName === streamName && !(hash && found.requestHash && found.requestHash !== hash)) return true;
    p.reject(
      new UnprocessableError(
        'REQUEST.IDEMPOTENCY_KEY_REUSED',
        found.streamName === streamName ? 'This Idempotency-Key was already used with a different request' : 'This Idempotency-Key was already used with a request to another resource',
        { commandId: p.command.context.commandId },
      ),
    );
    return false;
  }

  private async replay(found: RecordedCommand, streamName: string, p: Pending, state: unknown): Promise<void> {
    try {
      const outcome = found.outcome!;
      const events = await this.store.readStream(streamName, { fromRevision: outcome.firstRevision, maxCount: outcome.lastRevision - outcome.firstRevision + 1 });
      p.resolve({
        streamName,
        nextExpectedRevision: outcome.lastRevision,
        position: outcome.position,
        events: events.map((e) => ({ type: e.type, data: e.data }) as Event),
        state,
        replayed: true,
      });
    } catch (error) {
      p.reject(error);
    }
  }

  private loadFolded(model: Model, streamName: string): Promise<FoldedState> {
    const key = this.cacheKey(model, streamName);
    const inFlight = this.loading.get(key);
    if (inFlight) return inFlight;
    const loading = this.fold(model, streamName, key).finally(() => this.loading.delete(key));
    this.loading.set(key, loading);
    return loading;
  }

  private async fold(model: Model, streamName: string, key: string): Promise<FoldedState> {
    const cached = this.states.get(key);
    const start = cached ?? (await this.fromSnapshot(model, streamName)) ?? { state: model.initialState(), revision: -1, position: 0 };
    let { state, revision, position } = start;
    let lastId: string | null = null;
    for (;;) {
      const page = await this.store.readStream(streamName, { fromRevision: revision + 1, maxCount: PAGE });
      for (const event of page) state = model.evolve(state, { type: event.type, data: event.data } as Event);
      const last = page.at(-1);
      if (last) {
        revision = last.revision;
        position = last.position;
        lastId = last.id;
      }
      if (page.length < PAGE) break;
      await yieldToEventLoop();
    }
    const folded = { state, revision, position };
    this.states.set(key, folded);
    if (!cached && lastId && revision - start.revision >= this.snapshotEvery) this.saveSnapshot(model, streamName, folded, lastId);
    return folded;
  }

  /** The stream's snapshot when it has this model's tag and still matches the stream; null otherwise. */
  private async fromSnapshot(model: Model, streamName: string): Promise<FoldedState | null> {
    const tag = this.tagOf(model);
    if (!this.snapshots || !tag) return null;
    try {
      const snapshot = await this.snapshots.read(streamName);
      if (!snapshot || snapshot.version !== tag || snapshot.streamName !== streamName) return null;
      const state: unknown = JSON.parse(snapshot.state);
      const [at] = await this.store.readStream(streamName, { fromRevision: snapshot.revision, maxCount: 1 });
      if (!at || at.revision !== snapshot.revision || at.id !== snapshot.eventId) return null;
      return { state, revision: snapshot.revision, position: at.position };
    } catch (error) {
      this.onSnapshotError(streamName, error);
      return null;
    }
  }

  /** Saves after the command has answered, off its path; a snapshot that cannot be written is only reported. */
  private saveSnapshot(model: Model, streamName: string, folded: FoldedState, eventId: string): void {
    const tag = this.tagOf(model);
    const snapshots = this.snapshots;
    if (!snapshots || !tag) return;
    setImmediate(() => {
      let state: string;
      try {
        state = JSON.stringify(folded.state);
      } catch (error) {
        this.onSnapshotError(streamName, error);
        return;
      }
      snapshots.write({ streamName, version: tag, revision: folded.revision, eventId, state }).catch((error: unknown) => this.onSnapshotError(streamName, error));
    });
  }

  private cacheKey(model: Model, streamName: string): string {
    return `${this.modelOf(model).id}\u0000${streamName}`;
  }

  private tagOf(model: Model): string | null {
    return this.modelOf(model).tag;
  }

  /**
   * A number per decider for the cache, and its snapshot tag: the declared version plus a hash of
   * `evolve` and `initialState` as compiled, so a snapshot from other code is ignored even when
   * nobody changed the version.
   */
  private modelOf(model: Model) {
    let known = this.models.get(model);
    if (!known) {
      const tag = model.version ? `${model.version}#${sha256Hex(`${String(model.evolve)}\n${String(model.initialState)}`).slice(0, 16)}` : null;
      known = { id: ++this.modelCount, tag };
      this.models.set(model, known);
    }
    return known;
  }
}

const isIndexed = (command: Command): boolean => command.context.freshCommandId !== true;

/** The log context of a group: its commands' own when they share one, else none (a line of the group is not one request's). */
function sharedLogContext(group: readonly Pending[]): LogContext {
  const first = group[0]!.log ?? {};
  const same = group.every((p) => p.log === group[0]!.log || (p.log?.correlationId === first.correlationId && p.log?.userId === first.userId));
  return same ? first : {};
}

function result(streamName: string, revision: number, position: number, d: Decided, replayed: boolean): CommandResult<unknown, Event> {
  return { streamName, nextExpectedRevision: revision, position, events: d.events, state: d.state, replayed };
}

/** Each appending command's last revision and position: reported by the store, else counted back from the append's last event. */
function outcomesOf(appended: AppendResult, appending: readonly Decided[]): Map<Decided, CommandOutcome> {
  const outcomes = new Map<Decided, CommandOutcome>();
  let after = 0;
  const total = appending.reduce((n, d) => n + d.events.length, 0);
  for (const [i, d] of appending.entries()) {
    after += d.events.length;
    const reported = appended.commands?.[i];
    const behind = total - after;
    outcomes.set(d, reported ?? { lastRevision: appended.nextExpectedRevision - behind, position: appended.position - behind });
  }
  return outcomes;
}

function stamp(p: Pending, events: readonly Event[], options: HandleCommandOptions<Event>): EventToAppend[] {
  const { command } = p;
  const ctx = command.context;
  const actorRole = ctx.actingRole ?? ctx.actor.roles[0] ?? 'system';
  return events.map((event, index) => ({
    id: deterministicUuid(`${ctx.commandId}:${index}`),
    type: event.type,
    data: event.data,
    metadata: {
      actorId: ctx.actor.id,
      actorName: ctx.actor.name,
      actorRole,
      commandId: ctx.commandId,
      commandType: command.type,
      correlationId: ctx.correlationId,
      causationId: ctx.causationId ?? ctx.commandId,
      occurredAt: ctx.now.toISOString(),
      ...(ctx.requestHash ? { requestHash: ctx.requestHash } : {}),
      ...reasonAndComment(event),
      ...(options.metadataFor?.(event) ?? {}),
    } satisfies EventMetadata,
  }));
}

/** Decision 9: the reason or comment of a decision travels in the metadata too, for auditors. */
function reasonAndComment(event: Event): Partial<EventMetadata> {
  const data = event.data as { reason?: unknown; comment?: unknown };
  return {
    ...(typeof data.reason === 'string' ? { reason: data.reason } : {}),
    ...(typeof data.comment === 'string' ? { comment: data.comment } : {}),
  };
}

function revisionMismatch(expected: number, current: number): PreconditionFailedError {
  return new PreconditionFailedError('STREAM.REVISION_MISMATCH', `The resource changed: you sent revision ${expected}, it is now at ${current}`, {
    expectedRevision: expected,
    currentRevision: current,
  });
}

function contended(streamName: string): ServiceUnavailableError {
  return new ServiceUnavailableError('STREAM.CONTENDED', 'Other processes kept writing to this resource; retry in a moment', { streamName, retryAfterSeconds: 1 });
}
