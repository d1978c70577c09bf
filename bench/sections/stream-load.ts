import { performance } from 'node:perf_hooks';
import { fold } from '#app/eventsourcing';
import { SqliteEventStore } from '#app/event-store';
import { planDecider, type PlanState } from '#app/sales-planning';
import type { BenchConfig } from '../support/config.js';
import { median } from '../support/measure.js';
import { tempDir } from '../support/paths.js';
import type { Results } from '../support/results.js';
import { planEvents } from '../workloads/plan-log.js';

const SECTION = '5 stream load + fold';

/**
 * readStream + fold with the plan decider, for plans of 10, 1,000 and 10,000 events: cold (every
 * event read from SQLite and parsed, as after a restart) and warm (the stream cache holds it).
 */
export async function streamLoad(config: BenchConfig, results: Results): Promise<void> {
  const dir = tempDir('load');
  const filename = `${dir.path}/events.sqlite`;
  const writer = new SqliteEventStore({ filename });
  const streams = config.streamSizes.map((size, n) => ({ size, ...planEvents(n, size - 5) }));
  for (const s of streams) {
    for (let i = 0; i < s.events.length; i += 1000) await writer.append(s.stream, s.events.slice(i, i + 1000));
  }
  await writer.close();
  const cold = new SqliteEventStore({ filename, streamCacheSize: 0 });
  const warm = new SqliteEventStore({ filename });
  try {
    for (const s of streams) {
      const repeat = Math.max(3, Math.min(200, Math.round(20_000 / s.size)));
      for (const [label, store] of [['cold', cold], ['warm', warm]] as const) {
        const times: number[] = [];
        let state: PlanState | undefined;
        for (let i = 0; i < repeat; i++) {
          const started = performance.now();
          state = fold(planDecider, await store.readStream(s.stream));
          times.push(performance.now() - started);
        }
        if (state?.status !== 'executing') throw new Error(`the ${s.size}-event plan folded to ${state?.status}`);
        results.add({
          section: SECTION,
          case: `${s.size.toLocaleString('en-US')} events, ${label}`,
          value: median(times),
          unit: 'ms',
          note: label === 'cold' ? 'read from SQLite + JSON.parse + fold' : 'stream cache: tail check + fold',
        });
      }
    }
  } finally {
    await cold.close();
    await warm.close();
    dir.remove();
  }
}
