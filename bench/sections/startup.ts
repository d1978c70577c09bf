import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { planIdFor } from '#app/sales-planning';
import { postActual, salespersonToken, spawnApi } from '../http/spawn.js';
import { compare, eachRound, type Sample } from '../support/comparison.js';
import type { BenchConfig } from '../support/config.js';
import { tempDir } from '../support/paths.js';
import type { Results } from '../support/results.js';
import { productionStore } from '../support/stores.js';
import { TEAM, periodOf, recordActualBody } from '../workloads/plan-commands.js';
import { seedPlanLog } from '../workloads/plan-log.js';

const SECTION = '9 start-up';

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
  const token = await salespersonToken();
  const started = performance.now();
  const api = await spawnApi(dataDir, env);
  try {
    const listening = performance.now() - started;
    await postActual(api.port, token, planIdFor(TEAM, periodOf(0)), recordActualBody(periodOf(0), 1));
    return { value: performance.now() - started, note: `listening after ${Math.round(listening)} ms` };
  } finally {
    await api.stop();
  }
}
