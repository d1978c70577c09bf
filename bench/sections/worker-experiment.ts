import { join } from 'node:path';
import { WorkerWriterStore } from '../experiments/worker-writer-store.js';
import { compare, eachRound } from '../support/comparison.js';
import type { BenchConfig } from '../support/config.js';
import type { Results } from '../support/results.js';
import { bareStore } from '../support/stores.js';
import { commandThroughput } from './in-process-commands.js';

const SECTION = '7 experiment: commit in a worker thread';

/**
 * Is group commit off the main thread worth it on this machine? Section 2's command workload on
 * the adapter as shipped (same-turn batching, commit on the main thread) against a writer thread
 * running the same appender (unbounded batches, and batches of at most 32 so two groups of callers
 * overlap), in interleaved rounds after a warm-up.
 */
export async function workerExperiment(config: BenchConfig, results: Results): Promise<void> {
  for (const callers of config.callers) {
    const run = (open: (dir: string) => WorkerWriterStore | ReturnType<typeof bareStore>) => (round: number) =>
      commandThroughput(callers, round < 0 ? Math.min(0.5, config.seconds) : config.seconds, open);
    await compare(results, {
      id: `worker.${callers}`,
      section: SECTION,
      case: `plan commands, ${callers} caller${callers === 1 ? '' : 's'}`,
      unit: 'commands/s',
      better: 'higher',
      rounds: config.rounds,
      warmup: true,
      against: [
        { of: 'worker-unbounded', to: 'shipped' },
        { of: 'worker-32', to: 'shipped' },
      ],
      log: config.log,
      variants: [
        eachRound('shipped', 'main-thread commit (bare SqliteEventStore as shipped)', run((dir) => bareStore(dir))),
        eachRound('worker-unbounded', 'worker-thread commit, unbounded batches', run((dir) => new WorkerWriterStore(join(dir, 'events.sqlite')))),
        eachRound('worker-32', 'worker-thread commit, batches ≤ 32', run((dir) => new WorkerWriterStore(join(dir, 'events.sqlite'), 32))),
      ],
    });
  }
}
