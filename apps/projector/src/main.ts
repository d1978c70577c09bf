import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { loadConfig, runEntryPoint } from '#app/platform';
import { runProjector } from './projector.js';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

runEntryPoint('salesflow projector', async () => {
  const config = loadConfig();
  const logger = new ConsoleLogger('Projector', { logLevels: LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1) });
  const projector = await runProjector(config, logger);
  await projector.stopped;
  process.exit(0);
});
