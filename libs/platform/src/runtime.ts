import { EventProcessRunner, type EventProcess, type EventStore } from '#app/event-store';
import { ProjectionRunner, type Projection, type ReadStore } from '#app/read-store';
import { CarryOverProcess, PLANNING_PROJECTIONS } from '#app/sales-planning';
import type { AppConfig } from './config.js';
import { checkpointsIn, createEventStore, createReadStore, type StoreLogger } from './stores.js';

/** Every projection of the system, in one list for the API, the projector and the CLI. */
export const ALL_PROJECTIONS: readonly Projection[] = [...PLANNING_PROJECTIONS] as readonly Projection[];

export function allProcesses(eventStore: EventStore): EventProcess[] {
  return [new CarryOverProcess(eventStore)];
}

const silent: StoreLogger = { log: () => undefined, warn: () => undefined, error: (m) => console.error(m) };

/**
 * The stores, the projection runner and the event-driven processes, wired from the configuration.
 * `start()` runs the projections and processes (the API does when RUN_PROJECTIONS is true; the
 * projector always does); the runner's registry tells queries which collection is active either way.
 */
export class Runtime {
  readonly projections: ProjectionRunner;
  readonly processes: EventProcessRunner[];
  private running = false;

  constructor(
    readonly eventStore: EventStore,
    readonly readStore: ReadStore,
    private readonly logger: StoreLogger = silent,
  ) {
    this.projections = new ProjectionRunner(eventStore, readStore, ALL_PROJECTIONS, { logger });
    this.processes = allProcesses(eventStore).map((p) => new EventProcessRunner(eventStore, checkpointsIn(readStore), p, logger));
  }

  static fromConfig(config: AppConfig, logger?: StoreLogger): Runtime {
    return new Runtime(createEventStore(config, logger), createReadStore(config), logger);
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.projections.start();
    for (const p of this.processes) p.start();
  }

  /** Tells the processes to look at the log now (after an append in this process). */
  poke(): void {
    for (const p of this.processes) p.poke();
  }

  async stop(): Promise<void> {
    if (this.running) {
      this.running = false;
      await Promise.all(this.processes.map((p) => p.stop()));
      await this.projections.stop();
    }
  }

  async close(): Promise<void> {
    await this.stop();
    await this.readStore.close();
    await this.eventStore.close();
  }
}
