import { DomainError, logContext, type ErrorKind, type RecordedEvent } from '#app/eventsourcing';
import type { EventStore } from '../event-store.port.js';
import { messageOf, type FollowerLogger } from '../follower/follower-lease.js';
import { LogFollower, globalLog, type FollowerClient, type LogFollowerOptions, type LogSource } from '../follower/log-follower.js';
import { LogWatch } from '../follower/log-watch.js';

/** An event a process gave up on, and why. */
export interface FailedEvent {
  event: RecordedEvent;
  error: unknown;
}

/** Where a process keeps its position in the global log (the read store implements it). */
export interface CheckpointStore {
  getCheckpoint(name: string): Promise<number | null>;
  /** Saves the position, and with it (in one unit of work) the events of the batch the process parked, when it parks any. */
  saveCheckpoint(name: string, position: number, parked?: readonly FailedEvent[]): Promise<void>;
}

/**
 * An event-driven process (a "process manager"): reacts to events of some types by issuing
 * commands. Its handler must be idempotent (derive command ids from the event), because the
 * checkpoint is saved after the handler: a crash in between replays the event, never skips it.
 */
export interface EventProcess {
  name: string;
  eventTypes: readonly string[];
  handle(event: RecordedEvent): Promise<void>;
}

export type ProcessLogger = FollowerLogger;

export interface EventProcessRunnerOptions extends Omit<LogFollowerOptions, 'label' | 'logger' | 'pollIntervalMs' | 'retryDelayMs'> {
  /** How often an idle process looks at the log when nothing woke it (ms); defaults to 250. */
  idleMs?: number;
  /** First pause before retrying a failed batch (ms), doubling from there; defaults to 1,000. */
  retryMs?: number;
  /**
   * Park an event whose handler fails deterministically (see `failsDeterministically`) and go on,
   * handing it to `saveCheckpoint`; without it every failure is retried until it succeeds.
   */
  parkFailures?: boolean;
  /** Where it reads the log; defaults to the store's global log (a runner shares one reading among its followers). */
  source?: LogSource<RecordedEvent>;
}

const DETERMINISTIC: ReadonlySet<ErrorKind> = new Set(['validation', 'unauthorized', 'forbidden', 'not_found', 'illegal_state', 'precondition_failed', 'unprocessable']);

/**
 * A domain error that says the command cannot succeed as it is (it would fail the same way again).
 * Everything else (an unavailable store, a lost race, an unknown error) may pass, and is retried.
 */
export function failsDeterministically(error: unknown): boolean {
  return error instanceof DomainError && DETERMINISTIC.has(error.kind);
}

/**
 * Runs an event process as a client of a LogFollower: hands it the events of its types in log order,
 * saves the checkpoint `process:<name>` after each batch, and retries a failing batch with a growing
 * pause. With a lease, it handles an event only while the lease is held by this process's clock and
 * saves the checkpoint only under it; a handler must still be idempotent, since a process that
 * stalls past its lease may finish the event in hand.
 */
export class EventProcessRunner {
  readonly follower: LogFollower;
  private readonly checkpointName: string;
  private readonly handledTypes: ReadonlySet<string>;
  private handled = 0;
  private starting: Promise<void> | null = null;

  constructor(
    store: EventStore,
    private readonly checkpoints: CheckpointStore,
    readonly process: EventProcess,
    private readonly logger: ProcessLogger = quiet,
    private readonly options: EventProcessRunnerOptions = {},
  ) {
    this.checkpointName = `process:${process.name}`;
    this.handledTypes = new Set(process.eventTypes);
    const label = `Process ${process.name}`;
    const { idleMs, retryMs, parkFailures: _, source, ...tuning } = options;
    const pollIntervalMs = idleMs ?? 250;
    const client: FollowerClient = {
      checkpoint: async () => (await this.checkpoints.getCheckpoint(this.checkpointName)) ?? 0,
      apply: (events, after) => this.apply(events, after),
    };
    this.follower = new LogFollower(source ?? globalLog(store), client, {
      ...tuning,
      label,
      logger,
      pollIntervalMs,
      retryDelayMs: retryMs ?? 1_000,
      signal: options.signal === undefined ? new LogWatch(store, logger, pollIntervalMs) : options.signal,
    });
  }

  /** Handles everything after the checkpoint up to the head, including what its own handling appended; returns the events handled. */
  async catchUp(): Promise<number> {
    const before = this.handled;
    await this.follower.hold(async () => {
      while ((await this.follower.drain()) > 0);
    });
    return this.handled - before;
  }

  /** Runs until stop(): catches up, then follows the log. */
  start(): void {
    this.starting ??= this.follower.start().catch((error: unknown) => this.logger.error(`Process ${this.process.name} could not start: ${messageOf(error)}`));
  }

  /** Asks a running process to look at the log now (after a local append). */
  poke(): void {
    this.follower.wake();
  }

  /** Stops after the batch in flight and releases the lease. */
  async stop(): Promise<void> {
    await this.starting;
    await this.follower.stop();
  }

  private async apply(events: readonly RecordedEvent[], after: number) {
    let position = after;
    const parked: FailedEvent[] = [];
    for (const event of events) {
      if (this.handledTypes.has(event.type)) {
        const lease = this.options.lease;
        if (lease && !lease.holds()) throw new Error(`the lease ${lease.name} ran out; not handling ${event.type} at ${event.position}`);
        try {
          await this.handle(event);
          this.handled++;
        } catch (error) {
          if (!this.options.parkFailures || !failsDeterministically(error)) {
            if (position > after) await this.checkpoints.saveCheckpoint(this.checkpointName, position, parked).catch(() => undefined);
            throw error;
          }
          parked.push({ event, error });
        }
      }
      position = event.position;
    }
    await this.checkpoints.saveCheckpoint(this.checkpointName, position, parked);
  }

  /** Every log line written while handling the event carries the correlation id of the command that caused it. */
  private handle(event: RecordedEvent): Promise<void> {
    const correlationId = event.metadata['correlationId'];
    return logContext.run(typeof correlationId === 'string' ? { correlationId } : {}, async () => {
      try {
        await this.process.handle(event);
      } catch (error) {
        const parked = this.options.parkFailures && failsDeterministically(error);
        if (!parked) this.logger.error(`Process ${this.process.name} could not handle ${event.type} at position ${event.position}: ${messageOf(error)}`);
        throw error;
      }
    });
  }
}

const quiet: ProcessLogger = { log: () => undefined, warn: (m) => console.warn(m), error: (m) => console.error(m) };
