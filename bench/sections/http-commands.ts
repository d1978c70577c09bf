import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { TokenService } from '#app/platform';
import { ExecutePlanCommand, ExecutePlanCommandHandler, planIdFor, type PlanCommand } from '#app/sales-planning';
import { compare, eachRound, type Sample } from '../support/comparison.js';
import type { BenchConfig } from '../support/config.js';
import { runCount } from '../support/measure.js';
import { tempDir } from '../support/paths.js';
import { summarize, topFrames, type CpuProfile } from '../support/profile.js';
import type { Results } from '../support/results.js';
import { productionStore } from '../support/stores.js';
import { TEAM, periodOf, planScript, recordActualBody, salesperson } from '../workloads/plan-commands.js';

const SECTION = '3 HTTP commands';
const SECRET = 'bench-secret-that-is-long-enough-for-hs256!';
const SERVER = fileURLToPath(new URL('../http/server.js', import.meta.url));

/** The two ways the API runs: alone beside a projector process, or with the projections in-process (the default). */
const DEPLOYMENTS = [
  { key: 'api-only', name: 'API only (RUN_PROJECTIONS=false)', env: { RUN_PROJECTIONS: 'false' } },
  { key: 'default', name: 'API + projections in-process (default)', env: { RUN_PROJECTIONS: 'true' } },
] as const;

/** What the requests of a measurement go to. */
type Target = 'actuals' | 'one-plan' | 'ceiling';

/**
 * RecordActual requests over loopback against the real server (its own process, as `npm start`
 * builds it: production stores, JWT auth, validation), with autocannon. One server per deployment,
 * started once and warmed up; the rounds alternate between them, and after every measurement each
 * server is left to finish its background work (projections) before the next one starts. Beside
 * them, the framework's ceiling: a route of the API-only server with RecordActual's path, auth and
 * validation but no command. Then 64 writers on one plan against 64 on distinct plans.
 */
export async function httpCommands(config: BenchConfig, results: Results): Promise<void> {
  const servers: Server[] = [];
  try {
    for (const deployment of DEPLOYMENTS) servers.push(await Server.start(config, deployment));
    const apiOnly = servers[0]!;
    const most = Math.max(...config.httpConnections);
    const settle = async () => {
      for (const s of servers) await s.settle();
    };
    for (const connections of config.httpConnections) {
      await compare(results, {
        id: `http.${connections}`,
        section: SECTION,
        case: `RecordActual, ${connections} connection${connections === 1 ? '' : 's'}`,
        unit: 'requests/s',
        better: 'higher',
        rounds: config.rounds,
        ceiling: 'ceiling',
        against: [{ of: 'default', to: 'api-only' }],
        settle,
        log: config.log,
        variants: [
          eachRound('ceiling', 'ceiling: a route with the same path, auth and validation, no command (API-only server)', () => apiOnly.load(connections, 'ceiling', false)),
          ...servers.map((s) =>
            eachRound(s.key, s.name, (round) => s.load(connections, 'actuals', config.profile.has('http') && connections === most && round === 0)),
          ),
        ],
      });
    }
    await compare(results, {
      id: 'http.one-plan',
      section: SECTION,
      case: `RecordActual, ${most} connections on one plan (no If-Match)`,
      unit: 'requests/s',
      better: 'higher',
      rounds: config.rounds,
      against: [{ of: 'one', to: 'distinct' }],
      settle,
      log: config.log,
      variants: [
        eachRound('distinct', `${DEPLOYMENTS[0].name}: every request to another of ${config.httpPlans} plans`, () => apiOnly.load(most, 'actuals', false)),
        eachRound('one', `${DEPLOYMENTS[0].name}: every request to the same plan`, () => apiOnly.load(most, 'one-plan', false)),
      ],
    });
  } finally {
    for (const s of servers) await s.stop();
  }
}

class Server {
  private sent = 0;

  private constructor(
    readonly key: string,
    readonly name: string,
    private readonly config: BenchConfig,
    private readonly child: ChildProcess,
    private readonly port: number,
    private readonly token: string,
    private readonly plans: { id: string; period: string }[],
    private readonly removeDir: () => void,
  ) {}

  static async start(config: BenchConfig, deployment: (typeof DEPLOYMENTS)[number]): Promise<Server> {
    const dir = tempDir(`http-${deployment.key}`);
    await preparePlans(dir.path, config.httpPlans);
    const child = fork(SERVER, [], {
      env: { ...process.env, DATA_DIR: dir.path, AUTH_JWT_SECRET: SECRET, ...deployment.env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const port = await listening(child);
    const tokens = new TokenService(new TextEncoder().encode(SECRET));
    const token = await tokens.sign({ sub: salesperson.id, name: salesperson.name, roles: ['salesperson'], teams: [TEAM] }, '4h');
    const plans = Array.from({ length: config.httpPlans }, (_, n) => ({ id: planIdFor(TEAM, periodOf(n)), period: periodOf(n) }));
    const server = new Server(deployment.key, deployment.name, config, child, port, token, plans, dir.remove);
    const warmup = await server.run(64, config.quick ? 1 : 2);
    if (warmup['2xx'] === 0) throw new Error(`${deployment.name} answered no request with 2xx during warm-up: ${JSON.stringify(warmup.statusCodeStats)}`);
    await server.settle();
    return server;
  }

  async load(connections: number, target: Target, profile: boolean): Promise<Sample> {
    if (profile) await this.ask({ type: 'profile-start' }, 'profiling');
    const r = await this.run(connections, this.config.httpSeconds, target);
    if (profile) await this.reportProfile(connections);
    const failed = r.non2xx + r.errors + r.timeouts;
    return {
      value: r['2xx'] / r.duration,
      p50Ms: r.latency.p50,
      p99Ms: r.latency.p99,
      ...(failed === 0 ? {} : { note: `${failed} not 2xx: ${JSON.stringify(r.statusCodeStats)}` }),
    };
  }

  async settle(): Promise<void> {
    await this.ask({ type: 'settle' }, 'settled');
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) {
      this.child.send({ type: 'stop' });
      await once(this.child, 'exit');
    }
    this.removeDir();
  }

  private run(connections: number, duration: number, target: Target = 'actuals'): Promise<autocannon.Result> {
    return autocannon({
      url: `http://127.0.0.1:${this.port}`,
      connections,
      duration,
      pipelining: 1,
      timeout: 30,
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => {
            const i = this.sent++;
            const plan = target === 'one-plan' ? this.plans[0]! : this.plans[i % this.plans.length]!;
            const path = target === 'ceiling' ? `/api/bench/ceiling/${plan.id}` : `/api/plans/${plan.id}/actuals`;
            return { ...request, path, body: JSON.stringify(recordActualBody(plan.period, i)) };
          },
        },
      ],
    });
  }

  private ask(message: object, answer: string): Promise<void> {
    return new Promise((resolve) => {
      const onMessage = (m: { type: string }) => {
        if (m.type !== answer) return;
        this.child.off('message', onMessage);
        resolve();
      };
      this.child.on('message', onMessage);
      this.child.send(message);
    });
  }

  private async reportProfile(connections: number) {
    const name = `http-${connections}-${this.key}`;
    const file = join(this.config.outDir, `${name}.cpuprofile`);
    await this.ask({ type: 'profile-stop', file }, 'profiled');
    this.config.log(`  CPU profile of the ${this.name} server at ${connections} connections (${file}), top frames by self time:`);
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    for (const line of topFrames(profile, 15)) this.config.log(`    ${line}`);
    this.config.profiles[name] = summarize(profile);
  }
}

/** Opens the plans and brings them to execution through the command handler, on the store the server will open. */
async function preparePlans(dataDir: string, plans: number) {
  const store = productionStore(dataDir);
  const handler = new ExecutePlanCommandHandler(store);
  const scripts: PlanCommand[][] = Array.from({ length: plans }, (_, n) => planScript(n, 0));
  await runCount(64, plans, async () => {
    const script = scripts.pop()!;
    for (const command of script) await handler.execute(new ExecutePlanCommand(command));
  });
  await store.close();
}

function listening(server: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`the API server exited with ${code} before listening`)));
    server.on('message', (message: { type: string; port?: number }) => {
      if (message.type === 'listening') resolve(message.port!);
    });
  });
}
