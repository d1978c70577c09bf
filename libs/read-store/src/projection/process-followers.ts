import type { RecordedEvent } from '#app/eventsourcing';
import { EventProcessRunner, failsDeterministically, type CheckpointStore, type EventProcess, type EventStore, type FollowerLogger, type LogFollowerOptions, type LogSignal, type LogSource } from '#app/event-store';
import { LeaseKeeper } from '../lease-keeper.js';
import type { ReadStore } from '../read-store.port.js';
import type { EventLag } from './event-lag.js';
import type { ParkedEvents } from './parked-events.js';
import type { StatusOptions } from './projection.js';

/** How far an event-driven process is, beside the projections' status. */
export interface ProcessStatus {
  name: string;
  kind: 'process';
  checkpoint: number;
  headPosition: number;
  /** Events in the log after the checkpoint, counted up to the runner's limit. */
  lag: number;
  /** The count stopped at the limit: at least `lag` events behind. */
  lagAtLeast: boolean;
  parked: number;
}

export interface ProcessFollowerOptions {
  holder: string;
  ttlMs: number;
  renewIntervalMs: number;
  clock: () => Date;
  signal: LogSignal;
  source: LogSource<RecordedEvent>;
  logger: FollowerLogger;
  batchSize: number;
  pollIntervalMs: number;
  retryDelayMs: number;
  leaseHeld: (name: string) => LogFollowerOptions['leaseHeld'];
}

interface ProcessJob {
  process: EventProcess;
  lease: LeaseKeeper;
  runner: EventProcessRunner;
}

/**
 * The event-driven processes, each an EventProcessRunner on the log follower with the lease
 * `process:<name>` and its checkpoint in the read store. An event whose handler fails
 * deterministically (a domain error saying the command cannot succeed as it is) is parked beside
 * the projections' parked events, with the checkpoint that skips it, and retried by the same route;
 * any other failure (an unavailable store, a lost race) is retried with backoff until it passes.
 */
export class ProcessFollowers {
  private readonly jobs = new Map<string, ProcessJob>();

  constructor(
    private readonly eventStore: EventStore,
    private readonly readStore: ReadStore,
    processes: readonly EventProcess[],
    private readonly parked: ParkedEvents,
    private readonly lag: EventLag,
    options: ProcessFollowerOptions,
  ) {
    for (const process of processes) {
      const lease = new LeaseKeeper(readStore, `process:${process.name}`, options.holder, { ttlMs: options.ttlMs, clock: options.clock });
      const runner = new EventProcessRunner(eventStore, this.checkpointsOf(process, lease), process, options.logger, {
        lease,
        renewIntervalMs: options.renewIntervalMs,
        signal: options.signal,
        source: options.source,
        batchSize: options.batchSize,
        idleMs: options.pollIntervalMs,
        retryMs: options.retryDelayMs,
        leaseHeld: options.leaseHeld(process.name),
        parkFailures: true,
      });
      this.jobs.set(process.name, { process, lease, runner });
    }
  }

  get names(): string[] {
    return [...this.jobs.keys()];
  }

  has(name: string): boolean {
    return this.jobs.has(name);
  }

  async start(): Promise<void> {
    for (const { runner } of this.jobs.values()) await runner.follower.start();
  }

  async stop(): Promise<void> {
    await Promise.all([...this.jobs.values()].map(({ runner }) => runner.stop()));
  }

  async status(options: StatusOptions = {}): Promise<ProcessStatus[]> {
    const headPosition = await this.eventStore.headPosition();
    const lagOf = this.lag.reading(headPosition, options.lagLimit);
    const statuses: ProcessStatus[] = [];
    for (const name of this.jobs.keys()) {
      const checkpoint = (await this.readStore.getCheckpoint(`process:${name}`)) ?? 0;
      const lag = await lagOf(checkpoint);
      statuses.push({ name, kind: 'process', checkpoint, headPosition, lag: lag.events, lagAtLeast: lag.atLeast, parked: await this.parked.count(name) });
    }
    return statuses;
  }

  /** Handles the parked event again with the process as it is now, between batches and under the lease. */
  async retryParked(name: string, position: number): Promise<void> {
    const { process, lease, runner } = this.jobs.get(name)!;
    await runner.follower.hold(() =>
      runner.follower.exclusive(async () => {
        for (const record of await this.parked.at(name, position)) {
          await this.parked.retry(
            `Process ${name}`,
            record,
            lease,
            async (event) => {
              await process.handle(event);
              return () => undefined;
            },
            failsDeterministically,
          );
        }
      }),
    );
  }

  /** The checkpoint, and the events the batch parked, in one unit of work fenced by the lease. */
  private checkpointsOf(process: EventProcess, lease: LeaseKeeper): CheckpointStore {
    return {
      getCheckpoint: (name) => this.readStore.getCheckpoint(name),
      saveCheckpoint: async (name, position, failed = []) => {
        const records = failed.map(({ event, error }) => this.parked.record(process.name, name, event, error));
        await this.readStore.transaction((tx) => {
          lease.fence(tx);
          this.parked.write(tx, records);
          tx.setCheckpoint(name, position);
        });
        this.parked.report(`Process ${process.name}`, records, failed.map((f) => f.event));
      },
    };
  }
}
