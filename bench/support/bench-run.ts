import type { SqliteConnectionSettings } from '#app/event-store';
import type { ProfileSummary } from './profile.js';
import type { ResultRow, TargetCheck } from './results.js';

/** What one run of `npm run bench` writes: enough to re-render every table and target it printed. */
export interface BenchRun {
  command: string;
  startedAt: string;
  seconds: number;
  mode: 'quick' | 'full';
  rounds: number;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    platform: string;
    sqlite: string;
    loadAverageAtStart: number[];
    loadAverageAtEnd: number[];
  };
  /** The production event store's connection settings, read back; every ceiling ran with them. */
  settings: SqliteConnectionSettings;
  rows: ResultRow[];
  targets: TargetCheck[];
  /** Summaries of the CPU profiles taken with `--profile`, by name. */
  profiles?: Record<string, ProfileSummary>;
}

/**
 * The run as JSON with one line per row and per target and numbers to 5 significant digits, so a
 * recorded file stays small and diffs read well.
 */
export function formatRun(run: BenchRun): string {
  const { rows, targets, profiles, ...head } = run;
  const rounded = (_: string, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Number(value.toPrecision(5)) : value);
  const lines = (items: readonly unknown[]) => items.map((item) => `    ${JSON.stringify(item, rounded)}`).join(',\n');
  const top = JSON.stringify(head, rounded, 2).replace(/\n}$/, '');
  const profileLines = profiles && Object.keys(profiles).length > 0 ? `,\n  "profiles": ${JSON.stringify(profiles, null, 2).replace(/\n/g, '\n  ')}` : '';
  return `${top},\n  "rows": [\n${lines(rows)}\n  ],\n  "targets": [\n${lines(targets)}\n  ]${profileLines}\n}\n`;
}
