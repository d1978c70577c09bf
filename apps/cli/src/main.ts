#!/usr/bin/env node
import { ConfigError, STARTUP_EXIT_CODE, StartupError } from '#app/platform';
import { buildProgram } from './program.js';

function exitCode(error: unknown): number {
  if (error instanceof ConfigError) return 2;
  if (error instanceof StartupError) return STARTUP_EXIT_CODE;
  return 1;
}

buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    const message = error instanceof ConfigError ? `configuration error: ${error.message}` : error instanceof Error ? error.message : String(error);
    process.stderr.write(`salesflow: ${message}\n`);
    process.exit(exitCode(error));
  });
