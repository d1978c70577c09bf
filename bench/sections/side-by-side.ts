import type { Contender } from '../compare/contender.js';
import { EmmettContender, loadEmmett } from '../compare/emmett-contender.js';
import { RawGroupCommit } from '../compare/raw-group-commit.js';
import { RawContender, SalesflowContender } from '../compare/salesflow-contender.js';
import { compare, eachRound, type Sample, type Variant } from '../support/comparison.js';
import type { BenchConfig } from '../support/config.js';
import { actualRecorded } from '../support/events.js';
import { runCount, timed } from '../support/measure.js';
import { tempDir } from '../support/paths.js';
import type { Results } from '../support/results.js';
import { BARE, PRODUCTION, bareStore, describeSettings, productionStore } from '../support/stores.js';

const SECTION = '6 side by side';
const STREAM_LENGTH = 50;

interface Entrant {
  key: string;
  name: string;
  /** Opens the contender on `dir`, creating its file or reopening the one it wrote before. */
  open(dir: string): Promise<Contender>;
  note?: string;
}

/**
 * The same workload on raw better-sqlite3 (the ceiling: the store's table and settings, same-turn
 * group commit, no checks), our store bare and as production composes it, and emmett-sqlite:
 * single-event appends with an expected revision from one caller, then from many callers on
 * distinct streams, then every stream of a log read back and folded.
 */
export async function sideBySide(config: BenchConfig, results: Results): Promise<void> {
  const entrants: Entrant[] = [
    { key: 'ceiling', name: 'ceiling: raw better-sqlite3', open: async (dir) => new RawContender('raw', new RawGroupCommit(dir, config.settings)), note: describeSettings(config.settings) },
    { key: 'bare', name: BARE, open: async (dir) => new SalesflowContender(BARE, bareStore(dir)) },
    { key: 'production', name: PRODUCTION, open: async (dir) => new SalesflowContender(PRODUCTION, productionStore(dir)) },
  ];
  const emmett = await loadEmmett(config.log);
  if (typeof emmett === 'string') {
    results.unavailable('compare.emmett', SECTION, 'emmett-sqlite', 'emmett-sqlite 0.42.4', emmett);
  } else {
    const probe = tempDir('compare-emmett-probe');
    const read = await EmmettContender.open(emmett, probe.path, config.settings.synchronous);
    await read.close();
    probe.remove();
    const note = `shared connection; read back: journal_mode=${read.journalMode}, synchronous=${read.synchronous}`;
    entrants.push({ key: 'emmett', name: 'emmett-sqlite 0.42.4', open: (dir) => EmmettContender.open(emmett, dir, config.settings.synchronous), note });
  }
  const common = {
    section: SECTION,
    rounds: config.rounds,
    ceiling: 'ceiling',
    against: typeof emmett === 'string' ? [] : [{ of: 'bare', to: 'emmett' }, { of: 'production', to: 'emmett' }],
    log: config.log,
  };
  const c = config.compare;
  const appendRound = (e: Entrant, callers: number, total: number) =>
    eachRound(e.key, e.name, async () => {
      const dir = tempDir(`compare-${e.key}`);
      const contender = await e.open(dir.path);
      try {
        return (await appends(contender, callers, total)).sample;
      } finally {
        await contender.close();
        dir.remove();
      }
    }, e.note);

  await compare(results, {
    ...common,
    id: 'compare.sequential',
    case: `${c.sequential.toLocaleString('en-US')} single-event appends, 1 caller`,
    unit: 'appends/s',
    better: 'higher',
    variants: entrants.map((e) => appendRound(e, 1, c.sequential)),
  });
  await compare(results, {
    ...common,
    id: 'compare.concurrent',
    case: `${c.concurrent.toLocaleString('en-US')} single-event appends, ${c.callers} callers on distinct streams`,
    unit: 'appends/s',
    better: 'higher',
    variants: entrants.map((e) => appendRound(e, c.callers, c.concurrent)),
  });
  await compare(results, {
    ...common,
    id: 'compare.read-fold',
    case: `read + fold every stream of a ${c.concurrent.toLocaleString('en-US')}-event log, reopened each round`,
    unit: 'events/s',
    better: 'higher',
    variants: entrants.map((e) => readAndFold(e, config)),
  });
}

async function appends(contender: Contender, callers: number, total: number): Promise<{ sample: Sample; streams: Set<string> }> {
  const streams = new Set<string>();
  const sample = await runCount(callers, total, async (caller, i) => {
    const stream = `s-${caller}-${Math.floor(i / STREAM_LENGTH)}`;
    streams.add(stream);
    await contender.append(stream, i % STREAM_LENGTH, actualRecorded(stream, i));
  });
  return { sample, streams };
}

function readAndFold(e: Entrant, config: BenchConfig): Variant {
  return {
    key: e.key,
    name: e.name,
    ...(e.note ? { note: e.note } : {}),
    open: async () => {
      const dir = tempDir(`compare-${e.key}`);
      const writer = await e.open(dir.path);
      const { streams } = await appends(writer, config.compare.callers, config.compare.concurrent);
      await writer.close();
      return {
        measure: async () => {
          const reader = await e.open(dir.path);
          try {
            const read = await timed(async () => {
              let events = 0;
              for (const stream of streams) events += (await reader.readAndFold(stream)).count;
              return events;
            });
            if (read.value !== config.compare.concurrent) throw new Error(`${e.name} read back ${read.value} events of ${config.compare.concurrent}`);
            return { value: read.value / read.seconds };
          } finally {
            await reader.close();
          }
        },
        close: async () => dir.remove(),
      };
    },
  };
}
