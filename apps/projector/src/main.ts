import type { Server } from 'node:http';
import {
  DataDirError,
  MeasuredEventStore,
  Metrics,
  Runtime,
  createEventStore,
  checkDataDir,
  claimProcessSlot,
  configuredProcesses,
  createLogger,
  createReadStore,
  dataDirFailure,
  listenFailure,
  loadConfig,
  portOf,
  runEntryPoint,
  runtimeSettings,
  serveMetrics,
  storeLogger,
} from '#app/platform';
import { runProjector } from './projector.js';

runEntryPoint('salesflow projector', async () => {
  const config = loadConfig();
  checkDataDir(config);
  const root = createLogger(config);
  const logger = storeLogger(root, 'Projector');
  const metrics = new Metrics({ processMetrics: config.metricsPort !== undefined });
  const projectionsLogger = storeLogger(root, 'Projections');
  const { holder } = await claimProcessSlot(config, 'projector');
  let runtime: Runtime;
  try {
    runtime = new Runtime(new MeasuredEventStore(createEventStore(config, projectionsLogger), metrics), createReadStore(config, projectionsLogger), projectionsLogger, {
      ...runtimeSettings(config),
      processes: configuredProcesses(config, projectionsLogger),
      holder,
    });
  } catch (error) {
    const failure = dataDirFailure(error, config);
    throw failure === null ? error : new DataDirError(failure);
  }
  metrics.observeProjections(runtime.projections);
  let metricsServer: Server | undefined;
  const metricsPort = config.metricsPort;
  if (metricsPort !== undefined) {
    try {
      metricsServer = await serveMetrics(metrics, metricsPort, config.host);
      logger.log(`Metrics on http://${config.host}:${portOf(metricsServer)}/metrics`);
    } catch (error) {
      await runtime.close();
      throw listenFailure(error, 'metrics', config.host, metricsPort);
    }
  }
  const projector = await runProjector(config, logger, { runtime });
  await projector.stopped;
  metricsServer?.close();
  process.exit(0);
});
