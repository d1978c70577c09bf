import { elapsedFraction } from '#app/shared-kernel';
import { appraiseLine } from '../../plan/appraisal.js';
import { lineKey, planLines, type CarriedLine } from '../../plan/plan.js';
import type { TrackingSheetDocument } from './tracking-sheet.projection.js';
import type { CarriedInLine, PaceStatus, TrackingRow, TrackingSheetView } from './tracking-sheet.responses.js';

/** Pace thresholds: met when actual ≥ target; on track at ≥ 100 % of expected-to-date; at risk at ≥ 80 %; behind below. */
export const AT_RISK_THRESHOLD = 0.8;

export function pace(actual: number, target: number, expected: number): PaceStatus {
  if (target === 0) return 'no_target';
  if (actual >= target) return 'met';
  if (actual >= expected) return 'on_track';
  if (actual >= expected * AT_RISK_THRESHOLD) return 'at_risk';
  return 'behind';
}

const carriedInLine = (c: CarriedLine, settled: readonly { lineId: string; amount: number }[] = []): CarriedInLine => ({
  lineId: c.lineId,
  amount: c.amount,
  originPeriod: c.originPeriod,
  path: c.path,
  status: c.status,
  sourcePlanId: c.sourcePlanId,
  settledToDate: settled.find((s) => s.lineId === c.lineId)?.amount ?? 0,
});

/** The sheet as of a date (YYYY-MM-DD): actuals up to that day, expected-to-date linear over the period's days; null before the plan is opened. */
export function trackingSheetView(doc: TrackingSheetDocument, asOf: string): TrackingSheetView | null {
  if (doc.status === 'none' || doc.currency === null) return null;
  const fraction = elapsedFraction(doc.period, asOf);
  const rows = planLines({ ...doc, currency: doc.currency, actuals: {} }).map((line): TrackingRow => {
    const actualToDate = Object.entries(doc.actualsByDate[lineKey(line.salespersonId, line.metric)] ?? {}).reduce((sum, [date, amount]) => (date <= asOf ? sum + amount : sum), 0);
    const item = appraiseLine(doc.period, { ...line, actual: actualToDate });
    const expectedToDate = Math.round(item.effectiveTarget * fraction);
    return {
      salespersonId: line.salespersonId,
      salespersonName: line.salespersonName,
      metric: line.metric,
      ...(line.currency ? { currency: line.currency } : {}),
      baseTarget: line.baseTarget,
      carriedIn: item.carriedIn,
      carriedInLines: doc.carriedIn.filter((c) => c.salespersonId === line.salespersonId && c.metric === line.metric).map((c) => carriedInLine(c, item.settled)),
      adjustments: line.adjustments,
      effectiveTarget: item.effectiveTarget,
      actualToDate,
      completionPercent: item.completionBasisPoints === null ? null : item.completionBasisPoints / 100,
      variance: actualToDate - item.effectiveTarget,
      expectedToDate,
      pace: pace(actualToDate, item.effectiveTarget, expectedToDate),
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
      carriedInLines: [carriedInLine(c)],
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
    elapsedPercent: Math.round(fraction * 10000) / 100,
    rows,
  };
}
