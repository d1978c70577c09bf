import { EmmettContender, loadEmmett } from '../compare/emmett-contender.js';
import type { Contender } from '../compare/contender.js';
import { RawSqliteContender, SalesflowContender } from '../compare/salesflow-contender.js';
import type { BenchConfig } from '../support/config.js';
import { actualRecorded } from '../support/events.js';
import { runCount, timed } from '../support/measure.js';
import { tempDir } from '../support/paths.js';
import type { Results } from '../support/results.js';

const SECTION = '7 side by side';
const STREAM_LENGTH = 50;

interface Outcome {
  sequential: number;
  concurrent: number;
  readFold: number;
}

/**
 * The same workload on our store, raw better-sqlite3 (the ceiling) and emmett-sqlite, all WAL with
 * synchronous=FULL: single-event appends with an expected revision from one caller, then from many
 * callers on distinct streams, then every stream read back and folded.
 */
export async function sideBySide(config: BenchConfig, results: Results): Promise<void> {
  const outcomes = new Map<string, Outcome>();
  const emmett = await loadEmmett(config.log);
  const makers: [string, (dir: string) => Promise<Contender>][] = [
    ['raw', async (dir) => new RawSqliteContender(dir)],
    ['salesflow', async (dir) => new SalesflowContender(dir)],
  ];
  if (typeof emmett === 'string') {
    results.unavailable(SECTION, 'emmett-sqlite', emmett);
  } else {
    makers.push(['emmett', (dir) => EmmettContender.open(emmett, dir)]);
  }

  for (const [key, make] of makers) {
    const dir = tempDir(`compare-${key}`);
    const contender = await make(dir.path);
    try {
      const outcome = await workload(contender, config);
      outcomes.set(key, outcome);
      const note = contender instanceof EmmettContender ? `PRAGMA synchronous=${contender.synchronous}, shared connection` : undefined;
      const c = config.compare.callers;
      results.add({ section: SECTION, case: `${contender.name}: sequential appends`, value: outcome.sequential, unit: 'appends/s', ...(note ? { note } : {}) });
      results.add({ section: SECTION, case: `${contender.name}: ${c} concurrent callers`, value: outcome.concurrent, unit: 'appends/s' });
      results.add({ section: SECTION, case: `${contender.name}: read + fold`, value: outcome.readFold, unit: 'events/s' });
    } finally {
      await contender.close();
      dir.remove();
    }
  }

  const ours = outcomes.get('salesflow')!;
  for (const [key, label] of [['raw', 'ours / ceiling'], ['emmett', 'ours / emmett']] as const) {
    const other = outcomes.get(key);
    if (!other) continue;
    results.add({ section: SECTION, case: `${label}: sequential appends`, value: ours.sequential / other.sequential, unit: '×' });
    results.add({ section: SECTION, case: `${label}: ${config.compare.callers} concurrent callers`, value: ours.concurrent / other.concurrent, unit: '×' });
    results.add({ section: SECTION, case: `${label}: read + fold`, value: ours.readFold / other.readFold, unit: '×' });
  }
}

async function workload(contender: Contender, config: BenchConfig): Promise<Outcome> {
  const streams = new Set<string>();
  const appendPhase = (phase: string, callers: number, total: number) =>
    runCount(callers, total, async (caller, i) => {
      const stream = `${phase}-${caller}-${Math.floor(i / STREAM_LENGTH)}`;
      streams.add(stream);
      await contender.append(stream, i % STREAM_LENGTH, actualRecorded(stream, i));
    });
  const sequential = await appendPhase('seq', 1, config.compare.sequential);
  const concurrent = await appendPhase('conc', config.compare.callers, config.compare.concurrent);
  const read = await timed(async () => {
    let events = 0;
    for (const stream of streams) events += (await contender.readAndFold(stream)).count;
    return events;
  });
  const appended = sequential.operations + concurrent.operations;
  if (read.value !== appended) throw new Error(`${contender.name} read back ${read.value} events of ${appended} appended`);
  return { sequential: sequential.perSecond, concurrent: concurrent.perSecond, readFold: read.value / read.seconds };
}
