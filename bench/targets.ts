import type { Ratio, ResultRow, TargetCheck } from './support/results.js';
import { fmtMs, fmtValue } from './support/results.js';

/**
 * The project's targets for this machine, checked against the rows of one run: met when the
 * median meets it; the measured text gives the range over the rounds and in how many rounds it held.
 */
export function checkTargets(rows: readonly ResultRow[]): TargetCheck[] {
  const row = (id: string) => rows.find((r) => r.id === id && r.median !== null);
  const ratio = (id: string, to: string): Ratio | undefined => row(id)?.ratios?.find((r) => r.to === to);
  const checks: TargetCheck[] = [];
  const check = (target: string, values: { median: number; min: number; max: number; samples: number[] } | undefined, show: (v: number) => string, holds: (v: number) => boolean) =>
    checks.push(
      values
        ? {
            target,
            measured: `${show(values.median)} (rounds: ${show(values.min)} to ${show(values.max)}; held in ${values.samples.filter(holds).length} of ${values.samples.length})`,
            met: holds(values.median),
          }
        : { target, measured: 'not measured', met: null },
    );
  const spreadOf = (r: ResultRow | undefined) => (r ? { median: r.median!, min: r.min!, max: r.max!, samples: r.samples } : undefined);

  check('≥ 30,000 plan commands/s in-process at 64 callers (production composition)', spreadOf(row('commands.64.production')), (v) => `${fmtValue(v)}/s`, (v) => v >= 30_000);
  for (const [key, label] of [
    ['api-only', 'API only (RUN_PROJECTIONS=false)'],
    ['default', 'API + projections in-process (default)'],
  ] as const) {
    const http = row(`http.64.${key}`);
    check(`≥ 6,000 HTTP RecordActual/s at 64 connections — ${label}`, spreadOf(http), (v) => `${fmtValue(v)}/s`, (v) => v >= 6_000);
    checks.push(
      http?.p99Ms === undefined
        ? { target: `p99 ≤ 30 ms at 64 connections — ${label}`, measured: 'not measured', met: null }
        : { target: `p99 ≤ 30 ms at 64 connections — ${label}`, measured: `${fmtMs(http.p99Ms)} (median of the rounds' p99)`, met: http.p99Ms <= 30 },
    );
  }
  for (const r of rows.filter((r) => r.id.startsWith('rebuild.') && !['rebuild.ceiling', 'rebuild.read-all'].includes(r.id) && r.median !== null)) {
    check(`projection rebuild ≥ 100,000 events/s — ${r.id.slice('rebuild.'.length)}`, spreadOf(r), (v) => `${fmtValue(v)} events/s`, (v) => v >= 100_000);
  }
  const percent = (v: number) => `${(100 * v).toFixed(0)} %`;
  check('sequential appends ≥ 80 % of the one-commit-per-event ceiling (production composition)', ratio('appends.sequential.production', 'ceiling'), percent, (v) => v >= 0.8);
  check('≥ 5× emmett-sqlite on the concurrent shared workload (production composition)', ratio('compare.concurrent.production', 'emmett'), (v) => `${v.toFixed(2)}×`, (v) => v >= 5);
  return checks;
}
