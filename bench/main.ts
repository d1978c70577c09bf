import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { Command, Option } from 'commander';
import { eventStoreAppends } from './sections/event-store-appends.js';
import { httpCommands } from './sections/http-commands.js';
import { inProcessCommands } from './sections/in-process-commands.js';
import { projectionRebuild } from './sections/projection-rebuild.js';
import { sideBySide } from './sections/side-by-side.js';
import { streamLoad } from './sections/stream-load.js';
import { workerExperiment } from './sections/worker-experiment.js';
import type { BenchConfig } from './support/config.js';
import { repoRoot } from './support/paths.js';
import { Results, renderTable, renderTargets } from './support/results.js';
import { checkTargets } from './targets.js';

const SECTIONS = {
  appends: { title: 'event-store appends', run: eventStoreAppends },
  commands: { title: 'in-process commands', run: inProcessCommands },
  http: { title: 'HTTP commands', run: httpCommands },
  rebuild: { title: 'projection rebuild and peak RSS', run: projectionRebuild },
  load: { title: 'stream load + fold', run: streamLoad },
  compare: { title: 'side by side with emmett-sqlite and raw better-sqlite3', run: sideBySide },
  worker: { title: 'experiment: commit in a worker thread', run: workerExperiment },
} as const;
type SectionName = keyof typeof SECTIONS;

const program = new Command('bench')
  .description('salesflow benchmarks: durable appends, commands in-process and over HTTP, projection rebuild, stream loads, side by side')
  .option('--quick', 'short measurements (under a minute)', false)
  .addOption(new Option('--only <sections...>', 'run only these sections').choices(Object.keys(SECTIONS)))
  .addOption(new Option('--profile <sections...>', 'CPU-profile these sections (commands and http: the 64-caller run; rebuild: the rebuild)').choices(['commands', 'http', 'rebuild']))
  .option('--out <dir>', 'where the JSON results (and CPU profiles) go', join(repoRoot, 'bench-results'))
  .parse();

const options = program.opts<{ quick: boolean; only?: SectionName[]; profile?: string[]; out: string }>();
const log = (line: string) => process.stderr.write(`${line}\n`);
const quick = options.quick;
mkdirSync(options.out, { recursive: true });
const config: BenchConfig = {
  quick,
  seconds: quick ? 1 : 5,
  httpSeconds: quick ? 1.5 : 10,
  callers: [1, 16, 64],
  httpPlans: quick ? 300 : 2000,
  rebuildEvents: quick ? 20_000 : 100_000,
  streamSizes: [10, 1_000, 10_000],
  compare: quick ? { sequential: 1_000, concurrent: 5_000, callers: 64 } : { sequential: 5_000, concurrent: 30_000, callers: 64 },
  profile: new Set(options.profile ?? []),
  outDir: options.out,
  log,
};

const results = new Results(log);
const startedAt = new Date();
const loadAverageAtStart = os.loadavg();
const started = performance.now();
const selected = (Object.keys(SECTIONS) as SectionName[]).filter((name) => !options.only || options.only.includes(name));
for (const [i, name] of selected.entries()) {
  const section = SECTIONS[name];
  log(`[${i + 1}/${selected.length}] ${section.title}…`);
  const sectionStarted = performance.now();
  await section.run(config, results);
  log(`  (${((performance.now() - sectionStarted) / 1000).toFixed(1)} s)`);
}
const targets = checkTargets(results);
const seconds = (performance.now() - started) / 1000;

const sqliteVersion = (() => {
  const db = new Database(':memory:');
  const version = db.prepare<[], string>('SELECT sqlite_version()').pluck().get()!;
  db.close();
  return version;
})();
const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round(os.totalmem() / 1024 ** 3),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  sqlite: sqliteVersion,
  loadAverageAtStart,
};
const file = join(options.out, `${startedAt.toISOString().replaceAll(':', '-')}${quick ? '-quick' : ''}.json`);
writeFileSync(file, `${JSON.stringify({ startedAt, seconds, quick, machine, results: results.rows, targets }, null, 2)}\n`);

console.log(`\nsalesflow bench${quick ? ' (quick)' : ''}: ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, SQLite ${sqliteVersion}, ${seconds.toFixed(0)} s\n`);
console.log(renderTable(results.rows));
console.log('');
console.log(renderTargets(targets));
console.log(`\nResults written to ${file}`);
