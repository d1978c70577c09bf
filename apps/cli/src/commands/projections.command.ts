import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { ALL_PROJECTIONS, Runtime, connectStores, loadConfig } from '#app/platform';

async function withRuntime<T>(work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const runtime = Runtime.fromConfig(config);
  try {
    await connectStores(runtime, config, { log: (m) => process.stderr.write(`${m}\n`), warn: (m) => process.stderr.write(`${m}\n`), error: (m) => process.stderr.write(`${m}\n`) });
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

function requireKnown(name: string): void {
  const names = ALL_PROJECTIONS.map((p) => p.name);
  if (!names.includes(name)) throw new Error(`unknown projection "${name}" (known: ${names.join(', ')})`);
}

/** `rebuild <projection>`: from position 0 into a fresh collection; the old one serves reads until the switch. */
export function rebuildCommand(): Command {
  return new Command('rebuild')
    .description('rebuild a projection from the start of the log without downtime')
    .argument('<projection>', 'projection name (see `projections`)')
    .option('--no-progress', 'no progress bar')
    .action(async (name: string, options: { progress: boolean }) => {
      requireKnown(name);
      await withRuntime(async (runtime) => {
        const bar = new SingleBar(
          { format: `${name} |{bar}| {percentage}% {value}/{total} positions | {rate} events/s | ETA {eta_formatted}`, etaBuffer: 50, hideCursor: true },
          Presets.shades_classic,
        );
        let started = false;
        const startedAt = performance.now();
        await runtime.projections.rebuild(name, {
          onProgress: (processed, total, eventsPerSecond) => {
            if (!options.progress) return;
            if (!started) {
              bar.start(Math.max(total, 1), 0, { rate: 0 });
              started = true;
            }
            bar.setTotal(Math.max(total, 1));
            bar.update(processed, { rate: Math.round(eventsPerSecond) });
          },
        });
        if (started) bar.stop();
        process.stdout.write(`rebuilt ${name} in ${((performance.now() - startedAt) / 1000).toFixed(1)} s; now serving ${await runtime.projections.activeCollection(name)}\n`);
      });
    });
}

/** `projections`: checkpoint, lag, parked events and rebuild state of each projection. */
export function projectionsCommand(): Command {
  return new Command('projections').description('list projections with checkpoint, lag and parked events').action(async () => {
    await withRuntime(async (runtime) => {
      const rows = await runtime.projections.status();
      console.table(rows.map((s) => ({ name: s.name, version: s.version, collection: s.activeCollection, checkpoint: s.checkpoint, lag: s.lag, parked: s.parked, rebuilding: s.rebuilding })));
    });
  });
}
