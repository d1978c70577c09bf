import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import { once } from 'node:events';
import type { Actor } from '#app/eventsourcing';
import { ExportDecisionsHandler, ExportDecisionsQuery, ExportRolloversHandler, ExportRolloversQuery, GetPlanAsOfHandler, GetPlanAsOfQuery, GetProspectAsOfHandler, GetProspectAsOfQuery, GetTargetTrackingSheetAsOfHandler, GetTargetTrackingSheetAsOfQuery, type AsOf } from '#app/audit';
import { Runtime, connectStores, loadConfig } from '#app/platform';

const CLI_AUDITOR: Actor = { id: 'cli', name: 'salesflow CLI', roles: ['auditor'], teams: [] };
const stderr = { log: (m: string) => void process.stderr.write(`${m}\n`), warn: (m: string) => void process.stderr.write(`${m}\n`), error: (m: string) => void process.stderr.write(`${m}\n`) };

async function withRuntime<T>(work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const runtime = Runtime.fromConfig(config);
  try {
    await connectStores(runtime, config, stderr);
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

function asOfFrom(options: { at?: string; revision?: string }): AsOf {
  if ((options.at === undefined) === (options.revision === undefined)) throw new InvalidArgumentError('give exactly one of --at <ISO timestamp> or --revision <n>');
  if (options.revision !== undefined) {
    if (!/^\d{1,15}$/.test(options.revision)) throw new InvalidArgumentError('--revision must be a non-negative integer');
    return { revision: Number(options.revision) };
  }
  return { at: options.at! };
}

/** `as-of plan|prospect|tracking-sheet <id>`: a state as it stood at a moment or revision (replaying evolve). */
export function asOfCommand(): Command {
  return new Command('as-of')
    .description('time travel: a plan, a prospect or a tracking sheet as it stood at a moment (or a revision)')
    .addArgument(new Argument('<subject>', 'plan | prospect | tracking-sheet').choices(['plan', 'prospect', 'tracking-sheet']))
    .argument('<id>', 'plan id or prospect id')
    .option('--at <timestamp>', 'ISO 8601 timestamp with offset, e.g. 2027-02-14T09:00:00Z')
    .option('--revision <n>', 'stream revision (plan and prospect only)')
    .action(async (subject: string, id: string, options: { at?: string; revision?: string }) => {
      const asOf = asOfFrom(options);
      await withRuntime(async ({ eventStore }) => {
        let result: unknown;
        if (subject === 'plan') result = await new GetPlanAsOfHandler(eventStore).execute(new GetPlanAsOfQuery(CLI_AUDITOR, id, asOf));
        else if (subject === 'prospect') result = await new GetProspectAsOfHandler(eventStore).execute(new GetProspectAsOfQuery(CLI_AUDITOR, id, asOf));
        else {
          if (!('at' in asOf)) throw new InvalidArgumentError('the tracking sheet is replayed to a moment: use --at');
          result = await new GetTargetTrackingSheetAsOfHandler(eventStore).execute(new GetTargetTrackingSheetAsOfQuery(CLI_AUDITOR, id, asOf.at));
        }
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      });
    });
}

/** `export decisions|rollovers`: CSV or JSON lines on stdout, streamed page by page. */
export function exportCommand(): Command {
  return new Command('export')
    .description('stream decisions (by time) or roll-overs (by period) as CSV or JSON lines to stdout')
    .addArgument(new Argument('<what>', 'decisions | rollovers').choices(['decisions', 'rollovers']))
    .option('--from <value>', 'decisions: ISO timestamp; rollovers: period (2027-Q1)')
    .option('--to <value>', 'decisions: ISO timestamp; rollovers: period')
    .option('--team <team>', 'one team only')
    .addOption(new Option('--format <format>', 'csv or jsonl').choices(['csv', 'jsonl']).default('csv'))
    .action(async (what: string, options: { from?: string; to?: string; team?: string; format: 'csv' | 'jsonl' }) => {
      if (!options.from || !options.to) throw new InvalidArgumentError('--from and --to are required');
      const config = loadConfig();
      await withRuntime(async (runtime) => {
        const team = options.team ? { team: options.team } : {};
        const file =
          what === 'decisions'
            ? await new ExportDecisionsHandler(runtime.readStore, runtime.projections).execute(
                new ExportDecisionsQuery(CLI_AUDITOR, { from: new Date(options.from!).toISOString(), to: new Date(options.to!).toISOString(), format: options.format, ...team }, { maxDays: config.exportMaxDays }),
              )
            : await new ExportRolloversHandler(runtime.readStore, runtime.projections).execute(
                new ExportRolloversQuery(CLI_AUDITOR, { fromPeriod: options.from!, toPeriod: options.to!, format: options.format, ...team }, { maxPeriods: config.exportMaxPeriods }),
              );
        for await (const chunk of file.body) {
          if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
        }
      });
    });
}
