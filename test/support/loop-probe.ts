import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

export interface LoopLag {
  /** Timer delays of the event loop (monitorEventLoopDelay), in ms: what requests wait. */
  wallP99Ms: number;
  wallMaxMs: number;
  /**
   * CPU time this process used between two ticks of a 5 ms timer, in ms: how long the loop was kept
   * busy, unlike wall time not lengthened when other processes take the machine's cores.
   */
  busyP99Ms: number;
  busyMaxMs: number;
  ticks: number;
  peakRssMb: number;
}

/** Watches the event loop until `stop()`. */
export function probeEventLoop(): { stop(): LoopLag } {
  const delays = monitorEventLoopDelay({ resolution: 5 });
  delays.enable();
  const busy: number[] = [];
  let peakRss = process.memoryUsage().rss;
  let cpu = process.cpuUsage();
  const timer = setInterval(() => {
    const used = process.cpuUsage(cpu);
    cpu = process.cpuUsage();
    busy.push((used.user + used.system) / 1000);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 5);
  const started = performance.now();
  return {
    stop() {
      clearInterval(timer);
      delays.disable();
      const sorted = busy.sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
      if (sorted.length === 0) throw new Error(`the event loop never turned in ${(performance.now() - started).toFixed(0)} ms`);
      return {
        wallP99Ms: delays.percentile(99) / 1e6,
        wallMaxMs: delays.max / 1e6,
        busyP99Ms: at(0.99),
        busyMaxMs: sorted.at(-1)!,
        ticks: sorted.length,
        peakRssMb: peakRss / 1024 / 1024,
      };
    },
  };
}

export function describeLag(what: string, lag: LoopLag, seconds: number): string {
  return (
    `${what}: ${seconds.toFixed(1)} s; event loop delay p99 ${lag.wallP99Ms.toFixed(1)} ms (max ${lag.wallMaxMs.toFixed(0)} ms), ` +
    `busy between ticks p99 ${lag.busyP99Ms.toFixed(1)} ms (max ${lag.busyMaxMs.toFixed(0)} ms, ${lag.ticks} ticks), peak RSS ${lag.peakRssMb.toFixed(0)} MB\n`
  );
}
