import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { Command, Option } from 'commander';
import { eventStoreAppends } from './sections/event-store-appends.js';
import { hotStream } from './sections/hot-stream.js';
import { httpCommands } from './sections/http-commands.js';
import { inProcessCommands } from './sections/in-process-commands.js';
import { projectionRebuild } from './sections/projection-rebuild.js';
import { sideBySide } from './sections/side-by-side.js';
import { startup } from './sections/startup.js';
import { streamLoad } from './sections/stream-load.js';
import { workerExperiment } from './sections/worker-experiment.js';
import type { BenchConfig } from './support/config.js';
import { repoRoot } from './support/paths.js';
import { Results, renderTable, renderTargets, selectRows } from './support/results.js';
import { describeSettings, productionSettings } from './support/stores.js';
import { checkTargets } from './targets.js';
import { formatRun, type BenchRun } from './support/bench-run.js';

const SECTIONS = {
  appends: { title: 'event-store appends', run: eventStoreAppends, quick: true },
  commands: { title: 'in-process commands', run: inProcessCommands, quick: true },
  http: { title: 'HTTP commands', run: httpCommands, quick: true },
  rebuild: { title: 'projection rebuild and peak RSS', run: projectionRebuild, quick: true },
  load: { title: 'stream load + fold', run: streamLoad, quick: true },
  compare: { title: 'side by side with raw better-sqlite3 and emmett-sqlite', run: sideBySide, quick: true },
  worker: { title: 'experiment: commit in a worker thread', run: workerExperiment, quick: false },
  hot: { title: 'hot plan stream: RecordActual on plans of 10 to 100,000 events', run: hotStream, quick: false },
  startup: { title: 'start-up on a long log', run: startup, quick: false },
} as const;
type SectionName = keyof typeof SECTIONS;

const program = new Command('bench')
  .description('salesflow benchmarks in interleaved rounds, each variant beside the ceiling it is measured against')
  .option('--quick', 'short measurements and fewer rounds (about a minute; leaves out the worker experiment, the hot plan stream and start-up unless named with --only)', false)
  .addOption(new Option('--only <sections...>', 'run only these sections').choices(Object.keys(SECTIONS)))
  .addOption(new Option('--profile <sections...>', 'CPU-profile these sections (commands: the 64-caller run; http: the 64-connection run of each deployment; rebuild: the rebuild); the run file keeps a summary').choices(['commands', 'http', 'rebuild']))
  .option('--out <dir>', 'where the JSON results (and CPU profiles) go', join(repoRoot, 'bench-results'))
  .option('--record', 'also write the results to docs/bench/<date>-<quick|full>.json, for the docs to quote', false)
  .option('--render <file>', 'print the tables of a results file instead of measuring')
  .option('--rows <id prefixes...>', 'with --render: only these rows, as a table for the docs with its marker (`targets`: the targets)')
  .parse();

const options = program.opts<{ quick: boolean; only?: SectionName[]; profile?: string[]; out: string; record: boolean; render?: string; rows?: string[] }>();
const log = (line: string) => process.stderr.write(`${line}\n`);

if (options.render && options.rows) {
  const run = JSON.parse(readFileSync(options.render, 'utf8')) as BenchRun;
  const file = relative(repoRoot, options.render);
  console.log(options.rows.includes('targets') ? `<!-- bench-targets ${file} -->\n${renderTargets(run.targets)}` : `<!-- bench ${file}: ${options.rows.join(' ')} -->\n${renderTable(selectRows(run.rows, options.rows))}`);
} else if (options.render) {
  const run = JSON.parse(readFileSync(options.render, 'utf8')) as BenchRun;
  print(run, options.render);
} else {
  await measure();
}

async function measure() {
  const quick = options.quick;
  mkdirSync(options.out, { recursive: true });
  const settings = await productionSettings();
  const config: BenchConfig = {
    quick,
    rounds: quick ? 3 : 5,
    seconds: quick ? 0.4 : 2,
    httpSeconds: quick ? 1 : 4,
    callers: quick ? [1, 64] : [1, 16, 64],
    httpConnections: quick ? [64] : [1, 16, 64],
    httpPlans: quick ? 300 : 2000,
    rebuildEvents: quick ? 20_000 : 100_000,
    streams: quick
      ? [
          { size: 10, count: 100 },
          { size: 1_000, count: 10 },
          { size: 10_000, count: 2 },
        ]
      : [
          { size: 10, count: 200 },
          { size: 1_000, count: 20 },
          { size: 10_000, count: 4 },
        ],
    compare: quick ? { sequential: 500, concurrent: 3_000, callers: 64 } : { sequential: 3_000, concurrent: 20_000, callers: 64 },
    hotPlanSizes: [10, 1_000, 10_000, 100_000],
    startupEvents: quick ? 100_000 : 1_000_000,
    settings,
    profile: new Set(options.profile ?? []),
    profiles: {},
    outDir: options.out,
    log,
  };
  log(`production event store settings, read back: ${describeSettings(settings)}`);

  const results = new Results(log);
  const startedAt = new Date();
  const loadAverageAtStart = os.loadavg();
  const started = performance.now();
  const selected = (Object.keys(SECTIONS) as SectionName[]).filter((name) => (options.only ? options.only.includes(name) : !quick || SECTIONS[name].quick));
  for (const [i, name] of selected.entries()) {
    const section = SECTIONS[name];
    log(`[${i + 1}/${selected.length}] ${section.title}…`);
    const sectionStarted = performance.now();
    await section.run(config, results);
    log(`  (${((performance.now() - sectionStarted) / 1000).toFixed(1)} s)`);
  }

  const run: BenchRun = {
    command: `npm run bench --${quick ? ' --quick' : ''}${options.only ? ` --only ${options.only.join(' ')}` : ''}`,
    startedAt: startedAt.toISOString(),
    seconds: Math.round((performance.now() - started) / 1000),
    mode: quick ? 'quick' : 'full',
    rounds: config.rounds,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 1024 ** 3),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      sqlite: sqliteVersion(),
      loadAverageAtStart,
      loadAverageAtEnd: os.loadavg(),
    },
    settings,
    rows: results.rows,
    targets: checkTargets(results.rows),
    ...(Object.keys(config.profiles).length > 0 ? { profiles: config.profiles } : {}),
  };
  const stamp = startedAt.toISOString().slice(0, 16).replace(':', '');
  const file = join(options.out, `${stamp}-${run.mode}.json`);
  const json = formatRun(run);
  writeFileSync(file, json);
  print(run, file);
  if (options.record) {
    const recorded = join(repoRoot, 'docs', 'bench', `${stamp}-${run.mode}.json`);
    mkdirSync(join(repoRoot, 'docs', 'bench'), { recursive: true });
    writeFileSync(recorded, json);
    console.log(`Recorded for the docs as ${relative(repoRoot, recorded)}`);
  }
}

function print(run: BenchRun, file: string) {
  const m = run.machine;
  console.log(
    `\nsalesflow bench (${run.mode}, ${run.rounds} rounds): ${m.cpus} × ${m.cpuModel}, Node ${m.node}, SQLite ${m.sqlite}, ` +
      `${run.seconds} s, load average ${m.loadAverageAtStart[0]!.toFixed(2)} at the start and ${m.loadAverageAtEnd[0]!.toFixed(2)} at the end\n`,
  );
  console.log(renderTable(run.rows));
  console.log('');
  console.log(renderTargets(run.targets));
  for (const [name, summary] of Object.entries(run.profiles ?? {})) {
    console.log(`\nCPU profile ${name}, self time by origin:\n${summary.byOrigin.map((l) => `  ${l}`).join('\n')}\ntop frames by self time:\n${summary.topFrames.map((l) => `  ${l}`).join('\n')}`);
  }
  console.log(`\nResults: ${file}`);
}

function sqliteVersion(): string {
  const db = new Database(':memory:');
  const version = db.prepare<[], string>('SELECT sqlite_version()').pluck().get()!;
  db.close();
  return version;
}
