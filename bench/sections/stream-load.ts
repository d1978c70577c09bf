import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { EventStore } from '#app/event-store';
import { fold } from '#app/eventsourcing';
import { planDecider, type PlanEvent, type PlanState } from '#app/sales-planning';
import { RawReader } from '../compare/raw-sqlite.js';
import { compare, eachRound, type Sample } from '../support/comparison.js';
import type { BenchConfig } from '../support/config.js';
import { tempDir } from '../support/paths.js';
import type { Results } from '../support/results.js';
import { median } from '../support/stats.js';
import { BARE, PRODUCTION, bareStore, describeSettings, productionStore } from '../support/stores.js';
import { planEvents } from '../workloads/plan-log.js';

const SECTION = '5 stream load + fold';
const WARM_READS = 20;

/**
 * readStream + fold with the plan decider, for plans of several lengths. Cold: the first read of
 * each plan by a store opened for the round (every event read from SQLite and parsed, as after a
 * restart), against raw better-sqlite3 reading and parsing the same rows; warm: the same plan read
 * again (the stream cache holds it). The value is the median time of one load + fold in the round.
 */
export async function streamLoad(config: BenchConfig, results: Results): Promise<void> {
  const dir = tempDir('load');
  try {
    const plans = await seed(dir.path, config);
    for (const { size, streams } of plans) {
      const label = `${size.toLocaleString('en-US')}-event plans`;
      const stores = (mode: 'cold' | 'warm') => [
        eachRound('bare', BARE, () => loads(() => bareStore(dir.path), streams, mode)),
        eachRound('production', PRODUCTION, () => loads(() => productionStore(dir.path), streams, mode)),
      ];
      await compare(results, {
        id: `load.${size}.cold`,
        section: SECTION,
        case: `${label}, cold (first read after opening)`,
        unit: 'ms',
        better: 'lower',
        rounds: config.rounds,
        ceiling: 'ceiling',
        log: config.log,
        variants: [
          eachRound('ceiling', 'ceiling: raw better-sqlite3 reads + JSON.parse, same fold', () => rawLoads(join(dir.path, 'events.sqlite'), config, streams), describeSettings(config.settings)),
          ...stores('cold'),
        ],
      });
      await compare(results, {
        id: `load.${size}.warm`,
        section: SECTION,
        case: `${label}, warm (stream cache)`,
        unit: 'ms',
        better: 'lower',
        rounds: config.rounds,
        against: [{ of: 'production', to: 'bare' }],
        log: config.log,
        variants: stores('warm'),
      });
    }
  } finally {
    dir.remove();
  }
}

async function seed(dataDir: string, config: BenchConfig): Promise<{ size: number; streams: string[] }[]> {
  const writer = productionStore(dataDir);
  let n = 0;
  try {
    const plans = [];
    for (const { size, count } of config.streams) {
      const streams: string[] = [];
      for (let k = 0; k < count; k++) {
        const { stream, events } = planEvents(n++, size - 5);
        for (let i = 0; i < events.length; i += 1000) await writer.append(stream, events.slice(i, i + 1000));
        streams.push(stream);
      }
      plans.push({ size, streams });
    }
    return plans;
  } finally {
    await writer.close();
  }
}

async function loads(open: () => EventStore, streams: readonly string[], mode: 'cold' | 'warm'): Promise<Sample> {
  const store = open();
  try {
    const times: number[] = [];
    const load = async (stream: string) => {
      const started = performance.now();
      const state = fold(planDecider, await store.readStream(stream));
      times.push(performance.now() - started);
      expectExecuting(state);
    };
    for (const stream of streams) {
      if (mode === 'cold') {
        await load(stream);
        continue;
      }
      await store.readStream(stream);
      for (let i = 0; i < WARM_READS; i++) await load(stream);
    }
    return { value: median(times) };
  } finally {
    await store.close();
  }
}

async function rawLoads(filename: string, config: BenchConfig, streams: readonly string[]): Promise<Sample> {
  const reader = new RawReader(filename, config.settings);
  try {
    const times = streams.map((stream) => {
      const started = performance.now();
      let state = planDecider.initialState();
      for (const event of reader.readParsed(stream)) state = planDecider.evolve(state, event as PlanEvent);
      const elapsed = performance.now() - started;
      expectExecuting(state);
      return elapsed;
    });
    return { value: median(times) };
  } finally {
    reader.close();
  }
}

function expectExecuting(state: PlanState) {
  if (state.status !== 'executing') throw new Error(`a plan folded to ${state.status}, not executing`);
}
