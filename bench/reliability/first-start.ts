import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Command, InvalidArgumentError } from 'commander';
import { repoRoot, tempDir } from '../support/paths.js';
import { percentiles } from '../support/stats.js';
import { productionStore } from '../support/stores.js';
import { seedPlanLog } from '../workloads/plan-log.js';

const positive = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('a positive integer');
  return n;
};

const options = new Command('first-start')
  .description('the API started on a long log with an empty read store: when it listens, how /api/health/live answers meanwhile, when /api/health/ready says it caught up, peak RSS')
  .option('--events <n>', 'events in the log', positive, 200_000)
  .parse()
  .opts<{ events: number }>();

const dir = tempDir('first-start');
try {
  process.stderr.write(`first-start: writing ${options.events} plan events\n`);
  const store = productionStore(dir.path);
  await seedPlanLog(store, options.events, 100);
  await store.close();

  const started = performance.now();
  const child = spawn(process.execPath, [join(repoRoot, 'dist', 'apps', 'api', 'src', 'main.js')], {
    env: { ...process.env, DATA_DIR: dir.path, PORT: '0', HOST: '127.0.0.1', AUTH_JWT_SECRET: 'first-start-secret-long-enough-for-hs256!', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  let url: string | null = null;
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    url ??= /API listening on (\S+)\/api/.exec(output)?.[1] ?? null;
  });
  let peakRss = 0;
  const sampler = setInterval(() => {
    const kib = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
    peakRss = Math.max(peakRss, kib / 1024);
  }, 50);
  while (url === null) await new Promise((resolve) => setTimeout(resolve, 10));
  const listeningS = (performance.now() - started) / 1000;
  const live: number[] = [];
  let readyS = 0;
  for (;;) {
    const t = performance.now();
    await (await fetch(`${url}/api/health/live`)).arrayBuffer();
    live.push(performance.now() - t);
    const ready = await fetch(`${url}/api/health/ready`);
    await ready.arrayBuffer();
    if (ready.status === 200) {
      readyS = (performance.now() - started) / 1000;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  clearInterval(sampler);
  child.kill('SIGTERM');
  const { p50Ms, p99Ms } = percentiles(live);
  process.stdout.write(
    `${options.events} events, empty read store: listening after ${listeningS.toFixed(1)} s, ready after ${readyS.toFixed(1)} s; ` +
      `/api/health/live meanwhile p50 ${p50Ms.toFixed(0)} ms, p99 ${p99Ms.toFixed(0)} ms, max ${Math.max(...live).toFixed(0)} ms (${live.length} probes); peak RSS ${peakRss.toFixed(0)} MB\n`,
  );
  await new Promise((resolve) => child.once('exit', resolve));
} finally {
  dir.remove();
}
