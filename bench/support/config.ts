import type { ProfileSummary } from './profile.js';
import type { SqliteConnectionSettings } from '#app/event-store';

export interface BenchConfig {
  quick: boolean;
  /** Rounds of every comparison: each round measures every variant once, in rotating order. */
  rounds: number;
  /** Length of one timed measurement (appends, commands). */
  seconds: number;
  /** Length of one HTTP measurement. */
  httpSeconds: number;
  callers: readonly number[];
  httpConnections: readonly number[];
  /** Plans prepared for the HTTP workload. */
  httpPlans: number;
  rebuildEvents: number;
  /** Section 5: plans of `size` events, `count` of each (each is read cold once per round). */
  streams: readonly { size: number; count: number }[];
  compare: { sequential: number; concurrent: number; callers: number };
  /** Section 8: plan lengths RecordActual is measured on (the first is the reference). */
  hotPlanSizes: readonly number[];
  /** Section 9: events in the log the API starts on. */
  startupEvents: number;
  /** The production event store's connection settings, read back at the start: the ceilings use them too. */
  settings: SqliteConnectionSettings;
  /** Sections to profile with the V8 CPU profiler (top frames printed, .cpuprofile kept). */
  profile: ReadonlySet<string>;
  /** Where the sections put the summaries of their CPU profiles, for the run file. */
  profiles: Record<string, ProfileSummary>;
  outDir: string;
  log: (line: string) => void;
}
