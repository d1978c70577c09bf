import { fork } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { TokenService } from '#app/platform';
import { planIdFor } from '#app/sales-planning';
import { compare, eachRound, type Sample } from '../support/comparison.js';
import type { BenchConfig } from '../support/config.js';
import { tempDir } from '../support/paths.js';
import type { Results } from '../support/results.js';
import { productionStore } from '../support/stores.js';
import { TEAM, periodOf, recordActualBody, salesperson } from '../workloads/plan-commands.js';
import { seedPlanLog } from '../workloads/plan-log.js';

const SECTION = '9 start-up';
const SECRET = 'bench-secret-that-is-long-enough-for-hs256!';
const SERVER = fileURLToPath(new URL('../http/server.js', import.meta.url));

const DEPLOYMENTS = [
  { key: 'api-only', name: 'API only (RUN_PROJECTIONS=false)', env: { RUN_PROJECTIONS: 'false' } },
  { key: 'default', name: 'API + projections in-process (default), read store empty: they catch up in the background', env: { RUN_PROJECTIONS: 'true' } },
] as const;

/**
 * The API started on a log of `startupEvents` events (plans of 1,000 events written through the
 * production store): the time from starting the process to the first RecordActual answered 200
 * (on a 1,000-event plan). Each round starts from an empty read store, so with projections
 * in-process they begin catching up from position 0 meanwhile; the log stays (a seal the
 * first round appended is found by the next, as after any restart).
 */
export async function startup(config: BenchConfig, results: Results): Promise<void> {
  const dir = tempDir('startup');
  try {
    const seeded = productionStore(dir.path);
    await seedPlanLog(seeded, config.startupEvents, 1000);
    await seeded.close();
    await compare(results, {
      id: 'startup',
      section: SECTION,
      case: `start to the first RecordActual answered, on a ${config.startupEvents.toLocaleString('en-US')}-event log`,
      unit: 'ms',
      better: 'lower',
      rounds: config.rounds,
      log: config.log,
      variants: DEPLOYMENTS.map((d) => eachRound(d.key, d.name, () => ready(dir.path, d.env))),
    });
  } finally {
    dir.remove();
  }
}

async function ready(dataDir: string, env: Record<string, string>): Promise<Sample> {
  for (const file of ['read.sqlite', 'read.sqlite-wal', 'read.sqlite-shm']) rmSync(join(dataDir, file), { force: true });
  const token = await new TokenService(new TextEncoder().encode(SECRET)).sign({ sub: salesperson.id, name: salesperson.name, roles: ['salesperson'], teams: [TEAM] }, '1h');
  const started = performance.now();
  const child = fork(SERVER, [], { env: { ...process.env, DATA_DIR: dataDir, AUTH_JWT_SECRET: SECRET, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the API server exited with ${code} before listening`)));
      child.on('message', (m: { type: string; port?: number }) => {
        if (m.type === 'listening') resolve(m.port!);
      });
    });
    const listening = performance.now() - started;
    const res = await fetch(`http://127.0.0.1:${port}/api/plans/${planIdFor(TEAM, periodOf(0))}/actuals`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(recordActualBody(periodOf(0), 1)),
    });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`the first RecordActual after start-up answered ${res.status}`);
    return { value: performance.now() - started, note: `listening after ${Math.round(listening)} ms` };
  } finally {
    if (child.exitCode === null) {
      child.send({ type: 'stop' });
      await once(child, 'exit');
    }
  }
}
