import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { commandExecutor, type CommandContext } from '#app/eventsourcing';
import { ExecutePlanCommand, ExecutePlanCommandHandler, planDecider, planIdFor, type RecordActual } from '#app/sales-planning';
import { postActual, salespersonToken, spawnApi, type SpawnedApi } from '../http/spawn.js';
import { compare, eachRound, latencySample, type Sample } from '../support/comparison.js';
import type { BenchConfig } from '../support/config.js';
import { tempDir } from '../support/paths.js';
import type { Results } from '../support/results.js';
import { median } from '../support/stats.js';
import { PRODUCTION, productionStore } from '../support/stores.js';
import { TEAM, periodOf, recordActualBody, salesperson } from '../workloads/plan-commands.js';
import { planEvents } from '../workloads/plan-log.js';

const SECTION = '8 hot plan stream';

interface HotPlan {
  size: number;
  planId: string;
  period: string;
}

/**
 * RecordActual on plans of 10 to 100,000 events, one command after the other: the latency of a
 * command must not grow with its plan. The plans are written in bulk through the production store
 * and folded once (which leaves a snapshot, as normal operation would); every round then opens
 * the store afresh. In-process: the first command after opening (snapshot + the events after it)
 * and the median of the commands after it; over HTTP: the median of sequential requests to one
 * API-only server. Each size is measured against the 10-event plan of the same round.
 */
export async function hotStream(config: BenchConfig, results: Results): Promise<void> {
  const dir = tempDir('hot');
  try {
    const plans = await seed(dir.path, config.hotPlanSizes);
    const commands = config.quick ? 20 : 50;
    const variants = (measure: (plan: HotPlan) => Promise<Sample>) =>
      plans.map((plan) => eachRound(String(plan.size), `a plan of ${plan.size.toLocaleString('en-US')} events`, () => measure(plan)));
    const base = { section: SECTION, unit: 'ms', better: 'lower' as const, rounds: config.rounds, ceiling: String(plans[0]!.size), log: config.log };
    await compare(results, {
      ...base,
      id: 'hot.in-process.first',
      case: `RecordActual in-process (${PRODUCTION}), first command after opening the store`,
      variants: variants(async (plan) => ({ value: (await inProcess(dir.path, plan, 1))[0]! })),
    });
    await compare(results, {
      ...base,
      id: 'hot.in-process',
      case: `RecordActual in-process, ${commands} commands one after the other after the first: median latency`,
      variants: variants(async (plan) => {
        const latencies = await inProcess(dir.path, plan, commands + 1, 1);
        return latencySample(median(latencies), latencies);
      }),
    });
    const server = await Server.start(dir.path);
    try {
      await compare(results, {
        ...base,
        id: 'hot.http',
        case: `RecordActual over HTTP (API only), ${commands} requests one after the other: median latency`,
        variants: variants(async (plan) => {
          const latencies = await server.sequential(plan, commands);
          return latencySample(median(latencies), latencies);
        }),
      });
    } finally {
      await server.stop();
    }
  } finally {
    dir.remove();
  }
}

/** Writes each plan in bulk, then folds it once through the command path so its snapshot exists. */
async function seed(dataDir: string, sizes: readonly number[]): Promise<HotPlan[]> {
  const store = productionStore(dataDir);
  try {
    const plans: HotPlan[] = [];
    for (const [i, size] of sizes.entries()) {
      const n = 1000 + i;
      const { stream, events } = planEvents(n, size - 5);
      for (let at = 0; at < events.length; at += 1000) await store.append(stream, events.slice(at, at + 1000));
      await commandExecutor(store).load(planDecider, stream);
      plans.push({ size, planId: planIdFor(TEAM, periodOf(n)), period: periodOf(n) });
    }
    await nextTurn();
    return plans;
  } finally {
    await store.close();
  }
}

let sequence = 0;

function recordActual(plan: HotPlan): RecordActual {
  const commandId = `hot-${process.pid}-${++sequence}`;
  const context: CommandContext = { actor: salesperson, commandId, correlationId: commandId, now: new Date('2027-01-05T09:00:00.000Z') };
  return { type: 'RecordActual', data: { planId: plan.planId, ...recordActualBody(plan.period, sequence) } as RecordActual['data'], context };
}

/** Latencies (ms) of `count` commands on a store opened for them, leaving out the first `skip`. */
async function inProcess(dataDir: string, plan: HotPlan, count: number, skip = 0): Promise<number[]> {
  const store = productionStore(dataDir);
  const handler = new ExecutePlanCommandHandler(store);
  try {
    const latencies: number[] = [];
    for (let i = 0; i < count; i++) {
      const started = performance.now();
      await handler.execute(new ExecutePlanCommand(recordActual(plan)));
      if (i >= skip) latencies.push(performance.now() - started);
    }
    return latencies;
  } finally {
    await store.close();
  }
}

class Server {
  private sent = 0;

  private constructor(
    private readonly api: SpawnedApi,
    private readonly token: string,
  ) {}

  static async start(dataDir: string): Promise<Server> {
    return new Server(await spawnApi(dataDir, { RUN_PROJECTIONS: 'false' }), await salespersonToken());
  }

  async sequential(plan: HotPlan, count: number): Promise<number[]> {
    const latencies: number[] = [];
    for (let i = 0; i < count; i++) {
      const started = performance.now();
      await postActual(this.api.port, this.token, plan.planId, recordActualBody(plan.period, ++this.sent));
      latencies.push(performance.now() - started);
    }
    return latencies;
  }

  stop(): Promise<void> {
    return this.api.stop();
  }
}
