import { SqliteEventStore } from '#app/event-store';
import { WorkerWriterStore } from '../experiments/worker-writer-store.js';
import type { BenchConfig } from '../support/config.js';
import { median } from '../support/measure.js';
import type { Results } from '../support/results.js';
import { measure } from './in-process-commands.js';

const SECTION = '8 experiment: commit in a worker thread';

/**
 * Is group commit off the main thread worth it on this machine? The in-process command workload
 * at 1, 16 and 64 callers (64 only with --quick), rounds alternating between the store as shipped (same-turn batching, commit on
 * the main thread) and a writer thread running the same appender (unbounded batches, and batches
 * of at most 32 so two groups of callers overlap), each warmed up, in rotating order, with the
 * median of the rounds.
 */
export async function workerExperiment(config: BenchConfig, results: Results): Promise<void> {
  const seconds = config.quick ? config.seconds : 3;
  const variants = [
    { name: 'main-thread commit (as shipped)', make: (f: string) => new SqliteEventStore({ filename: f, synchronous: 'FULL' }) },
    { name: 'worker-thread commit, unbounded batches', make: (f: string) => new WorkerWriterStore(f) },
    { name: 'worker-thread commit, batches ≤ 32', make: (f: string) => new WorkerWriterStore(f, 32) },
  ];
  const rounds = config.quick ? 1 : 3;
  for (const v of variants) await measure(64, 0.5, v.make);
  for (const callers of config.quick ? [64] : [1, 16, 64]) {
    const rates = variants.map(() => [] as number[]);
    for (let round = 0; round < rounds; round++) {
      for (let k = 0; k < variants.length; k++) {
        const i = (k + round) % variants.length;
        rates[i]!.push((await measure(callers, seconds, variants[i]!.make)).perSecond);
      }
    }
    for (const [i, v] of variants.entries()) {
      results.add({
        section: SECTION,
        case: `${v.name}, ${callers} caller${callers === 1 ? '' : 's'}`,
        value: median(rates[i]!),
        unit: 'commands/s',
        note: `median of ${rounds}: ${rates[i]!.map((r) => Math.round(r)).join(', ')}`,
      });
    }
  }
}
