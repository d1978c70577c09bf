import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

export const ROOT = process.cwd();

/** Builds dist/ unless it is fresh (scripts/build.mjs --if-stale: one build at a time across suites). */
export function ensureBuilt(): void {
  const result = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  if (result.status !== 0) throw new Error(`The build failed:\n${result.stdout}\n${result.stderr}`);
}

export interface ServerProcess {
  child: ChildProcess;
  /** Every line the process wrote to stdout and stderr so far. */
  output: string[];
  /** The JSON log lines among them. */
  logs(): Record<string, any>[];
  url: string;
  metricsUrl?: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function collect(child: ChildProcess) {
  const output: string[] = [];
  const stdout: string[] = [];
  const listeners = new Set<(line: string) => void>();
  for (const stream of [child.stdout!, child.stderr!]) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      for (const line of parts) {
        output.push(line);
        if (stream === child.stdout) stdout.push(line);
        for (const listener of listeners) listener(line);
      }
    });
  }
  const exited = once(child, 'exit').then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null }));
  const logs = () => output.flatMap((line) => (line.startsWith('{"level"') ? [JSON.parse(line) as Record<string, any>] : []));
  return { output, stdout, listeners, exited, logs };
}

/** Spawns a command in the repository with `env` added and LOG_FORMAT=json; resolves once the API says it listens. */
export async function spawnServer(command: string, args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  // Its own process group, so that killing it also ends what npm started.
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, LOG_FORMAT: 'json', HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const { output, listeners, exited, logs } = collect(child);
  const listening = await new Promise<Record<string, any>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No "API listening" line within ${timeoutMs} ms:\n${output.join('\n')}`)), timeoutMs);
    listeners.add((line) => {
      if (!line.startsWith('{"level"')) return;
      const log = JSON.parse(line) as Record<string, any>;
      if (typeof log.msg === 'string' && log.msg.startsWith('API listening')) {
        clearTimeout(timer);
        resolve(log);
      }
    });
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (code ${code}) before listening:\n${output.join('\n')}`));
    });
  });
  return { child, output, logs, url: listening.url as string, ...(listening.metricsUrl ? { metricsUrl: listening.metricsUrl as string } : {}), exited };
}

/** Resolves once `check` holds, polling every 25 ms for at most `timeoutMs`. */
export async function until(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Runs a command to its end, collecting its output (stdout and stderr in `output`, stdout alone in `stdout`). */
export async function runToExit(command: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string[]; stdout: string[]; logs: Record<string, any>[] }> {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, LOG_FORMAT: 'json', HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const { output, stdout, exited, logs } = collect(child);
  const { code } = await exited;
  return { code, output, stdout, logs: logs() };
}

/** Stops a server still running at the end of a test. */
export async function kill(server: ServerProcess | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  try {
    process.kill(-server.child.pid!, 'SIGKILL');
  } catch {
    server.child.kill('SIGKILL');
  }
  await server.exited;
}
