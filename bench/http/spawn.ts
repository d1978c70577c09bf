import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { TokenService } from '#app/platform';
import { TEAM, salesperson } from '../workloads/plan-commands.js';

export const BENCH_SECRET = 'bench-secret-that-is-long-enough-for-hs256!';
const SERVER = fileURLToPath(new URL('./server.js', import.meta.url));

export interface SpawnedApi {
  child: ChildProcess;
  port: number;
  stop(): Promise<void>;
}

/** The bench's API server (`server.ts`) in its own process on `dataDir`; resolves once it listens. */
export async function spawnApi(dataDir: string, env: Record<string, string>): Promise<SpawnedApi> {
  const child = fork(SERVER, [], { env: { ...process.env, DATA_DIR: dataDir, AUTH_JWT_SECRET: BENCH_SECRET, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the API server exited with ${code} before listening`)));
    child.on('message', (m: { type: string; port?: number }) => {
      if (m.type === 'listening') resolve(m.port!);
    });
  });
  return {
    child,
    port,
    async stop() {
      if (child.exitCode !== null) return;
      child.send({ type: 'stop' });
      await once(child, 'exit');
    },
  };
}

/** A bearer token of the workloads' salesperson, signed with the bench server's secret. */
export function salespersonToken(): Promise<string> {
  return new TokenService(new TextEncoder().encode(BENCH_SECRET)).sign({ sub: salesperson.id, name: salesperson.name, roles: ['salesperson'], teams: [TEAM] }, '4h');
}

/** POSTs RecordActual and fails unless it answers 200. */
export async function postActual(port: number, token: string, planId: string, body: unknown): Promise<void> {
  const res = await fetch(`http://127.0.0.1:${port}/api/plans/${planId}/actuals`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`RecordActual on plan ${planId} answered ${res.status}`);
}
