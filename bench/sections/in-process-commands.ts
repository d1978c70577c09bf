import { EventStore, SqliteEventStore } from '#app/event-store';
import { ExecutePlanCommand, ExecutePlanCommandHandler, type PlanCommand } from '#app/sales-planning';
import type { BenchConfig } from '../support/config.js';
import { runCallers } from '../support/measure.js';
import { tempDir } from '../support/paths.js';
import { profiled } from '../support/profile.js';
import type { Results } from '../support/results.js';
import { planScript } from '../workloads/plan-commands.js';

const SECTION = '2 in-process commands';
export const ACTUALS_PER_PLAN = 6;

const defaultStore = (filename: string) => new SqliteEventStore({ filename, synchronous: 'FULL' });

/**
 * Commands through the real Nest command handler and the plan decider on the embedded store with
 * durable commits; each caller walks plans through open → submit → approve → plan book → approve
 * → six actuals, every caller on its own plans.
 */
export async function inProcessCommands(config: BenchConfig, results: Results): Promise<void> {
  await measure(1, 0.5);
  for (const callers of config.callers) {
    const run = () => measure(callers, config.seconds);
    const t = config.profile.has('commands') && callers === Math.max(...config.callers)
      ? await profiled(`commands-${callers}`, config.outDir, config.log, run)
      : await run();
    results.add({
      section: SECTION,
      case: `plan commands, ${callers} caller${callers === 1 ? '' : 's'}`,
      value: t.perSecond,
      unit: 'commands/s',
      p50Ms: t.p50Ms,
      p99Ms: t.p99Ms,
      note: 'synchronous=FULL',
    });
  }
}

export async function measure(callers: number, seconds: number, makeStore: (filename: string) => EventStore = defaultStore) {
  const dir = tempDir('commands');
  const store = makeStore(`${dir.path}/events.sqlite`);
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
