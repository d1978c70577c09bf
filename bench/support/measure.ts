import { performance } from 'node:perf_hooks';
import type { Sample } from './comparison.js';
import { percentiles } from './stats.js';

/** A Sample whose value is operations per second. */
export interface Throughput extends Sample {
  operations: number;
  seconds: number;
  perSecond: number;
}

/**
 * Runs `callers` concurrent loops of `operation` until `seconds` have passed (each caller finishes
 * the operation it is in) and returns operations per second with latency percentiles.
 * `operation(caller, i)` gets its caller number and the caller's running count.
 */
export async function runCallers(
  callers: number,
  seconds: number,
  operation: (caller: number, i: number) => Promise<unknown>,
): Promise<Throughput> {
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: callers }, async (_, caller) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const t = performance.now();
        await operation(caller, i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const perSecond = latencies.length / elapsed;
  return { operations: latencies.length, seconds: elapsed, perSecond, value: perSecond, ...percentiles(latencies) };
}

/** Runs a fixed number of operations split over `callers` concurrent loops. */
export async function runCount(
  callers: number,
  total: number,
  operation: (caller: number, i: number) => Promise<unknown>,
): Promise<Throughput> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: callers }, async (_, caller) => {
      for (let i = 0; next < total; i++) {
        next++;
        const t = performance.now();
        await operation(caller, i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const perSecond = latencies.length / elapsed;
  return { operations: latencies.length, seconds: elapsed, perSecond, value: perSecond, ...percentiles(latencies) };
}

/** Times a synchronous or asynchronous block. */
export async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - started) / 1000 };
}
