import { performance } from 'node:perf_hooks';
import type { EventStore } from '#app/event-store';
import { RawGroupCommit } from '../compare/raw-group-commit.js';
import { RawSqlite } from '../compare/raw-sqlite.js';
import { compare, eachRound, latencySample, type Sample } from '../support/comparison.js';
import type { BenchConfig } from '../support/config.js';
import { actualRecorded } from '../support/events.js';
import { runCallers } from '../support/measure.js';
import { tempDir } from '../support/paths.js';
import type { Results } from '../support/results.js';
import { BARE, PRODUCTION, bareStore, describeSettings, productionStore } from '../support/stores.js';

const SECTION = '1 event-store appends';

/**
 * Single-event appends with an expected revision, durable commits: one caller, then concurrent
 * callers each on its own streams; the bare adapter and the production composition against raw
 * better-sqlite3 inserts into the same table with the same connection settings.
 */
export async function eventStoreAppends(config: BenchConfig, results: Results): Promise<void> {
  for (const callers of config.callers) {
    const sequential = callers === 1;
    await compare(results, {
      id: sequential ? 'appends.sequential' : `appends.concurrent-${callers}`,
      section: SECTION,
      case: sequential ? 'single-event appends, 1 caller' : `single-event appends, ${callers} callers on distinct streams`,
      unit: 'appends/s',
      better: 'higher',
      rounds: config.rounds,
      ceiling: 'ceiling',
      log: config.log,
      variants: [
        eachRound(
          'ceiling',
          sequential ? 'ceiling: raw better-sqlite3, one insert per commit' : 'ceiling: raw better-sqlite3, same-turn group commit',
          () => (sequential ? rawSequential(config) : rawConcurrent(config, callers)),
          describeSettings(config.settings),
        ),
        eachRound('bare', BARE, () => storeAppends(config, callers, (dir) => bareStore(dir))),
        eachRound('production', PRODUCTION, () => storeAppends(config, callers, productionStore)),
      ],
    });
  }
}

async function storeAppends(config: BenchConfig, callers: number, open: (dir: string) => EventStore): Promise<Sample> {
  const dir = tempDir('appends');
  const store = open(dir.path);
  try {
    const t = await runCallers(callers, config.seconds, (caller, i) =>
      store.append(`bench-${caller}`, [actualRecorded(`bench-${caller}`, i)], { expectedRevision: i === 0 ? 'no_stream' : i - 1 }),
    );
    return t;
  } finally {
    await store.close();
    dir.remove();
  }
}

/** A tight synchronous loop of one-insert transactions: what the disk allows with one commit per event. */
async function rawSequential(config: BenchConfig): Promise<Sample> {
  const dir = tempDir('ceiling');
  const raw = new RawSqlite(dir.path, config.settings);
  try {
    const latencies: number[] = [];
    const started = performance.now();
    const deadline = started + config.seconds * 1000;
    for (let i = 0; performance.now() < deadline; i++) {
      const t = performance.now();
      raw.append([{ stream: 'ceiling', revision: i, event: actualRecorded('ceiling', i) }]);
      latencies.push(performance.now() - t);
    }
    return latencySample(latencies.length / ((performance.now() - started) / 1000), latencies);
  } finally {
    raw.close();
    dir.remove();
  }
}

async function rawConcurrent(config: BenchConfig, callers: number): Promise<Sample> {
  const dir = tempDir('ceiling');
  const raw = new RawGroupCommit(dir.path, config.settings);
  try {
    return await runCallers(callers, config.seconds, (caller, i) => raw.append(`ceiling-${caller}`, i, actualRecorded(`ceiling-${caller}`, i)));
  } finally {
    raw.close();
    dir.remove();
  }
}
