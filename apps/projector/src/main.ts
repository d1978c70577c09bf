import type { Server } from 'node:http';
import {
  ConfigError,
  LISTEN_EXIT_CODE,
  MeasuredEventStore,
  Metrics,
  Runtime,
  STARTUP_EXIT_CODE,
  StartupError,
  createEventStore,
  createLogger,
  createReadStore,
  loadConfig,
  portOf,
  serveMetrics,
  storeLogger,
  type AppConfig,
} from '#app/platform';
import { runProjector } from './projector.js';

async function main() {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`salesflow projector: configuration error: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const root = createLogger(config);
  const logger = storeLogger(root, 'Projector');
  const metrics = new Metrics({ processMetrics: config.metricsPort !== undefined });
  const projectionsLogger = storeLogger(root, 'Projections');
  const runtime = new Runtime(new MeasuredEventStore(createEventStore(config, projectionsLogger), metrics), createReadStore(config), projectionsLogger, { leaseTtlMs: config.leaseTtlMs });
  metrics.observeProjections(runtime.projections);
  let metricsServer: Server | undefined;
  if (config.metricsPort !== undefined) {
    try {
      metricsServer = await serveMetrics(metrics, config.metricsPort, config.host);
      logger.log(`Metrics on http://${config.host}:${portOf(metricsServer)}/metrics`);
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EADDRINUSE') throw error;
      logger.error(`metrics port ${config.metricsPort} on ${config.host} is already in use; stop the other process or set METRICS_PORT`);
      await runtime.close();
      process.exit(LISTEN_EXIT_CODE);
    }
  }
  try {
    const projector = await runProjector(config, logger, { runtime });
    await projector.stopped;
    metricsServer?.close();
    process.exit(0);
  } catch (error) {
    if (error instanceof StartupError) {
      logger.error(`start-up failed: ${error.message}`);
      process.exit(STARTUP_EXIT_CODE);
    }
    throw error;
  }
}

void main();
