import { join } from 'node:path';
import { ProjectionRunner, type Projection } from '#app/read-store';
import { PLANNING_PROJECTIONS, PLANS_LIST, TRACKING_SHEET } from '#app/sales-planning';
import type { SqliteConnectionSettings } from '#app/event-store';
import { RawReader } from '../compare/raw-sqlite.js';
import { compare, eachRound } from '../support/comparison.js';
import { timed } from '../support/measure.js';
import { profiled } from '../support/profile.js';
import { Results, type ResultRow } from '../support/results.js';
import { PRODUCTION, productionReadStore, productionStore } from '../support/stores.js';
import { planActualsProjection } from './plan-actuals.projection.js';

export interface RebuildReport {
  rows: ResultRow[];
  baselineRssMb: number;
  peakRssMb: number;
}

export interface RebuildTask {
  dataDir: string;
  events: number;
  rounds: number;
  settings: SqliteConnectionSettings;
  section: string;
  profileDir?: string;
}

/** The system's own plan sheets, rebuilt after the benchmark's projection. */
const REAL_PROJECTIONS: readonly string[] = [TRACKING_SHEET, PLANS_LIST];

const silent = { log() {}, warn() {}, error() {} };
const log = (line: string) => process.stderr.write(`${line}\n`);

/**
 * Runs in its own process so its peak RSS is the rebuilds': in interleaved rounds, the ceiling
 * (raw better-sqlite3 reading and parsing the whole log, with the store's settings), the production
 * event store reading the whole log, and ProjectionRunner.rebuild of each projection into the
 * production read store (createEventStore and createReadStore on the parent's DATA_DIR).
 */
async function main(task: RebuildTask): Promise<RebuildReport> {
  const eventStore = productionStore(task.dataDir);
  const readStore = productionReadStore(task.dataDir);
  const projections = [planActualsProjection as unknown as Projection, ...PLANNING_PROJECTIONS.filter((p) => REAL_PROJECTIONS.includes(p.name))];
  const runner = new ProjectionRunner(eventStore, readStore, projections, { logger: silent });
  const perSecond = (seconds: number) => ({ value: task.events / seconds });
  global.gc?.();
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 5);
  const results = new Results(log);
  try {
    await compare(results, {
      id: 'rebuild',
      section: task.section,
      case: `a ${task.events.toLocaleString('en-US')}-event plan log`,
      unit: 'events/s',
      better: 'higher',
      rounds: task.rounds,
      ceiling: 'ceiling',
      log,
      variants: [
        eachRound('ceiling', 'ceiling: raw better-sqlite3 reads the log and parses data + metadata', async () => {
          const reader = new RawReader(join(task.dataDir, 'events.sqlite'), task.settings);
          try {
            const t = await timed(() => reader.readLogParsed());
            if (t.value !== task.events) throw new Error(`the ceiling read ${t.value} events of ${task.events}`);
            return perSecond(t.seconds);
          } finally {
            reader.close();
          }
        }),
        eachRound('read-all', `${PRODUCTION}: readAll of the whole log`, async () => {
          const t = await timed(async () => {
            let after = 0;
            for (let batch = await eventStore.readAll({ after }); batch.length > 0; batch = await eventStore.readAll({ after })) after = batch.at(-1)!.position;
          });
          return perSecond(t.seconds);
        }),
        ...projections.map((p) =>
          eachRound(p.name, `ProjectionRunner.rebuild ${p.name}`, async (round) => {
            const rebuild = () => runner.rebuild(p.name);
            const profile = task.profileDir && p.name === planActualsProjection.name && round === 0;
            const t = await timed(() => (profile ? profiled('rebuild', task.profileDir!, log, rebuild) : rebuild()));
            return perSecond(t.seconds);
          }),
        ),
      ],
    });
  } finally {
    clearInterval(sampler);
    await runner.stop();
    await readStore.close();
    await eventStore.close();
  }
  peak = Math.max(peak, process.memoryUsage.rss());
  const mb = (bytes: number) => bytes / 1024 / 1024;
  return { rows: results.rows, baselineRssMb: mb(baseline), peakRssMb: mb(peak) };
}

process.on('disconnect', () => process.exit(0));
process.once('message', (task: RebuildTask) => {
  main(task).then(
    (report) => process.send!(report, () => process.exit(0)),
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    },
  );
});
