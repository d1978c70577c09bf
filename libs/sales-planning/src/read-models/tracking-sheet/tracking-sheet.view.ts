import { elapsedDays } from '#app/shared-kernel';
import { appraiseLine } from '../../plan/appraisal.js';
import { lineKey, planLines, type CarriedLine } from '../../plan/plan.js';
import type { TrackingSheetDocument } from './tracking-sheet.projection.js';
import type { CarriedInLine, PaceStatus, TrackingRow, TrackingSheetView } from './tracking-sheet.responses.js';

/** Pace thresholds: met when actual ≥ target; on track at ≥ 100 % of expected-to-date; at risk at ≥ 80 % (4/5); behind below. */
export const AT_RISK_THRESHOLD = 0.8;

/**
 * The pace of a line, judged on the exact expected-to-date, target × elapsed ÷ days, never on its
 * rounded display (3 × 15/31 = 1.45: an actual of 1 is behind, although 1.45 shows as 1). Compared
 * in integers: actual × days against target × elapsed.
 */
export function pace(actual: number, target: number, elapsed: { elapsed: number; days: number }): PaceStatus {
  if (target === 0) return 'no_target';
  if (actual >= target) return 'met';
  const done = BigInt(actual) * BigInt(elapsed.days);
  const expected = BigInt(target) * BigInt(elapsed.elapsed);
  if (done >= expected) return 'on_track';
  if (done * 5n >= expected * 4n) return 'at_risk';
  return 'behind';
}

/** Expected-to-date for display: target × elapsed ÷ days, rounded half up to a whole minor unit or count. */
export const expectedToDate = (target: number, elapsed: { elapsed: number; days: number }): number =>
  Number((BigInt(target) * BigInt(elapsed.elapsed) * 2n + BigInt(elapsed.days)) / (2n * BigInt(elapsed.days)));

const carriedInLine = (c: CarriedLine, settled: ReadonlyMap<string, number>): CarriedInLine => {
  const settledToDate = settled.get(c.lineId) ?? 0;
  return { lineId: c.lineId, amount: c.amount, originPeriod: c.originPeriod, path: c.path, status: c.status, sourcePlanId: c.sourcePlanId, settledToDate, outstanding: c.status === 'active' ? c.amount - settledToDate : 0 };
};

/** The sheet as of a date (YYYY-MM-DD): actuals up to that day, expected-to-date linear over the period's days; null before the plan is opened. */
export function trackingSheetView(doc: TrackingSheetDocument, asOf: string): TrackingSheetView | null {
  if (doc.status === 'none' || doc.currency === null) return null;
  const elapsed = elapsedDays(doc.period, asOf);
  const settled = new Map<string, number>();
  const rows = planLines({ ...doc, currency: doc.currency, actuals: {} }).map((line): TrackingRow => {
    const actualToDate = Object.entries(doc.actualsByDate[lineKey(line.salespersonId, line.metric)] ?? {}).reduce((sum, [date, amount]) => (date <= asOf ? sum + amount : sum), 0);
    const item = appraiseLine(doc.period, { ...line, actual: actualToDate });
    for (const s of item.settled) settled.set(s.lineId, s.amount);
    return {
      salespersonId: line.salespersonId,
      salespersonName: line.salespersonName,
      metric: line.metric,
      ...(line.currency ? { currency: line.currency } : {}),
      baseTarget: line.baseTarget,
      carriedIn: item.carriedIn,
      carriedInLines: doc.carriedIn.filter((c) => c.salespersonId === line.salespersonId && c.metric === line.metric).map((c) => carriedInLine(c, settled)),
      adjustments: line.adjustments,
      effectiveTarget: item.effectiveTarget,
      actualToDate,
      completionPercent: item.completionBasisPoints === null ? null : item.completionBasisPoints / 100,
      variance: actualToDate - item.effectiveTarget,
      expectedToDate: expectedToDate(item.effectiveTarget, elapsed),
      pace: pace(actualToDate, item.effectiveTarget, elapsed),
    };
  });
  // Lines that exist only as waived or pending carry-over still show, so the sheet explains them.
  for (const c of doc.carriedIn) {
    if (rows.some((r) => r.salespersonId === c.salespersonId && r.metric === c.metric)) continue;
    rows.push({
      salespersonId: c.salespersonId,
      salespersonName: c.salespersonName,
      metric: c.metric,
      ...(c.currency ? { currency: c.currency } : {}),
      baseTarget: 0,
      carriedIn: 0,
      carriedInLines: [carriedInLine(c, settled)],
      adjustments: 0,
      effectiveTarget: 0,
      actualToDate: 0,
      completionPercent: null,
      variance: 0,
      expectedToDate: 0,
      pace: 'no_target',
    });
  }
  return {
    planId: doc.id,
    team: doc.team,
    period: doc.period,
    status: doc.status,
    currency: doc.currency,
    asOf,
    elapsedPercent: Math.round((elapsed.elapsed / elapsed.days) * 10000) / 100,
    rows,
  };
}
