import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import { EventStore } from '#app/event-store';
import { ConfigError, DATA_DIR_EXIT_CODE, STARTUP_EXIT_CODE, StartupError, checkDataDir, claimProcessSlot, connectStores, dataDirFailure, loadConfig } from '#app/platform';
import { ReadStore } from '#app/read-store';
import { createApp } from './app.factory.js';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`salesflow: configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const slot = await claimProcessSlot(config, 'api');
  let app;
  try {
    checkDataDir(config);
    app = await createApp(config, { holder: slot.holder });
  } catch (error) {
    const failure = dataDirFailure(error, config);
    if (failure === null) throw error;
    console.error(`salesflow: start-up failed: ${failure}`);
    process.exit(DATA_DIR_EXIT_CODE);
  }
  try {
    await connectStores({ eventStore: app.get(EventStore), readStore: app.get(ReadStore) }, config, new Logger('Startup'));
  } catch (error) {
    if (error instanceof StartupError) {
      console.error(`salesflow: start-up failed: ${error.message}`);
      await app.close().catch(() => undefined);
      process.exit(STARTUP_EXIT_CODE);
    }
    throw error;
  }
  await app.listen(config.port, config.host);
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  new Logger('salesflow').log(`API listening on ${url}/api  (OpenAPI UI: ${url}/api/docs, dashboard: ${url}/)`);
}

void main();
