import 'reflect-metadata';
import helmet from 'helmet';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { LogLevel, Type } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DestinationStream } from 'pino';
import type { EventStore } from '#app/event-store';
import type { ReadStore } from '#app/read-store';
import { Metrics, createLogger, requireLocalDevelopmentMode, type AppConfig, type Logger } from '#app/platform';
import { AppModule } from './app.module.js';
import { serveDashboard } from './dashboard/serve-dashboard.js';
import { HttpLifecycle, fastifyOptions, installHttpHooks } from './http/http-server.js';
import { validationPipe } from './http/validation.js';
import { EventStreams } from './live/event-streams.js';
import { PinoNestLogger } from './observability/pino-nest-logger.js';
import { DOCS_JSON_PATH, DOCS_PATH, DOCS_YAML_PATH, describeApi } from './openapi/openapi-document.js';

const NEST_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

export interface CreateAppOptions {
  eventStore?: EventStore;
  readStore?: ReadStore;
  /** This process in lease records (see claimProcessSlot). */
  holder?: string;
  /** Overrides LOG_LEVEL: `false` for silence, or Nest's level list (its lowest level applies). */
  logger?: false | LogLevel[];
  /** The process's logger; defaults to one built from the configuration (writing to stdout, or to `logDestination`). */
  log?: Logger;
  logDestination?: DestinationStream;
  /** `on-init` (default): the projections start with `app.init()`; `manual`: the caller starts them (main.ts, once the port is bound). */
  runtimeStart?: 'on-init' | 'manual';
  /** Modules mounted beside the API's own, behind the same guard, pipes and filter. */
  modules?: readonly Type[];
}

export interface AppServices {
  logger: Logger;
  nestLogger: PinoNestLogger;
  metrics: Metrics;
  lifecycle: HttpLifecycle;
}

const services = new WeakMap<NestFastifyApplication, AppServices>();

/** The logger, metrics and HTTP lifecycle of an app built by createApp. */
export function appServices(app: NestFastifyApplication): AppServices {
  return services.get(app)!;
}

function logLevelOf(config: AppConfig, override: CreateAppOptions['logger']): AppConfig['logLevel'] {
  if (override === undefined) return config.logLevel;
  if (override === false || override.length === 0) return 'silent';
  return NEST_LEVELS.filter((level) => override.includes(level)).pop() ?? 'silent';
}

/** Builds the configured HTTP application (used by main.ts and by the API tests). */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  requireLocalDevelopmentMode(config);
  const logger = options.log ?? createLogger({ ...config, logLevel: logLevelOf(config, options.logger) }, options.logDestination ? { destination: options.logDestination } : {});
  const nestLogger = new PinoNestLogger(logger);
  const metrics = new Metrics({ processMetrics: config.metricsPort !== undefined });
  const lifecycle = new HttpLifecycle();
  const adapter = new FastifyAdapter(fastifyOptions(config, logger));
  installHttpHooks(adapter.getInstance(), lifecycle, logger);
  // JSON only: Fastify's own JSON parser stays, its text/plain parser goes, and Nest adds no form parser (bodyParser: false); any other type is 415.
  adapter.getInstance().removeContentTypeParser('text/plain');
  const overrides = {
    ...(options.eventStore ? { eventStore: options.eventStore } : {}),
    ...(options.readStore ? { readStore: options.readStore } : {}),
    ...(options.holder ? { holder: options.holder } : {}),
  };
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, overrides, { logger, metrics, lifecycle, runtimeStart: options.runtimeStart ?? 'on-init' }, options.modules),
    adapter,
    { logger: nestLogger, abortOnError: false, bodyParser: false },
  );
  services.set(app, { logger, nestLogger, metrics, lifecycle });
  app.setGlobalPrefix('api', { exclude: ['/'] });
  app.useGlobalPipes(validationPipe());
  const securityHeaders = headersSetBy(
    helmet({
      contentSecurityPolicy: {
        directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'], frameAncestors: ["'none'"], objectSrc: ["'none'"], baseUri: ["'none'"], upgradeInsecureRequests: null },
      },
      frameguard: { action: 'deny' },
      crossOriginResourcePolicy: { policy: 'same-origin' },
    }),
  );
  adapter.getInstance().addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of securityHeaders) reply.raw.setHeader(name, value);
    done();
  });
  if (config.corsOrigins.length > 0) {
    app.enableCors({ origin: config.corsOrigins, exposedHeaders: ['ETag', 'X-Correlation-Id', 'X-Read-Model-Position', 'X-Read-Model-Behind', 'Idempotent-Replayed', 'Retry-After'], maxAge: 600 });
  }
  serveDashboard(app);
  const streams = app.get(EventStreams);
  metrics.gauge('salesflow_sse_clients', 'Open server-sent-event streams (dashboards following read models)', () => streams.openCount);

  const document = describeApi(app);
  SwaggerModule.setup(DOCS_PATH, app, document, { jsonDocumentUrl: DOCS_JSON_PATH, yamlDocumentUrl: DOCS_YAML_PATH, useGlobalPrefix: false });
  return app;
}

/**
 * The headers a helmet middleware sets, taken once: with static directives they are the same on
 * every answer, and @fastify/helmet would build and parse the whole configuration again per request.
 */
function headersSetBy(middleware: (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void): [string, string][] {
  const headers = new Map<string, string>();
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => void headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => void headers.delete(name.toLowerCase()),
  };
  middleware({ headers: {} } as IncomingMessage, response as unknown as ServerResponse, (error) => {
    if (error) throw error;
  });
  return [...headers];
}
