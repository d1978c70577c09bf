import type { SqliteConnectionSettings } from '#app/event-store';
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
}
