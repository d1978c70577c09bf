import { performance } from 'node:perf_hooks';
import { SqliteEventStore } from '#app/event-store';
import { RawSqlite } from '../compare/raw-sqlite.js';
import type { BenchConfig } from '../support/config.js';
import { actualRecorded } from '../support/events.js';
import { runCallers } from '../support/measure.js';
import { tempDir } from '../support/paths.js';
import type { Results } from '../support/results.js';

const SECTION = '1 event-store appends';

/** Single-event appends with durable commits: the fsync ceiling, one caller, and concurrent callers on distinct streams. */
export async function eventStoreAppends(config: BenchConfig, results: Results): Promise<void> {
  const ceiling = tempDir('ceiling');
  try {
    const raw = new RawSqlite(ceiling.path);
    results.add({
      section: SECTION,
      case: 'ceiling: raw better-sqlite3, 1 insert per commit',
      value: rawCommitsPerSecond(raw, config.seconds),
      unit: 'commits/s',
      note: 'one fsync each',
    });
    raw.close();
  } finally {
    ceiling.remove();
  }

  for (const callers of config.callers) {
    const dir = tempDir('appends');
    const store = new SqliteEventStore({ filename: `${dir.path}/events.sqlite` });
    try {
      const t = await runCallers(callers, config.seconds, (caller, i) =>
        store.append(`bench-${caller}`, [actualRecorded(`bench-${caller}`, i)], { expectedRevision: i === 0 ? 'no_stream' : i - 1 }),
      );
      results.add({
        section: SECTION,
        case: callers === 1 ? 'sequential single-event appends (1 caller)' : `concurrent appends, ${callers} callers, distinct streams`,
        value: t.perSecond,
        unit: 'appends/s',
        p50Ms: t.p50Ms,
        p99Ms: t.p99Ms,
      });
    } finally {
      await store.close();
      dir.remove();
    }
  }
}

/** A tight synchronous loop of one-insert transactions: what the disk allows with one fsync per commit. */
export function rawCommitsPerSecond(raw: RawSqlite, seconds: number): number {
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let i = 0;
  while (performance.now() < deadline) {
    raw.appendOne('ceiling', i, actualRecorded('ceiling', i));
    i++;
  }
  return i / ((performance.now() - started) / 1000);
}
