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
    const run = (key: string, open: (dir: string) => EventStore) => async (round: number) => {
      const work = () => commandThroughput(callers, round < 0 ? Math.min(0.5, config.seconds) : config.seconds, open);
      return config.profile.has('commands') && callers === most && key === 'production' && round === 0
        ? profiled(`commands-${callers}`, config.outDir, config.log, work)
        : work();
    };
    await compare(results, {
      id: `commands.${callers}`,
      section: SECTION,
      case: `plan commands, ${callers} caller${callers === 1 ? '' : 's'}`,
      unit: 'commands/s',
      better: 'higher',
      rounds: config.rounds,
      warmup: true,
      against: [{ of: 'production', to: 'bare' }],
      log: config.log,
      variants: [eachRound('bare', BARE, run('bare', (dir) => bareStore(dir))), eachRound('production', PRODUCTION, run('production', productionStore))],
    });
  }
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
