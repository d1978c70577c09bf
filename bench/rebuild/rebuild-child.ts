import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { SqliteEventStore } from '#app/event-store';
import { profiled } from '../support/profile.js';
import { planActualsProjection } from './plan-actuals.projection.js';

export interface RebuildReport {
  available: boolean;
  reason?: string;
  events?: number;
  rebuilds?: { projection: string; seconds: number; eventsPerSecond: number }[];
  baselineRssMb?: number;
  peakRssMb?: number;
}

/** The system's own plan sheets rebuilt after the benchmark's projection, when the build has them. */
const REAL_PROJECTIONS = ['tracking-sheet', 'plans-list'];

const silent = { log() {}, warn() {}, error() {} };

/**
 * Runs in its own process so its peak RSS is the rebuilds': rebuilds projections of the plan log
 * of `events` events the parent wrote into the SQLite read store with the ProjectionRunner, one
 * after the other: the benchmark's own plan-actuals projection, then the system's plan sheets.
 */
async function main(): Promise<RebuildReport> {
  process.on('disconnect', () => process.exit(0));
  const [dir, count, profileDir] = [process.argv[2]!, Number(process.argv[3]), process.argv[4]];
  let readStoreLib: typeof import('#app/read-store');
  try {
    readStoreLib = await import('#app/read-store');
    if (typeof readStoreLib.ProjectionRunner !== 'function' || typeof readStoreLib.SqliteReadStore !== 'function') {
      return { available: false, reason: '#app/read-store exports no ProjectionRunner or SqliteReadStore yet' };
    }
  } catch (error) {
    return { available: false, reason: `#app/read-store cannot be loaded: ${(error as Error).message}` };
  }
  const eventStore = new SqliteEventStore({ filename: join(dir, 'events.sqlite') });
  const readStore = new readStoreLib.SqliteReadStore({ filename: join(dir, 'read.sqlite') });
  const planning = (await import('#app/sales-planning')) as { PLANNING_PROJECTIONS?: readonly { name: string }[] };
  const real = (planning.PLANNING_PROJECTIONS ?? []).filter((p) => REAL_PROJECTIONS.includes(p.name));
  const projections = [planActualsProjection, ...real] as never[];
  const runner = new readStoreLib.ProjectionRunner(eventStore, readStore, projections, { logger: silent });
  global.gc?.();
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 5);
  const rebuilds: NonNullable<RebuildReport['rebuilds']> = [];
  for (const { name } of projections as { name: string }[]) {
    const started = performance.now();
    const rebuild = () => runner.rebuild(name);
    if (profileDir && name === planActualsProjection.name) await profiled('rebuild', profileDir, (line) => process.stderr.write(`${line}\n`), rebuild);
    else await rebuild();
    const seconds = (performance.now() - started) / 1000;
    rebuilds.push({ projection: name, seconds, eventsPerSecond: count / seconds });
  }
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());
  await runner.stop();
  await readStore.close();
  await eventStore.close();
  const mb = (bytes: number) => bytes / 1024 / 1024;
  return { available: true, events: count, rebuilds, baselineRssMb: mb(baseline), peakRssMb: mb(peak) };
}

main().then(
  (report) => process.send!(report, () => process.exit(0)),
  (error: unknown) =>
    process.send!({ available: false, reason: `failed: ${(error as Error).stack ?? String(error)}` } satisfies RebuildReport, () => process.exit(0)),
);
