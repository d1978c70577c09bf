import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
const MAIN = join(root, 'dist', 'apps', 'api', 'src', 'main.js');

/** Compiles apps and libs into dist/ (what `npm start` runs), for tests that start real processes. */
export function buildDist(): void {
  const build = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript7', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0 || !existsSync(MAIN)) throw new Error(`building dist/ failed:\n${build.stdout}${build.stderr}`);
}

export interface ApiProcess {
  child: ChildProcess;
  url: string;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code or signal. */
  exited: Promise<number | NodeJS.Signals | null>;
}

/** Runs `node dist/apps/api/src/main.js` on port 0 with this environment; resolves once it listens, or rejects with its output if it exits first. */
export function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const child = spawn(process.execPath, [MAIN], { cwd: root, env: { ...process.env, PORT: '0', HOST: '127.0.0.1', NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /API listening on (http:\/\/[^\s/]+)\/api/.exec(output);
      if (match) resolve({ child, url: match[1]!, output: () => output, exited });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => reject(new Error(`the API exited with ${String(code)} before listening:\n${output}`)));
  });
}

/** Starts the API process and expects it to exit before listening: its exit code and output. */
export async function failedStart(env: Record<string, string>): Promise<{ code: number | NodeJS.Signals | null; output: string }> {
  try {
    const api = await startApiProcess(env);
    api.child.kill('SIGKILL');
    throw new Error(`the API started: ${api.output()}`);
  } catch (error) {
    const text = (error as Error).message;
    const match = /^the API exited with (\S+) before listening:\n([\s\S]*)$/.exec(text);
    if (!match) throw error;
    return { code: Number.isNaN(Number(match[1])) ? (match[1] as NodeJS.Signals) : Number(match[1]), output: match[2]! };
  }
}
