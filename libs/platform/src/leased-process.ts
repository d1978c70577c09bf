import { setTimeout as sleep } from 'node:timers/promises';
import { EventProcessRunner, type EventProcess, type EventStore } from '#app/event-store';
import { LeaseKeeper, type ReadStore } from '#app/read-store';
import { checkpointsIn, type StoreLogger } from './stores.js';

export interface ProcessLeaseOptions {
  holder: string;
  ttlMs: number;
  /** How often the lease is renewed, or tried for while another process holds it (ms). */
  renewIntervalMs: number;
  clock: () => Date;
  /** Passed to the EventProcessRunner. */
  runner?: { batchSize?: number; idleMs?: number; retryMs?: number };
}

/**
 * Runs an event process only while this process holds its lease `process:<name>` in the read
 * store, so that among API replicas and projectors exactly one runs it; the others stand by and
 * take over when it is released or expires. An event is handled only while the lease is held by
 * this process's clock, and the checkpoint is saved only under the lease; a handler must still be
 * idempotent, since a process that stalls past its lease may finish the event in hand.
 */
export class LeasedProcess {
  private readonly lease: LeaseKeeper;
  private readonly runner: EventProcessRunner;
  private loop: Promise<void> | null = null;
  private stopping = new AbortController();
  private running = false;
  private standbyLogged = false;

  constructor(
    eventStore: EventStore,
    private readonly readStore: ReadStore,
    private readonly process: EventProcess,
    private readonly options: ProcessLeaseOptions,
    private readonly logger: StoreLogger,
  ) {
    this.lease = new LeaseKeeper(readStore, `process:${process.name}`, options.holder, { ttlMs: options.ttlMs, clock: options.clock });
    const guarded: EventProcess = {
      name: process.name,
      eventTypes: process.eventTypes,
      handle: async (event) => {
        if (!this.lease.holds()) throw new Error(`the lease ${this.lease.name} ran out; not handling ${event.type} at ${event.position}`);
        await process.handle(event);
      },
    };
    this.runner = new EventProcessRunner(eventStore, checkpointsIn(readStore, this.lease), guarded, logger, options.runner);
  }

  get name(): string {
    return this.process.name;
  }

  start(): void {
    if (this.loop) return;
    this.stopping = new AbortController();
    this.loop = this.keep();
  }

  /** Tells a running process to look at the log now. */
  poke(): void {
    if (this.running) this.runner.poke();
  }

  /** Stops the process after its batch in flight and releases the lease. */
  async stop(): Promise<void> {
    if (!this.loop) return;
    this.stopping.abort();
    await this.loop;
    this.loop = null;
    await this.halt();
    await this.lease.release().catch((error: unknown) => this.logger.warn(`Process ${this.name}: could not release its lease: ${messageOf(error)}`));
  }

  private async keep() {
    while (!this.stopping.signal.aborted) {
      try {
        if (await this.lease.renew()) {
          this.standbyLogged = false;
          if (!this.running) {
            this.runner.start();
            this.running = true;
            this.logger.log(`Process ${this.name}: running in this process (lease holder ${this.options.holder})`);
          }
        } else if (this.running) {
          await this.halt();
          this.logger.warn(`Process ${this.name}: another process took over its lease; standing by`);
        } else if (!this.standbyLogged) {
          this.standbyLogged = true;
          const lease = await this.readStore.getLease(this.lease.name).catch(() => null);
          this.logger.log(`Process ${this.name}: run by ${lease?.holder ?? 'another process'}; standing by to take over`);
        }
      } catch (error) {
        this.logger.warn(`Process ${this.name}: could not renew or take its lease: ${messageOf(error)}`);
        if (this.running && !this.lease.holds()) await this.halt();
      }
      await sleep(this.options.renewIntervalMs, undefined, { signal: this.stopping.signal }).catch(() => undefined);
    }
  }

  private async halt() {
    if (!this.running) return;
    this.running = false;
    await this.runner.stop();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
