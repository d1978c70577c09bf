import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { ConfigError, DATA_DIR_EXIT_CODE, STARTUP_EXIT_CODE, StartupError, checkDataDir, claimProcessSlot, dataDirFailure, loadConfig } from '#app/platform';
import { runProjector } from './projector.js';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`salesflow projector: configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const logger = new ConsoleLogger('Projector', { logLevels: LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1) });
  try {
    checkDataDir(config);
    const projector = await runProjector(config, logger, { holder: (await claimProcessSlot(config, 'projector')).holder });
    await projector.stopped;
    process.exit(0);
  } catch (error) {
    if (error instanceof StartupError) {
      console.error(`salesflow projector: start-up failed: ${error.message}`);
      process.exit(STARTUP_EXIT_CODE);
    }
    const failure = dataDirFailure(error, config);
    if (failure !== null) {
      console.error(`salesflow projector: start-up failed: ${failure}`);
      process.exit(DATA_DIR_EXIT_CODE);
    }
    throw error;
  }
}

void main();
