import type { EventEmitter } from 'node:events';
import { Runtime, connectStores, type AppConfig, type StoreLogger } from '#app/platform';

export interface ProjectorOptions {
  /** Defaults to the runtime the configuration describes. */
  runtime?: Runtime;
  /** This process in lease records, for the default runtime (see claimProcessSlot). */
  holder?: string;
  /** Where SIGINT and SIGTERM come from; defaults to `process`. */
  signals?: Pick<EventEmitter, 'once' | 'on'>;
  /** Ends the process at once on a second signal during shutdown; defaults to `process.exit`. */
  exit?: (code: number) => void;
  /** Passed to connectStores (tests inject a clock). */
  connect?: typeof connectStores;
}

export interface RunningProjector {
  runtime: Runtime;
  /** Resolves once a signal stopped the runtime and closed its stores. */
  stopped: Promise<void>;
}

/**
 * The projector: the projections and event-driven processes of the system, without HTTP. It waits
 * for the production stores, starts the runtime (each projection and process runs while this
 * process holds its lease, so several projectors and API replicas can share the stores safely), and
 * on SIGINT or SIGTERM finishes the work in flight, releases its leases and closes the stores.
 */
export async function runProjector(config: AppConfig, logger: StoreLogger, options: ProjectorOptions = {}): Promise<RunningProjector> {
  const runtime = options.runtime ?? Runtime.fromConfig(config, logger, options.holder ? { holder: options.holder } : {});
  const signals = options.signals ?? process;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  try {
    await (options.connect ?? connectStores)(runtime, config, logger);
    await runtime.start();
  } catch (error) {
    await runtime.close().catch(() => undefined);
    throw error;
  }
  logger.log(
    `Projector running ${runtime.projections.names.length} projections and ${runtime.processes.length} processes ` +
      `(lease holder ${runtime.holder}, event store ${config.eventStore}, read store ${config.readStore})`,
  );
  const stopped = new Promise<void>((resolve, reject) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) {
        logger.warn(`${signal} again: exiting without waiting for the work in flight`);
        exit(1);
        return;
      }
      stopping = true;
      logger.log(`${signal}: finishing the work in flight, releasing leases and closing the stores`);
      runtime.close().then(() => {
        logger.log('Projector stopped');
        resolve();
      }, reject);
    };
    signals.on('SIGINT', () => stop('SIGINT'));
    signals.on('SIGTERM', () => stop('SIGTERM'));
  });
  return { runtime, stopped };
}
