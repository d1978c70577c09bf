import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { EventStore } from '#app/event-store';
import { connectStores, loadConfig, runEntryPoint } from '#app/platform';
import { ReadStore } from '#app/read-store';
import { createApp } from './app.factory.js';

async function main() {
  const config = loadConfig();
  const app = await createApp(config);
  try {
    await connectStores({ eventStore: app.get(EventStore), readStore: app.get(ReadStore) }, config, new Logger('Startup'));
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
  await app.listen(config.port, config.host);
  const { port } = app.getHttpServer().address() as { port: number };
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  new Logger('salesflow').log(`API listening on ${url}/api  (OpenAPI UI: ${url}/api/docs, dashboard: ${url}/)`);
}

runEntryPoint('salesflow', main);
