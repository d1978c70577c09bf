import { setTimeout as sleep } from 'node:timers/promises';
import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { ALL_PROJECTIONS, TokenService, loadConfig, resolveJwtSecret, type AppConfig } from '#app/platform';
import type { ProjectionStatus } from '#app/read-store';
import { table, withRuntime } from '../cli-support.js';

function requireKnown(name: string): void {
  const names = ALL_PROJECTIONS.map((p) => p.name);
  if (!names.includes(name)) throw new Error(`unknown projection "${name}" (known: ${names.join(', ')})`);
}

type Progress = (processed: number, total: number, eventsPerSecond: number) => void;

function progressBar(name: string, enabled: boolean): { update: Progress; stop(): void } {
  const bar = new SingleBar({ format: `${name} |{bar}| {percentage}% {value}/{total} events | {rate} events/s | ETA {eta_formatted}`, etaBuffer: 50, hideCursor: true, stream: process.stderr }, Presets.shades_classic);
  let started = false;
  return {
    update(processed, total, eventsPerSecond) {
      if (!enabled) return;
      if (!started) {
        bar.start(Math.max(total, 1), 0, { rate: 0 });
        started = true;
      }
      bar.setTotal(Math.max(total, 1));
      bar.update(processed, { rate: Math.round(eventsPerSecond) });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

/**
 * A rebuild the API runs, as the events its status says are left to apply (`rebuild.lag`): the
 * events applied are how far that fell since the first look, never less than before.
 */
export function remoteRebuildProgress(): (left: number, seconds: number) => [processed: number, total: number, eventsPerSecond: number] {
  let first: number | null = null;
  let applied = 0;
  return (left, seconds) => {
    first ??= left;
    applied = Math.max(applied, first - left);
    return [applied, applied + left, seconds > 0 ? applied / seconds : 0];
  };
}

/** The API this configuration serves: `--api`, SALESFLOW_API_URL, or HOST and PORT. */
function apiUrl(config: AppConfig, option?: string): string {
  const explicit = option ?? process.env.SALESFLOW_API_URL;
  if (explicit) return explicit.replace(/\/$/, '');
  const host = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  return `http://${host}:${config.port}/api`;
}

/** Asks the running API to rebuild (it holds the projection's lease), following its progress until the switch. */
async function rebuildThroughApi(name: string, api: string, config: AppConfig, progress: Progress): Promise<string> {
  const token = await new TokenService(resolveJwtSecret(config).secret, {
    ...(config.jwtIssuer ? { issuer: config.jwtIssuer } : {}),
    ...(config.jwtAudience ? { audience: config.jwtAudience } : {}),
  }).sign({ sub: 'cli', name: 'salesflow CLI', roles: ['auditor'], teams: [] }, '1h');
  const headers = { authorization: `Bearer ${token}` };
  const started = await fetch(`${api}/projections/${encodeURIComponent(name)}/rebuild`, { method: 'POST', headers });
  if (started.status !== 202) {
    const problem = (await started.json().catch(() => ({}))) as { code?: string; detail?: string };
    throw new Error(`the API at ${api} did not start the rebuild: ${started.status} ${problem.code ?? ''} ${problem.detail ?? ''}`.trim());
  }
  const startedAt = performance.now();
  const remote = remoteRebuildProgress();
  for (;;) {
    const res = await fetch(`${api}/projections`, { headers });
    if (!res.ok) throw new Error(`the API at ${api} answered ${res.status} to GET /projections`);
    const status = ((await res.json()) as ProjectionStatus[]).find((s) => s.name === name)!;
    if (!status.rebuilding) return status.activeCollection ?? '';
    if (status.rebuild) progress(...remote(status.rebuild.lag, (performance.now() - startedAt) / 1000));
    await sleep(250);
  }
}

/**
 * `rebuild <projection>`: from position 0 into a fresh collection; the old one serves reads until
 * the switch. Here when no process applies the projection; otherwise (the API holds its lease)
 * through the API's POST /api/projections/{name}/rebuild.
 */
export function rebuildCommand(): Command {
  return new Command('rebuild')
    .description('rebuild a projection from the start of the log without downtime (through the running API when it applies the projection)')
    .argument('<projection>', 'projection name (see `projections`)')
    .option('--no-progress', 'no progress bar')
    .option('--api <url>', 'the running API, when it applies the projection (default: SALESFLOW_API_URL, or http://HOST:PORT/api)')
    .option('--json', 'print the outcome as JSON')
    .addHelpText('after', '\nExamples:\n  $ salesflow rebuild tracking-sheet\n  $ salesflow rebuild decision-log --api http://127.0.0.1:3000/api --no-progress')
    .action(async (name: string, options: { progress: boolean; api?: string; json?: boolean }) => {
      requireKnown(name);
      const config = loadConfig();
      const bar = progressBar(name, options.progress);
      const startedAt = performance.now();
      let where = 'here';
      let collection: string;
      try {
        collection = await withRuntime(async (runtime) => {
          await runtime.projections.rebuild(name, { onProgress: bar.update });
          return runtime.projections.activeCollection(name);
        });
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'PROJECTION.LEASE_HELD') throw error;
        const api = apiUrl(config, options.api);
        process.stderr.write(`${(error as Error).message}\nasking the API at ${api} to rebuild it…\n`);
        where = api;
        collection = await rebuildThroughApi(name, api, config, bar.update);
      } finally {
        bar.stop();
      }
      const seconds = Number(((performance.now() - startedAt) / 1000).toFixed(1));
      if (options.json) process.stdout.write(`${JSON.stringify({ projection: name, collection, seconds, rebuiltBy: where })}\n`);
      else process.stderr.write(`rebuilt ${name} in ${seconds} s${where === 'here' ? '' : ` by the API at ${where}`}; now serving ${collection}\n`);
    });
}

const events = (lag: number, atLeast: boolean) => (atLeast ? `≥ ${lag}` : lag);

/** `projections`: checkpoint, lag (events behind), parked events and rebuild state of each projection. */
export function projectionsCommand(): Command {
  return new Command('projections')
    .description('list projections with checkpoint, lag (events behind the log), parked events and rebuild state')
    .option('--json', 'print the full status as JSON')
    .addHelpText('after', '\nExamples:\n  $ salesflow projections\n  $ salesflow projections --json | jq ".[] | select(.lag > 0)"')
    .action(async (options: { json?: boolean }) => {
      await withRuntime(async (runtime) => {
        const rows = await runtime.projections.status();
        if (options.json) {
          process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
          return;
        }
        process.stdout.write(
          table(
            rows.map((s) => ({
              name: s.name,
              version: s.version,
              collection: s.activeCollection,
              checkpoint: s.checkpoint,
              lag: events(s.lag, s.lagAtLeast),
              parked: s.parked,
              rebuilding: s.rebuild ? `yes (${events(s.rebuild.lag, s.rebuild.lagAtLeast)} events to go)` : 'no',
            })),
          ),
        );
      });
    });
}
