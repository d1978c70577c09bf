import { join } from 'node:path';
import { WorkerWriterStore } from '../experiments/worker-writer-store.js';
import type { BenchConfig } from '../support/config.js';
import type { Results } from '../support/results.js';
import { bareStore } from '../support/stores.js';
import { compareCommands } from './in-process-commands.js';

const SECTION = '7 experiment: commit in a worker thread';

/**
 * Is group commit off the main thread worth it on this machine? Section 2's command workload on
 * the adapter as shipped (same-turn batching, commit on the main thread) against a writer thread
 * running the same appender (unbounded batches, and batches of at most 32 so two groups of callers
 * overlap), in interleaved rounds after a warm-up.
 */
export async function workerExperiment(config: BenchConfig, results: Results): Promise<void> {
  for (const callers of config.callers) {
    await compareCommands(config, results, {
      id: `worker.${callers}`,
      section: SECTION,
      callers,
      against: [
        { of: 'worker-unbounded', to: 'shipped' },
        { of: 'worker-32', to: 'shipped' },
      ],
      stores: [
        { key: 'shipped', name: 'main-thread commit (bare SqliteEventStore as shipped)', open: (dir) => bareStore(dir) },
        { key: 'worker-unbounded', name: 'worker-thread commit, unbounded batches', open: (dir) => new WorkerWriterStore(join(dir, 'events.sqlite')) },
        { key: 'worker-32', name: 'worker-thread commit, batches ≤ 32', open: (dir) => new WorkerWriterStore(join(dir, 'events.sqlite'), 32) },
      ],
    });
  }
}
