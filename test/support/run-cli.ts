import { jest } from '@jest/globals';
import { buildProgram } from '../../apps/cli/src/program.js';

export interface CliOutput {
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in this process (commander errors thrown instead of exiting), capturing stdout and
 * stderr; `env` replaces process.env for the run. A failing command rejects with its error; what it
 * wrote so far is in `into` when given.
 */
export async function runCli(args: string[], options: { env?: NodeJS.ProcessEnv; into?: CliOutput } = {}): Promise<CliOutput> {
  const output = options.into ?? { stdout: '', stderr: '' };
  output.stdout = '';
  output.stderr = '';
  const saved = process.env;
  if (options.env) process.env = options.env;
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    output.stdout += String(chunk);
    return true;
  });
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    output.stderr += String(chunk);
    return true;
  });
  try {
    const program = buildProgram().exitOverride();
    for (const command of program.commands) command.exitOverride();
    await program.parseAsync(['node', 'salesflow', ...args]);
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    process.env = saved;
  }
  return output;
}
