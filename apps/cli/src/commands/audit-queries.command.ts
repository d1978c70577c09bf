import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import { once } from 'node:events';
import type { Actor } from '#app/eventsourcing';
import {
  ExportDecisionsHandler,
  ExportDecisionsQuery,
  ExportRolloversHandler,
  ExportRolloversQuery,
  GetPlanAsOfHandler,
  GetPlanAsOfQuery,
  GetProspectAsOfHandler,
  GetProspectAsOfQuery,
  GetTargetTrackingSheetAsOfHandler,
  GetTargetTrackingSheetAsOfQuery,
  type AsOf,
} from '#app/audit';
import { loadConfig } from '#app/platform';
import { AsOfRequest, ExportDecisionsRequest, ExportRolloversRequest, TrackingSheetAsOfRequest, instantOf } from '../../../api/src/audit/audit.requests.js';
import { checkLikeTheApi, likeTheApi, withRuntime } from '../cli-support.js';

const CLI_AUDITOR: Actor = { id: 'cli', name: 'salesflow CLI', roles: ['auditor'], teams: [] };

function asOfFrom(options: { at?: string; revision?: string }): AsOf {
  if ((options.at === undefined) === (options.revision === undefined)) throw new InvalidArgumentError('give exactly one of --at <ISO timestamp> or --revision <n>');
  const checked = checkLikeTheApi(AsOfRequest, options, { at: '--at', revision: '--revision' });
  return checked.revision !== undefined ? { revision: Number(checked.revision) } : { at: checked.at! };
}

function print(result: unknown, json: boolean | undefined): void {
  process.stdout.write(`${json ? JSON.stringify(result) : JSON.stringify(result, null, 2)}\n`);
}

/** `as-of plan|prospect|tracking-sheet <id>`: a state as it stood at a moment or revision (replaying evolve). */
export function asOfCommand(): Command {
  return new Command('as-of')
    .description('time travel: a plan, a prospect or a tracking sheet as it stood at a moment (or a revision)')
    .addArgument(new Argument('<subject>', 'plan | prospect | tracking-sheet').choices(['plan', 'prospect', 'tracking-sheet']))
    .argument('<id>', 'plan id or prospect id')
    .option('--at <timestamp>', 'ISO 8601 timestamp with offset, e.g. 2027-02-14T09:00:00Z', likeTheApi(TrackingSheetAsOfRequest, 'at', '--at'))
    .option('--revision <n>', 'stream revision (plan and prospect only)', likeTheApi(AsOfRequest, 'revision', '--revision'))
    .option('--json', 'one line of JSON (default: indented JSON)')
    .addHelpText('after', '\nExamples:\n  $ salesflow as-of plan 985dc76b-5f58-872c-8052-997a333fbdb5 --at 2027-02-14T09:00:00Z\n  $ salesflow as-of plan 985dc76b-5f58-872c-8052-997a333fbdb5 --revision 3 --json\n  $ salesflow as-of tracking-sheet 985dc76b-5f58-872c-8052-997a333fbdb5 --at 2027-02-14T09:00:00+08:00')
    .action(async (subject: string, id: string, options: { at?: string; revision?: string; json?: boolean }) => {
      const asOf = asOfFrom(options);
      await withRuntime(async ({ eventStore }) => {
        let result: unknown;
        if (subject === 'plan') result = await new GetPlanAsOfHandler(eventStore).execute(new GetPlanAsOfQuery(CLI_AUDITOR, id, asOf));
        else if (subject === 'prospect') result = await new GetProspectAsOfHandler(eventStore).execute(new GetProspectAsOfQuery(CLI_AUDITOR, id, asOf));
        else {
          if (!('at' in asOf)) throw new InvalidArgumentError('the tracking sheet is replayed to a moment: use --at');
          result = await new GetTargetTrackingSheetAsOfHandler(eventStore).execute(new GetTargetTrackingSheetAsOfQuery(CLI_AUDITOR, id, asOf.at));
        }
        print(result, options.json);
      });
    });
}

/** `export decisions|rollovers`: CSV or JSON lines on stdout, streamed page by page. */
export function exportCommand(): Command {
  return new Command('export')
    .description('stream decisions (by time) or roll-overs (by period) as CSV or JSON lines to stdout')
    .addArgument(new Argument('<what>', 'decisions | rollovers').choices(['decisions', 'rollovers']))
    .option('--from <value>', 'decisions: ISO date or timestamp (inclusive); rollovers: period (2027-Q1)')
    .option('--to <value>', 'decisions: ISO date or timestamp (inclusive); rollovers: period')
    .option('--team <team>', 'one team only')
    .addOption(new Option('--format <format>', 'csv or jsonl').choices(['csv', 'jsonl']).default('csv'))
    .addHelpText('after', '\nExamples:\n  $ salesflow export decisions --from 2027-01-01 --to 2027-03-31 > decisions.csv\n  $ salesflow export rollovers --from 2027-Q1 --to 2027-Q4 --format jsonl --team north')
    .action(async (what: string, options: { from?: string; to?: string; team?: string; format: 'csv' | 'jsonl' }) => {
      if (!options.from || !options.to) throw new InvalidArgumentError('--from and --to are required');
      if (what === 'decisions') checkLikeTheApi(ExportDecisionsRequest, { from: options.from, to: options.to, ...(options.team ? { team: options.team } : {}) }, { from: '--from', to: '--to', team: '--team' });
      else checkLikeTheApi(ExportRolloversRequest, { fromPeriod: options.from, toPeriod: options.to, ...(options.team ? { team: options.team } : {}) }, { fromPeriod: '--from', toPeriod: '--to', team: '--team' });
      const config = loadConfig();
      await withRuntime(async (runtime) => {
        const team = options.team ? { team: options.team } : {};
        const file =
          what === 'decisions'
            ? await new ExportDecisionsHandler(runtime.readStore, runtime.projections).execute(
                new ExportDecisionsQuery(CLI_AUDITOR, { from: instantOf(options.from!, false), to: instantOf(options.to!, true), format: options.format, ...team }, { maxDays: config.exportMaxDays }),
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
