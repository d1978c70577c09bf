import type { Results, TargetCheck } from './support/results.js';
import { fmtMs, fmtValue } from './support/results.js';

/** The targets for this machine, checked against the rows of this run. */
export function checkTargets(results: Results): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const check = (target: string, value: number | null, measured: (v: number) => string, met: (v: number) => boolean) =>
    checks.push(value === null ? { target, measured: 'not measured', met: null } : { target, measured: measured(value), met: met(value) });

  check('≥ 30,000 commands/s in-process at 64 callers', results.find('2 in-process commands', 'plan commands, 64 callers'), (v) => `${fmtValue(v)}/s`, (v) => v >= 30_000);

  for (const deployment of ['API only (RUN_PROJECTIONS=false)', 'API + projections in-process (default)']) {
    const http = results.findRow('3 HTTP commands', `${deployment}: RecordActual, 64 connections`);
    check(
      `≥ 6,000 HTTP commands/s at 64 connections, p99 ≤ 30 ms — ${deployment}`,
      http?.value ?? null,
      (v) => `${fmtValue(v)}/s, p99 ${fmtMs(http?.p99Ms)}`,
      (v) => v >= 6_000 && (http?.p99Ms ?? Infinity) <= 30,
    );
  }

  for (const rebuild of results.rows.filter((r) => r.section === '4 projection rebuild' && r.value !== null)) {
    const projection = rebuild.case.replace(/^rebuild (\S+) from.*$/, '$1');
    check(`projection rebuild ≥ 100,000 events/s — ${projection}`, rebuild.value, (v) => `${fmtValue(v)} events/s`, (v) => v >= 100_000);
  }
  if (!results.rows.some((r) => r.section === '4 projection rebuild' && r.value !== null)) {
    checks.push({ target: 'projection rebuild ≥ 100,000 events/s', measured: 'not available', met: null });
  }

  const ceiling = results.find('1 event-store appends', 'ceiling: raw better-sqlite3, 1 insert per commit');
  const sequential = results.find('1 event-store appends', 'sequential single-event appends (1 caller)');
  check(
    'sequential appends ≥ 80 % of the one-fsync-per-commit ceiling',
    ceiling && sequential ? sequential / ceiling : null,
    (v) => `${(100 * v).toFixed(0)} % (${fmtValue(sequential)} of ${fmtValue(ceiling)}/s)`,
    (v) => v >= 0.8,
  );

  const versusEmmett = results.rows.find((r) => r.section === '7 side by side' && r.case.startsWith('ours / emmett') && r.case.includes('concurrent'));
  check('≥ 5× emmett-sqlite on the concurrent shared workload', versusEmmett?.value ?? null, (v) => `${fmtValue(v)}×`, (v) => v >= 5);
  return checks;
}
