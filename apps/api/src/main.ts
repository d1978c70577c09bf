import 'reflect-metadata';
import type { Server } from 'node:http';
import { EventStore } from '#app/event-store';
import {
  DataDirError,
  Runtime,
  VERSION,
  checkDataDir,
  claimProcessSlot,
  connectStores,
  createLogger,
  dataDirFailure,
  listenFailure,
  loadConfig,
  portOf,
  runEntryPoint,
  serveMetrics,
  storeLogger,
  type Logger,
} from '#app/platform';
import { ReadStore } from '#app/read-store';
import { appServices, createApp } from './app.factory.js';

async function main() {
  const config = loadConfig();
  checkDataDir(config);
  const logger = createLogger(config).child({ context: 'salesflow' });
  logger.info(
    { version: VERSION, node: process.version, eventStore: config.eventStore, readStore: config.readStore, runProjections: config.runProjections },
    `salesflow ${VERSION} starting (event store ${config.eventStore}, read store ${config.readStore}${config.eventStore === 'sqlite' || config.readStore === 'sqlite' ? ` in ${config.dataDir}` : ''})`,
  );
  const slot = await claimProcessSlot(config, 'api');
  const app = await createApp(config, { log: createLogger(config), runtimeStart: 'manual', holder: slot.holder }).catch((error: unknown) => {
    const failure = dataDirFailure(error, config);
    return Promise.reject(failure === null ? error : new DataDirError(failure));
  });
  const { nestLogger, metrics, lifecycle } = appServices(app);
  const runtime = app.get(Runtime);
  let metricsServer: Server | undefined;
  try {
    await connectStores({ eventStore: app.get(EventStore), readStore: app.get(ReadStore) }, config, storeLogger(logger, 'Startup'));
    // The ports are taken before the projections take their leases, so a port in use leaves no lease behind.
    await app.init();
    // Fastify's own listen: Nest's would log the error as a stack before the entry point says it in one sentence.
    await app
      .getHttpAdapter()
      .getInstance()
      .listen({ port: config.port, host: config.host })
      .catch((error: unknown) => Promise.reject(listenFailure(error, 'API', config.host, config.port)));
    const metricsPort = config.metricsPort;
    if (metricsPort !== undefined) {
      metricsServer = await serveMetrics(metrics, metricsPort, config.host).catch((error: unknown) => Promise.reject(listenFailure(error, 'metrics', config.host, metricsPort)));
    }
  } catch (error) {
    await app.close().catch(() => undefined);
    metricsServer?.close();
    throw error;
  }
  if (config.runProjections) await runtime.start();

  const port = portOf(app.getHttpServer());
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  logger.info(
    {
      url: `${url}/api`,
      port,
      routes: nestLogger.mappedRoutes,
      ...(metricsServer ? { metricsUrl: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${portOf(metricsServer)}/metrics` } : {}),
      projections: config.runProjections ? runtime.projections.names.length : 0,
      processes: config.runProjections ? runtime.processes.length : 0,
    },
    `API listening on ${url}/api with ${nestLogger.mappedRoutes} routes (OpenAPI UI: ${url}/api/docs, dashboard: ${url}/)` +
      (metricsServer ? `; metrics on port ${portOf(metricsServer)}` : '') +
      (config.runProjections ? `; running ${runtime.projections.names.length} projections and ${runtime.processes.length} processes` : '; projections run elsewhere (RUN_PROJECTIONS=false)'),
  );

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, `${signal} again: exiting without waiting for the work in flight`);
      process.exit(1);
    }
    stopping = true;
    const started = Date.now();
    lifecycle.shuttingDown = true;
    logger.info({ signal, inFlight: lifecycle.inFlight }, `${signal}: shutting down; refusing new requests, draining ${lifecycle.inFlight} in flight, closing live streams, stopping projections and releasing leases`);
    setTimeout(() => {
      logger.error({ timeoutMs: config.shutdownTimeoutMs, inFlight: lifecycle.inFlight }, `Shutdown did not finish within ${config.shutdownTimeoutMs} ms; exiting anyway`);
      process.exit(1);
    }, config.shutdownTimeoutMs).unref();
    void closeAll(app, metricsServer, logger).then(
      () => {
        logger.info({ durationMs: Date.now() - started }, `Stopped in ${Date.now() - started} ms`);
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'Shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

async function closeAll(app: Awaited<ReturnType<typeof createApp>>, metricsServer: Server | undefined, logger: Logger) {
  await app.close();
  await new Promise<void>((resolve) => (metricsServer ? metricsServer.close(() => resolve()) : resolve()));
  logger.debug('HTTP server, live streams, projections and stores closed');
}

runEntryPoint('salesflow', main);
