export interface BenchConfig {
  quick: boolean;
  /** Length of each timed measurement. */
  seconds: number;
  /** Length of each HTTP measurement. */
  httpSeconds: number;
  callers: readonly number[];
  /** Plans prepared for the HTTP workload. */
  httpPlans: number;
  rebuildEvents: number;
  streamSizes: readonly number[];
  compare: { sequential: number; concurrent: number; callers: number };
  /** Sections to profile with the V8 CPU profiler (top frames printed, .cpuprofile kept). */
  profile: ReadonlySet<string>;
  outDir: string;
  log: (line: string) => void;
}
