import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { TokenService } from '#app/platform';
import { planIdFor } from '#app/sales-planning';
import { ask, listening, preparePlans } from '../sections/http-commands.js';
import { percentiles } from '../support/stats.js';
import { tempDir } from '../support/paths.js';
import { topFrames, type CpuProfile } from '../support/profile.js';
import { TEAM, periodOf, recordActualBody, salesperson } from '../workloads/plan-commands.js';

const SECRET = 'soak-secret-that-is-long-enough-for-hs256!!';
const SERVER = fileURLToPath(new URL('../http/server.js', import.meta.url));
const MB = 1024 * 1024;

export interface SoakOptions {
  seconds: number;
  /** Length of one reported window. */
  windowSeconds: number;
  /** Concurrent clients, each sending its next request when the previous one is answered. */
  clients: number;
  /** Plans brought to execution beforehand; the actuals go to them in turn. */
  plans: number;
  /** Environment of the server beside DATA_DIR and the secret (e.g. RUN_PROJECTIONS). */
  serverEnv?: Record<string, string>;
  /** When set, heap snapshots of the server after the first window and at the end go here. */
  heapSnapshotDir?: string;
  /** When set, CPU profiles of the server during the first and the last window go here. */
  cpuProfileDir?: string;
  log: (line: string) => void;
}

export interface SoakWindow {
  index: number;
  fromSecond: number;
  requests: number;
  failed: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** The server's resident set at the end of the window. */
  rssMb: number;
  /** The server's heap after a full collection at the end of the window. */
  heapMb: number;
  /** CPU time the server spent in the window per answered request (user + system). */
  cpuMsPerRequest: number;
}

export interface SoakReport {
  options: Omit<SoakOptions, 'log'>;
  windows: SoakWindow[];
  /** Throughput of the last window over the first. */
  lastToFirst: number;
  /**
   * The server's CPU time per request in the last window over the first: unlike throughput, other
   * processes on the machine hardly move it, while work that grows with the data raises it.
   */
  cpuPerRequestLastToFirst: number;
  /** Least-squares slopes over the windows after the first (warm-up), per minute. */
  perSecondSlopePerMinute: number;
  rssSlopeMbPerMinute: number;
  heapSlopeMbPerMinute: number;
  /** Standard deviation of the heap samples around their fitted line (MB). */
  heapNoiseMb: number;
  /** Projected heap growth over the fitted windows (MB): slope × their span. */
  heapGrowthMb: number;
  statusCodes: Record<string, number>;
}

interface Memory {
  type: 'memory';
  rss: number;
  heapUsed: number;
  cpuMicros: number;
}

/**
 * Drives the API (its own process, as `npm start` runs it, default durable store, projections
 * in-process), once its projections have caught up with the prepared plans, with `clients`
 * closed-loop clients for `seconds`: three RecordActual commands with an
 * Idempotency-Key, then a tracking-sheet read, over and over, on plans in turn. Reports throughput,
 * latency and the server's memory (heap after a full GC) per window, and their slopes.
 */
export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const dir = tempDir('soak');
  let server: ChildProcess | undefined;
  try {
    options.log(`soak: preparing ${options.plans} plans`);
    await preparePlans(dir.path, options.plans);
    server = fork(SERVER, [], {
      env: { ...process.env, DATA_DIR: dir.path, AUTH_JWT_SECRET: SECRET, ...options.serverEnv },
      execArgv: ['--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const port = await listening(server);
    await ask(server, { type: 'settle' }, 'settled');
    const tokens = new TokenService(new TextEncoder().encode(SECRET));
    const token = await tokens.sign({ sub: salesperson.id, name: salesperson.name, roles: ['salesperson'], teams: [TEAM] }, '2h');
    const plans = Array.from({ length: options.plans }, (_, n) => ({ id: planIdFor(TEAM, periodOf(n)), period: periodOf(n) }));
    let sent = 0;
    const actual = (): autocannon.Request => ({
      method: 'POST',
      setupRequest: (request) => {
        const i = sent++;
        const plan = plans[i % plans.length]!;
        return {
          ...request,
          path: `/api/plans/${plan.id}/actuals`,
          headers: { ...request.headers, 'idempotency-key': `soak-${i}` },
          body: JSON.stringify(recordActualBody(plan.period, i)),
        };
      },
    });
    const read: autocannon.Request = {
      method: 'GET',
      setupRequest: (request) => ({ ...request, path: `/api/plans/${plans[sent % plans.length]!.id}/tracking-sheet` }),
    };

    const windowMs = options.windowSeconds * 1000;
    const buckets: { latencies: number[]; failed: number }[] = [];
    const statusCodes: Record<string, number> = {};
    const memory: Memory[] = [];
    const before = await ask<Memory>(server, { type: 'memory' }, 'memory');
    const started = performance.now();
    const bucket = () => (buckets[Math.floor((performance.now() - started) / windowMs)] ??= { latencies: [], failed: 0 });
    const windows = Math.max(1, Math.round(options.seconds / options.windowSeconds));
    const profiled = (w: number) => options.cpuProfileDir !== undefined && (w === 1 || w === windows);
    const sampler = (async () => {
      if (profiled(1)) await ask(server!, { type: 'profile-start' }, 'profiling');
      for (let w = 1; w <= windows; w++) {
        await new Promise((resolve) => setTimeout(resolve, started + w * windowMs - performance.now()));
        if (profiled(w)) {
          const file = join(options.cpuProfileDir!, `soak-${w}.cpuprofile`);
          await ask(server!, { type: 'profile-stop', file }, 'profiled');
          options.log(`soak: CPU profile of window ${w} (${file}), top frames by self time:`);
          for (const line of topFrames(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, 20)) options.log(`    ${line}`);
        }
        if (w + 1 === windows && profiled(windows)) await ask(server!, { type: 'profile-start' }, 'profiling');
        const m = await ask<Memory>(server!, { type: 'memory' }, 'memory');
        memory.push(m);
        const b = buckets[w - 1];
        options.log(
          `soak: window ${w}/${windows}: ${((b?.latencies.length ?? 0) / options.windowSeconds).toFixed(0)} req/s, ` +
            `p50 ${percentiles(b?.latencies ?? []).p50Ms.toFixed(1)} ms, rss ${(m.rss / MB).toFixed(0)} MB, heap ${(m.heapUsed / MB).toFixed(1)} MB`,
        );
        if (options.heapSnapshotDir && (w === 1 || w === windows)) {
          await ask(server!, { type: 'heap-snapshot', file: join(options.heapSnapshotDir, `soak-${w}.heapsnapshot`) }, 'heap-snapshot');
        }
      }
    })();
    const instance = autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: options.clients,
      duration: windows * options.windowSeconds,
      pipelining: 1,
      timeout: 30,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      requests: [actual(), actual(), actual(), read],
    });
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      const b = bucket();
      statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
      if (statusCode >= 200 && statusCode < 300) b.latencies.push(responseTime);
      else b.failed++;
    });
    instance.on('reqError', () => bucket().failed++);
    await instance;
    await sampler;

    const rows: SoakWindow[] = memory.map((m, index) => {
      const b = buckets[index] ?? { latencies: [], failed: 0 };
      const cpuMs = (m.cpuMicros - (index === 0 ? before : memory[index - 1]!).cpuMicros) / 1000;
      return {
        index: index + 1,
        fromSecond: index * options.windowSeconds,
        requests: b.latencies.length,
        failed: b.failed,
        perSecond: b.latencies.length / options.windowSeconds,
        ...percentiles(b.latencies),
        rssMb: m.rss / MB,
        heapMb: m.heapUsed / MB,
        cpuMsPerRequest: b.latencies.length > 0 ? cpuMs / b.latencies.length : 0,
      };
    });
    const { log: _log, heapSnapshotDir: _h, cpuProfileDir: _c, ...reported } = options;
    return summarise(reported, rows, statusCodes);
  } finally {
    if (server && server.exitCode === null) {
      server.send({ type: 'stop' });
      await once(server, 'exit');
    }
    dir.remove();
  }
}

export function summarise(options: SoakReport['options'], windows: SoakWindow[], statusCodes: Record<string, number>): SoakReport {
  const fitted = windows.length > 2 ? windows.slice(1) : windows;
  const minutes = fitted.map((w) => (w.fromSecond + options.windowSeconds) / 60);
  const heap = fit(minutes, fitted.map((w) => w.heapMb));
  const span = minutes.length > 1 ? minutes.at(-1)! - minutes[0]! : 0;
  return {
    options,
    windows,
    lastToFirst: windows.length > 0 && windows[0]!.perSecond > 0 ? windows.at(-1)!.perSecond / windows[0]!.perSecond : 0,
    cpuPerRequestLastToFirst:
      windows.length > 0 && windows[0]!.cpuMsPerRequest > 0 ? windows.at(-1)!.cpuMsPerRequest / windows[0]!.cpuMsPerRequest : Number.POSITIVE_INFINITY,
    perSecondSlopePerMinute: fit(minutes, fitted.map((w) => w.perSecond)).slope,
    rssSlopeMbPerMinute: fit(minutes, fitted.map((w) => w.rssMb)).slope,
    heapSlopeMbPerMinute: heap.slope,
    heapNoiseMb: heap.residualSd,
    heapGrowthMb: heap.slope * span,
    statusCodes,
  };
}

/** Least squares line through the points; the residuals' standard deviation. */
export function fit(xs: readonly number[], ys: readonly number[]): { slope: number; residualSd: number } {
  const n = xs.length;
  if (n < 2) return { slope: 0, residualSd: 0 };
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const residuals = xs.map((x, i) => ys[i]! - (my + slope * (x - mx)));
  return { slope, residualSd: Math.sqrt(residuals.reduce((a, r) => a + r * r, 0) / n) };
}

export function describeSoak(report: SoakReport): string {
  const lines = report.windows.map(
    (w) =>
      `${String(w.fromSecond).padStart(6)} s  ${w.perSecond.toFixed(0).padStart(6)} req/s  p50 ${w.p50Ms.toFixed(1).padStart(7)} ms  p99 ${w.p99Ms.toFixed(1).padStart(7)} ms  ` +
      `cpu ${w.cpuMsPerRequest.toFixed(2).padStart(6)} ms/req  rss ${w.rssMb.toFixed(0).padStart(5)} MB  heap ${w.heapMb.toFixed(1).padStart(6)} MB${w.failed > 0 ? `  ${w.failed} failed` : ''}`,
  );
  lines.push(
    `last/first window throughput ${(report.lastToFirst * 100).toFixed(0)} %, CPU per request ${(report.cpuPerRequestLastToFirst * 100).toFixed(0)} %; slopes per minute: ${report.perSecondSlopePerMinute.toFixed(1)} req/s, ` +
      `rss ${report.rssSlopeMbPerMinute.toFixed(2)} MB, heap ${report.heapSlopeMbPerMinute.toFixed(2)} MB (noise ±${report.heapNoiseMb.toFixed(2)} MB, growth ${report.heapGrowthMb.toFixed(1)} MB)`,
  );
  lines.push(`status codes: ${JSON.stringify(report.statusCodes)}`);
  return lines.join('\n');
}

export interface SoakLimits {
  /** Least acceptable throughput of the last window relative to the first. */
  minLastToFirst: number;
  /** Most CPU time per request the last window may take relative to the first. */
  maxCpuPerRequestGrowth: number;
  /** Heap growth over the fitted windows that always counts as noise (MB). */
  heapGrowthFloorMb: number;
  /** Heap growth beyond this many standard deviations of the noise is a slope. */
  noiseFactor: number;
}

/** What makes the run not flat, in words; empty when it is. */
export function soakProblems(report: SoakReport, limits: SoakLimits): string[] {
  const problems: string[] = [];
  if (report.lastToFirst < limits.minLastToFirst) {
    problems.push(`throughput fell to ${(report.lastToFirst * 100).toFixed(0)} % of the first window (at least ${(limits.minLastToFirst * 100).toFixed(0)} % expected)`);
  }
  if (report.cpuPerRequestLastToFirst > limits.maxCpuPerRequestGrowth) {
    problems.push(
      `CPU time per request rose to ${(report.cpuPerRequestLastToFirst * 100).toFixed(0)} % of the first window (at most ${(limits.maxCpuPerRequestGrowth * 100).toFixed(0)} % expected)`,
    );
  }
  const allowed = Math.max(limits.heapGrowthFloorMb, limits.noiseFactor * report.heapNoiseMb);
  if (report.heapGrowthMb > allowed) {
    problems.push(`the heap grew ${report.heapGrowthMb.toFixed(1)} MB after warm-up (${report.heapSlopeMbPerMinute.toFixed(2)} MB/min; noise allows ${allowed.toFixed(1)} MB)`);
  }
  return problems;
}
