import { setTimeout as sleep } from 'node:timers/promises';
import { logContext, type RecordedEvent } from '#app/eventsourcing';
import type { EventStore } from '../event-store.port.js';

/** Where a process keeps its position in the global log (the read store implements it). */
export interface CheckpointStore {
  getCheckpoint(name: string): Promise<number | null>;
  saveCheckpoint(name: string, position: number): Promise<void>;
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

export interface ProcessLogger {
  log(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const consoleLogger: ProcessLogger = { log: () => undefined, error: (m) => console.error(m) };

export class EventProcessRunner {
  private stopped = true;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly checkpoints: CheckpointStore,
    private readonly process: EventProcess,
    private readonly logger: ProcessLogger = consoleLogger,
    private readonly options: { batchSize?: number; idleMs?: number; retryMs?: number } = {},
  ) {}

  /** Processes everything after the checkpoint up to the current head; returns the events handled. */
  async catchUp(): Promise<number> {
    const checkpointName = `process:${this.process.name}`;
    let position = (await this.checkpoints.getCheckpoint(checkpointName)) ?? 0;
    let handled = 0;
    for (;;) {
      const batch = await this.store.readAll({ after: position, maxCount: this.options.batchSize ?? 500 });
      if (batch.length === 0) return handled;
      for (const event of batch) {
        if (this.process.eventTypes.includes(event.type)) {
          // Every log line written while handling the event carries the correlation id of the command that caused it.
          const correlationId = event.metadata['correlationId'];
          await logContext.run(typeof correlationId === 'string' ? { correlationId } : {}, () => this.handle(event));
          handled++;
        }
        position = event.position;
      }
      await this.checkpoints.saveCheckpoint(checkpointName, position);
    }
  }

  private async handle(event: RecordedEvent): Promise<void> {
    try {
      await this.process.handle(event);
    } catch (error) {
      this.logger.error(`process ${this.process.name} could not handle ${event.type} at position ${event.position}: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
  }

  /** Runs until stop(): catches up, then waits for new events (polling the log's head). */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.loop = (async () => {
      while (!this.stopped) {
        try {
          await this.catchUp();
          await this.idle(this.options.idleMs ?? 100);
        } catch (error) {
          this.logger.error(`process ${this.process.name} failed, retrying: ${error instanceof Error ? error.message : String(error)}`);
          await this.idle(this.options.retryMs ?? 1000);
        }
      }
    })();
  }

  /** Asks a running process to look for new events now (after a local append). */
  poke(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
  }

  private async idle(ms: number): Promise<void> {
    const ac = new AbortController();
    this.wake = () => ac.abort();
    try {
      await sleep(ms, undefined, { signal: ac.signal });
    } catch {
      // woken early
    } finally {
      this.wake = undefined;
    }
  }
}
