import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { repoRoot } from '../support/paths.js';
import { describeSoak, runSoak, soakProblems } from './soak.js';

const positive = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${name} must be a positive number`);
  return n;
};

const program = new Command('soak')
  .description('drive the API for a long time and report whether throughput and memory stay flat')
  .option('--minutes <n>', 'how long to run', positive('--minutes'), 15)
  .option('--window <seconds>', 'length of one reported window', positive('--window'), 60)
  .option('--clients <n>', 'concurrent closed-loop clients', positive('--clients'), 8)
  .option('--plans <n>', 'plans the actuals go to in turn', positive('--plans'), 200)
  .option('--heap-snapshots', 'write heap snapshots of the server after the first window and at the end (into --out)')
  .option('--cpu-profiles', 'write CPU profiles of the server during the first and the last window (into --out)')
  .option('--min-last-to-first <ratio>', 'least throughput of the last window relative to the first that counts as flat', positive('--min-last-to-first'), 0.9)
  .option('--max-cpu-per-request-growth <ratio>', "most of the server's CPU time per request in the last window relative to the first that counts as flat", positive('--max-cpu-per-request-growth'), 1.25)
  .option('--heap-growth-floor <mb>', 'heap growth after warm-up that always counts as noise', positive('--heap-growth-floor'), 5)
  .option('--out <dir>', 'where the JSON report goes', join(repoRoot, 'bench-results'))
  .parse();

const options = program.opts<{ minutes: number; window: number; clients: number; plans: number; heapSnapshots?: boolean; cpuProfiles?: boolean; minLastToFirst: number; maxCpuPerRequestGrowth: number; heapGrowthFloor: number; out: string }>();
mkdirSync(options.out, { recursive: true });
const log = (line: string) => process.stderr.write(`${line}\n`);
const report = await runSoak({
  seconds: options.minutes * 60,
  windowSeconds: Math.min(options.window, options.minutes * 60),
  clients: Math.round(options.clients),
  plans: Math.round(options.plans),
  ...(options.heapSnapshots ? { heapSnapshotDir: options.out } : {}),
  ...(options.cpuProfiles ? { cpuProfileDir: options.out } : {}),
  log,
});
const file = join(options.out, `soak-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`${describeSoak(report)}\nreport: ${file}\n`);
const problems = soakProblems(report, { minLastToFirst: options.minLastToFirst, maxCpuPerRequestGrowth: options.maxCpuPerRequestGrowth, heapGrowthFloorMb: options.heapGrowthFloor, noiseFactor: 3 });
for (const problem of problems) process.stdout.write(`NOT FLAT: ${problem}\n`);
process.exitCode = problems.length > 0 ? 1 : 0;
