import type { EventStore } from '#app/event-store';
import { ExecutePlanCommand, ExecutePlanCommandHandler, type PlanCommand } from '#app/sales-planning';
import { compare, eachRound } from '../support/comparison.js';
import type { BenchConfig } from '../support/config.js';
import { runCallers, type Throughput } from '../support/measure.js';
import { tempDir } from '../support/paths.js';
import { profiled } from '../support/profile.js';
import type { Results } from '../support/results.js';
import { BARE, PRODUCTION, bareStore, productionStore } from '../support/stores.js';
import { planScript } from '../workloads/plan-commands.js';

const SECTION = '2 in-process commands';
export const ACTUALS_PER_PLAN = 6;

/**
 * Commands through the real Nest command handler and the plan decider, durable commits; each
 * caller walks its own plans through open → submit → approve → plan book → approve → six actuals.
 * The production composition beside the bare adapter.
 */
export async function inProcessCommands(config: BenchConfig, results: Results): Promise<void> {
  const most = Math.max(...config.callers);
  for (const callers of config.callers) {
    await compareCommands(config, results, {
      id: `commands.${callers}`,
      section: SECTION,
      callers,
      against: [{ of: 'production', to: 'bare' }],
      stores: [
        { key: 'bare', name: BARE, open: (dir) => bareStore(dir) },
        { key: 'production', name: PRODUCTION, open: productionStore, profile: config.profile.has('commands') && callers === most },
      ],
    });
  }
}

interface CommandStore {
  key: string;
  name: string;
  open: (dir: string) => EventStore;
  /** CPU-profile the first round. */
  profile?: boolean;
}

/** The command workload as a comparison of stores: a short warm-up, then each store on a fresh file every round. */
export async function compareCommands(
  config: BenchConfig,
  results: Results,
  c: { id: string; section: string; callers: number; against: { of: string; to: string }[]; stores: CommandStore[] },
): Promise<void> {
  await compare(results, {
    id: c.id,
    section: c.section,
    case: `plan commands, ${c.callers} caller${c.callers === 1 ? '' : 's'}`,
    unit: 'commands/s',
    better: 'higher',
    rounds: config.rounds,
    warmup: true,
    against: c.against,
    log: config.log,
    variants: c.stores.map((store) =>
      eachRound(store.key, store.name, (round) => {
        const work = () => commandThroughput(c.callers, round < 0 ? Math.min(0.5, config.seconds) : config.seconds, store.open);
        return store.profile && round === 0 ? profiled(`commands-${c.callers}`, config.outDir, config.log, work, config.profiles) : work();
      }),
    ),
  });
}

/** The command workload for `seconds` at `callers`, on a fresh store. */
export async function commandThroughput(callers: number, seconds: number, open: (dir: string) => EventStore): Promise<Throughput> {
  const dir = tempDir('commands');
  const store = open(dir.path);
  const handler = new ExecutePlanCommandHandler(store);
  const scripts: { commands: PlanCommand[]; next: number }[] = [];
  let plans = 0;
  try {
    return await runCallers(callers, seconds, async (caller) => {
      let script = scripts[caller];
      if (!script || script.next === script.commands.length) script = scripts[caller] = { commands: planScript(plans++, ACTUALS_PER_PLAN), next: 0 };
      await handler.execute(new ExecutePlanCommand(script.commands[script.next++]!));
    });
  } finally {
    await store.close();
    dir.remove();
  }
}
