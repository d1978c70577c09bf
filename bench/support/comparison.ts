import { percentiles, spread } from './stats.js';
import type { Ratio, ResultRow, Results } from './results.js';

/** One measurement: the value in the comparison's unit, with latency percentiles when measured. */
export interface Sample {
  value: number;
  p50Ms?: number;
  p99Ms?: number;
  /** Something the row must say about this measurement (e.g. failed requests). */
  note?: string;
}

/** An opened variant: measured once per round, closed after the last round. */
export interface Subject {
  measure(round: number): Promise<Sample>;
  close(): Promise<void>;
}

/** One of the things a comparison measures side by side. */
export interface Variant {
  /** Short and stable (`ceiling`, `bare`, `production`, …): the last part of the row id. */
  key: string;
  name: string;
  /** Prepares what lasts across rounds (a server, a seeded file); called once, before the first round. */
  open(): Promise<Subject>;
  note?: string;
}

/** A variant with nothing kept between rounds: `run` sets up, measures and cleans up every round. */
export function eachRound(key: string, name: string, run: (round: number) => Promise<Sample>, note?: string): Variant {
  return { key, name, ...(note ? { note } : {}), open: async () => ({ measure: run, close: async () => undefined }) };
}

export interface Comparison {
  /** Stable id of the comparison (`appends.sequential`); rows are `<id>.<variant key>`. */
  id: string;
  section: string;
  case: string;
  unit: string;
  better: 'higher' | 'lower';
  rounds: number;
  /** One unrecorded measurement of every variant before the first round. */
  warmup?: boolean;
  variants: readonly Variant[];
  /**
   * Key of the variant every other is measured against (shown as "share of <its key>"); more pairs
   * in `against`. A share is the other's speed relative to it: for `lower` units, its value ÷ ours.
   */
  ceiling?: string;
  against?: readonly { of: string; to: string }[];
  /** Runs after every measurement, before the next one (e.g. waits until a server is idle again). */
  settle?: () => Promise<void>;
  log: (line: string) => void;
}

/**
 * Measures the variants of a comparison in interleaved rounds: every round measures each variant
 * once, starting one variant later than the round before, so slow drifts of the machine (other
 * processes, disk weather) fall on all of them alike. Adds one row per variant with every round's
 * sample, their median and range, and the ratios, each computed within a round.
 */
export async function compare(results: Results, c: Comparison): Promise<ResultRow[]> {
  const subjects: Subject[] = [];
  try {
    for (const v of c.variants) subjects.push(await v.open());
    if (c.warmup) {
      for (const s of subjects) {
        await s.measure(-1);
        await c.settle?.();
      }
    }
    const samples: Sample[][] = c.variants.map(() => []);
    for (let round = 0; round < c.rounds; round++) {
      for (let k = 0; k < subjects.length; k++) {
        const i = (k + round) % subjects.length;
        samples[i]!.push(await subjects[i]!.measure(round));
        await c.settle?.();
      }
    }
    return c.variants.map((v, i) => results.add(row(c, v, samples, i)));
  } finally {
    for (const s of subjects) await s.close();
  }
}

function row(c: Comparison, v: Variant, samples: Sample[][], i: number): ResultRow {
  const values = samples[i]!.map((s) => s.value);
  const { median, min, max } = spread(values);
  const p50 = samples[i]!.flatMap((s) => (s.p50Ms === undefined ? [] : [s.p50Ms]));
  const p99 = samples[i]!.flatMap((s) => (s.p99Ms === undefined ? [] : [s.p99Ms]));
  const roundNotes = samples[i]!.flatMap((s, round) => (s.note ? [`round ${round + 1}: ${s.note}`] : []));
  const notes = [...(v.note ? [v.note] : []), ...roundNotes];
  const pairs = [...(c.ceiling && c.ceiling !== v.key ? [{ of: v.key, to: c.ceiling }] : []), ...(c.against ?? []).filter((a) => a.of === v.key)];
  const ratios = pairs.flatMap(({ to }): Ratio[] => {
    const j = c.variants.findIndex((other) => other.key === to);
    if (j < 0) return [];
    const shares = values.map((value, round) => share(c.better, value, samples[j]![round]!.value));
    return [{ to, samples: shares, ...spread(shares) }];
  });
  return {
    id: `${c.id}.${v.key}`,
    section: c.section,
    case: c.case,
    variant: v.name,
    unit: c.unit,
    better: c.better,
    samples: values,
    median,
    min,
    max,
    ...(p50.length > 0 ? { p50Ms: spread(p50).median, p99Ms: spread(p99).median } : {}),
    ...(ratios.length > 0 ? { ratios } : {}),
    ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
  };
}

/** How fast `value` is relative to `reference`: above 1 is faster, whichever way the unit points. */
function share(better: 'higher' | 'lower', value: number, reference: number): number {
  return better === 'higher' ? value / reference : reference / value;
}

/** The latency percentiles of single operations, for a Sample. */
export function latencySample(value: number, latenciesMs: readonly number[]): Sample {
  return { value, ...percentiles(latenciesMs) };
}
