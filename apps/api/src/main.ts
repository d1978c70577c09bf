import 'reflect-metadata';
import type { Server } from 'node:http';
import { EventStore } from '#app/event-store';
import { ConfigError, LISTEN_EXIT_CODE, Runtime, VERSION, STARTUP_EXIT_CODE, StartupError, connectStores, createLogger, loadConfig, portOf, serveMetrics, storeLogger, type AppConfig, type Logger } from '#app/platform';
import { ReadStore } from '#app/read-store';
import { appServices, createApp } from './app.factory.js';

function listenError(error: unknown, what: string, config: AppConfig, port: number): string | null {
  const code = (error as { code?: unknown }).code;
  if (code === 'EADDRINUSE') return `${what} port ${port} on ${config.host} is already in use; stop the other process or set ${what === 'metrics' ? 'METRICS_PORT' : 'PORT'}`;
  if (code === 'EACCES') return `${what} port ${port} on ${config.host} may not be used by this user; choose a port above 1023`;
  if (code === 'EADDRNOTAVAIL') return `HOST ${config.host} is not an address of this machine`;
  return null;
}

async function main() {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`salesflow: configuration error: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config).child({ context: 'salesflow' });
  logger.info(
    { version: VERSION, node: process.version, eventStore: config.eventStore, readStore: config.readStore, runProjections: config.runProjections },
    `salesflow ${VERSION} starting (event store ${config.eventStore}, read store ${config.readStore}${config.eventStore === 'sqlite' || config.readStore === 'sqlite' ? ` in ${config.dataDir}` : ''})`,
  );
  const app = await createApp(config, { log: createLogger(config), runtimeStart: 'manual' });
  const { nestLogger, metrics, lifecycle } = appServices(app);
  const runtime = app.get(Runtime);
  let metricsServer: Server | undefined;

  const fail = async (message: string, exitCode: number) => {
    logger.fatal({ exitCode }, message);
    await app.close().catch(() => undefined);
    metricsServer?.close();
    process.exit(exitCode);
  };

  try {
    await connectStores({ eventStore: app.get(EventStore), readStore: app.get(ReadStore) }, config, storeLogger(logger, 'Startup'));
  } catch (error) {
    if (error instanceof StartupError) return fail(`start-up failed: ${error.message}`, STARTUP_EXIT_CODE);
    throw error;
  }
  // The ports are taken before the projections take their leases, so a port in use leaves no lease behind.
  await app.init();
  try {
    // Fastify's own listen: Nest's would log the error as a stack before main.ts says it in one sentence.
    await app.getHttpAdapter().getInstance().listen({ port: config.port, host: config.host });
  } catch (error) {
    const message = listenError(error, 'API', config, config.port);
    if (message) return fail(message, LISTEN_EXIT_CODE);
    throw error;
  }
  if (config.metricsPort !== undefined) {
    try {
      metricsServer = await serveMetrics(metrics, config.metricsPort, config.host);
    } catch (error) {
      const message = listenError(error, 'metrics', config, config.metricsPort);
      if (message) return fail(message, LISTEN_EXIT_CODE);
      throw error;
    }
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

void main();
