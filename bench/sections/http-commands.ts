import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { SqliteEventStore } from '#app/event-store';
import { TokenService } from '#app/platform';
import { ExecutePlanCommand, ExecutePlanCommandHandler, planIdFor, type PlanCommand } from '#app/sales-planning';
import type { BenchConfig } from '../support/config.js';
import { runCount } from '../support/measure.js';
import { tempDir } from '../support/paths.js';
import { topFrames, type CpuProfile } from '../support/profile.js';
import type { Results } from '../support/results.js';
import { TEAM, periodOf, planScript, recordActualBody, salesperson } from '../workloads/plan-commands.js';

const SECTION = '3 HTTP commands';
const SECRET = 'bench-secret-that-is-long-enough-for-hs256!';
const SERVER = fileURLToPath(new URL('../http/server.js', import.meta.url));

/** The two ways the API runs: alone beside a projector process, or with the projections in-process (the default). */
const DEPLOYMENTS = [
  { label: 'API only (RUN_PROJECTIONS=false)', env: { RUN_PROJECTIONS: 'false' } },
  { label: 'API + projections in-process (default)', env: { RUN_PROJECTIONS: 'true' } },
] as const;

/**
 * RecordActual requests over loopback against the real server (its own process, default durable
 * store, JWT auth, validation), with autocannon at 1, 16 and 64 connections, for each deployment
 * (with --quick, the default deployment at 64 connections only).
 * The plans are opened and brought to execution beforehand through the command handler on the
 * same file.
 */
export async function httpCommands(config: BenchConfig, results: Results): Promise<void> {
  for (const deployment of DEPLOYMENTS) await measureDeployment(config, results, deployment);
}

async function measureDeployment(config: BenchConfig, results: Results, deployment: (typeof DEPLOYMENTS)[number]): Promise<void> {
  const dir = tempDir('http');
  let server: ChildProcess | undefined;
  try {
    await preparePlans(join(dir.path, 'events.sqlite'), config.httpPlans);
    server = fork(SERVER, [], {
      env: { ...process.env, DATA_DIR: dir.path, AUTH_JWT_SECRET: SECRET, ...deployment.env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const port = await listening(server);
    const tokens = new TokenService(new TextEncoder().encode(SECRET));
    const token = await tokens.sign({ sub: salesperson.id, name: salesperson.name, roles: ['salesperson'], teams: [TEAM] }, '1h');
    const plans = Array.from({ length: config.httpPlans }, (_, n) => ({ id: planIdFor(TEAM, periodOf(n)), period: periodOf(n) }));
    let sent = 0;
    const options = (connections: number, duration: number): autocannon.Options => ({
      url: `http://127.0.0.1:${port}`,
      connections,
      duration,
      pipelining: 1,
      timeout: 30,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => {
            const i = sent++;
            const plan = plans[i % plans.length]!;
            return { ...request, path: `/api/plans/${plan.id}/actuals`, body: JSON.stringify(recordActualBody(plan.period, i)) };
          },
        },
      ],
    });

    const warmup = await autocannon(options(64, config.quick ? 1 : 2));
    if (warmup['2xx'] === 0) throw new Error(`the server answered no request with 2xx during warm-up: ${JSON.stringify(warmup.statusCodeStats)}`);
    const connectionCounts = config.quick && deployment !== DEPLOYMENTS[0] ? [Math.max(...config.callers)] : config.callers;
    for (const connections of connectionCounts) {
      const profile = config.profile.has('http') && connections === Math.max(...config.callers) && deployment === DEPLOYMENTS[0];
      if (profile) await ask(server, { type: 'profile-start' }, 'profiling');
      const r = await autocannon(options(connections, config.httpSeconds));
      if (profile) await reportProfile(server, config, connections);
      const failed = r.non2xx + r.errors + r.timeouts;
      results.add({
        section: SECTION,
        case: `${deployment.label}: RecordActual, ${connections} connection${connections === 1 ? '' : 's'}`,
        value: r['2xx'] / r.duration,
        unit: 'requests/s',
        p50Ms: r.latency.p50,
        p99Ms: r.latency.p99,
        note: failed === 0 ? 'all 2xx' : `${failed} not 2xx: ${JSON.stringify(r.statusCodeStats)}`,
      });
    }
  } finally {
    if (server && server.exitCode === null) {
      server.send({ type: 'stop' });
      await once(server, 'exit');
    }
    dir.remove();
  }
}

/** Opens `plans` plans of the bench team and brings them to execution through the command handler on this file. */
export async function preparePlans(filename: string, plans: number) {
  const store = new SqliteEventStore({ filename });
  const handler = new ExecutePlanCommandHandler(store);
  const scripts: PlanCommand[][] = Array.from({ length: plans }, (_, n) => planScript(n, 0));
  await runCount(64, plans, async () => {
    const script = scripts.pop()!;
    for (const command of script) await handler.execute(new ExecutePlanCommand(command));
  });
  await store.close();
}

/** Resolves the port the forked API server reports once it listens. */
export function listening(server: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`the API server exited with ${code} before listening`)));
    server.on('message', (message: { type: string; port?: number }) => {
      if (message.type === 'listening') resolve(message.port!);
    });
  });
}

/** Sends a message to the forked API server and waits for the answer of type `answer`. */
export function ask<A extends { type: string } = { type: string }>(server: ChildProcess, message: object, answer: string): Promise<A> {
  return new Promise((resolve) => {
    const onMessage = (m: A) => {
      if (m.type !== answer) return;
      server.off('message', onMessage);
      resolve(m);
    };
    server.on('message', onMessage);
    server.send(message);
  });
}

async function reportProfile(server: ChildProcess, config: BenchConfig, connections: number) {
  const file = join(config.outDir, `http-${connections}.cpuprofile`);
  await ask(server, { type: 'profile-stop', file }, 'profiled');
  config.log(`  CPU profile of the API server at ${connections} connections (${file}), top frames by self time:`);
  for (const line of topFrames(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, 15)) config.log(`    ${line}`);
}
