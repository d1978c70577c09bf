#!/usr/bin/env node
import { entryPointFailure } from '#app/platform';
import { buildProgram } from './program.js';

buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    const failure = entryPointFailure(error);
    process.stderr.write(`salesflow: ${failure?.message ?? (error instanceof Error ? error.message : String(error))}\n`);
    process.exit(failure?.exitCode ?? 1);
  });
