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
  const percent = (v: number) => `${(100 * v).toFixed(0)} %`;
  check('HTTP RecordActual ≥ 60 % of the framework ceiling at 64 connections — API only', ratio('http.64.api-only', 'ceiling'), percent, (v) => v >= 0.6);
  check('HTTP RecordActual ≥ 45 % of the framework ceiling at 64 connections — default deployment', ratio('http.64.default', 'ceiling'), percent, (v) => v >= 0.45);
  check('64 writers on one plan ≥ 80 % of 64 writers on distinct plans (API only)', ratio('http.one-plan.one', 'distinct'), percent, (v) => v >= 0.8);
  const onePlan = row('http.one-plan.one');
  // The row's note gives each round's CPU time per request, and the answers other than 2xx of any round that had them.
  const refused = onePlan?.note?.split('; ').filter((round) => round.includes('not 2xx')) ?? [];
  checks.push(
    onePlan
      ? { target: '64 writers on one plan: every request 2xx', measured: refused.length > 0 ? refused.join('; ') : `all 2xx in ${onePlan.samples.length} rounds`, met: refused.length === 0 }
      : { target: '64 writers on one plan: every request 2xx', measured: 'not measured', met: null },
  );
  const slower = (r: Ratio | undefined) => r && { median: 1 / r.median, min: 1 / r.max, max: 1 / r.min, samples: r.samples.map((v) => 1 / v) };
  for (const [id, label] of [
    ['hot.in-process', 'in-process'],
    ['hot.http', 'over HTTP'],
  ] as const) {
    check(`RecordActual on a 100,000-event plan within 1.5× the latency on a 10-event plan — ${label}`, slower(ratio(`${id}.100000`, '10')), (v) => `${v.toFixed(2)}×`, (v) => v <= 1.5);
  }
  for (const r of rows.filter((r) => r.id.startsWith('rebuild.') && !['rebuild.ceiling', 'rebuild.read-all'].includes(r.id) && r.median !== null)) {
    check(`projection rebuild ≥ 100,000 events/s — ${r.id.slice('rebuild.'.length)}`, spreadOf(r), (v) => `${fmtValue(v)} events/s`, (v) => v >= 100_000);
    check(`projection rebuild ≥ 50 % of reading and parsing the log — ${r.id.slice('rebuild.'.length)}`, ratio(r.id, 'ceiling'), percent, (v) => v >= 0.5);
  }
  for (const key of ['api-only', 'default']) {
    check(`API ready (first RecordActual answered) within 5 s of starting on the long log — ${key}`, spreadOf(row(`startup.${key}`)), (v) => `${fmtValue(v)} ms`, (v) => v <= 5_000);
  }
  check('sequential appends ≥ 80 % of the one-commit-per-event ceiling (production composition)', ratio('appends.sequential.production', 'ceiling'), percent, (v) => v >= 0.8);
  check('≥ 5× emmett-sqlite on the concurrent shared workload (production composition)', ratio('compare.concurrent.production', 'emmett'), (v) => `${v.toFixed(2)}×`, (v) => v >= 5);
  return checks;
}
