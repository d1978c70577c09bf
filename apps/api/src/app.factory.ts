import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { LogLevel } from '@nestjs/common';
import type { EventStore } from '#app/event-store';
import type { ReadStore } from '#app/read-store';
import type { AppConfig } from '#app/platform';
import { AppModule } from './app.module.js';
import { serveDashboard } from './dashboard/serve-dashboard.js';
import { validationPipe } from './http/validation.js';
import { describeApi } from './openapi/openapi-document.js';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

export interface CreateAppOptions {
  eventStore?: EventStore;
  readStore?: ReadStore;
  /** This process in lease records (see claimProcessSlot). */
  holder?: string;
  logger?: false | LogLevel[];
}

/** Builds the configured HTTP application (used by main.ts and by the API tests). */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: 1_048_576 });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, {
      ...(options.eventStore ? { eventStore: options.eventStore } : {}),
      ...(options.readStore ? { readStore: options.readStore } : {}),
      ...(options.holder ? { holder: options.holder } : {}),
    }), adapter, {
    logger: options.logger ?? LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1),
    abortOnError: false,
  });
  app.setGlobalPrefix('api', { exclude: ['/'] });
  app.useGlobalPipes(validationPipe());
  app.enableShutdownHooks();
  serveDashboard(app);

  const document = describeApi(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', useGlobalPrefix: false });
  return app;
}
