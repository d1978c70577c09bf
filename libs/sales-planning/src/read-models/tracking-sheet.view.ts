import { appraiseLine } from '../plan/appraisal.js';
import { planLines, type CarriedLine } from '../plan/plan.js';
import { elapsedFraction } from '#app/shared-kernel';
import type { TrackingSheetDocument } from './tracking-sheet.projection.js';

export type PaceStatus = 'met' | 'on_track' | 'at_risk' | 'behind' | 'no_target';

/** Pace thresholds: met when actual ≥ target; on track at ≥ 100 % of expected-to-date; at risk at ≥ 80 %; behind below. */
export const AT_RISK_THRESHOLD = 0.8;

export interface TrackingRow {
  salespersonId: string;
  salespersonName: string;
  metric: string;
  currency?: string;
  baseTarget: number;
  carriedIn: number;
  carriedInLines: Pick<CarriedLine, 'lineId' | 'amount' | 'originPeriod' | 'path' | 'status' | 'sourcePlanId'>[];
  adjustments: number;
  effectiveTarget: number;
  actualToDate: number;
  /** actual ÷ effective target in percent, 2 decimals; null = "no target" (Decision 4). */
  completionPercent: number | null;
  variance: number;
  expectedToDate: number;
  pace: PaceStatus;
}

export interface TrackingSheetView {
  planId: string;
  team: string;
  period: string;
  status: string;
  currency: string;
  asOf: string;
  elapsedPercent: number;
  rows: TrackingRow[];
}

export function pace(actual: number, target: number, expected: number): PaceStatus {
  if (target === 0) return 'no_target';
  if (actual >= target) return 'met';
  if (actual >= expected) return 'on_track';
  if (actual >= expected * AT_RISK_THRESHOLD) return 'at_risk';
  return 'behind';
}

/** The sheet as of a date (YYYY-MM-DD): actuals up to that day, expected-to-date linear over the period's days. */
export function trackingSheetView(doc: TrackingSheetDocument, asOf: string): TrackingSheetView | null {
  const plan = doc.plan;
  if (plan.status === 'none') return null;
  const fraction = elapsedFraction(plan.period, asOf);
  const carried = [...plan.carriedIn];
  const rows = planLines(plan).map((line): TrackingRow => {
    const key = `${line.salespersonId}:${line.metric}`;
    const actualToDate = Object.entries(doc.actualsByDate[key] ?? {}).reduce((sum, [date, amount]) => (date <= asOf ? sum + amount : sum), 0);
    const item = appraiseLine(plan.period, { ...line, actual: actualToDate });
    const expectedToDate = Math.round(item.effectiveTarget * fraction);
    return {
      salespersonId: line.salespersonId,
      salespersonName: line.salespersonName,
      metric: line.metric,
      ...(line.currency ? { currency: line.currency } : {}),
      baseTarget: line.baseTarget,
      carriedIn: item.carriedIn,
      carriedInLines: carried
        .filter((c) => c.salespersonId === line.salespersonId && c.metric === line.metric)
        .map((c) => ({ lineId: c.lineId, amount: c.amount, originPeriod: c.originPeriod, path: c.path, status: c.status, sourcePlanId: c.sourcePlanId })),
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
  for (const c of carried) {
    if (rows.some((r) => r.salespersonId === c.salespersonId && r.metric === c.metric)) continue;
    rows.push({
      salespersonId: c.salespersonId,
      salespersonName: c.salespersonName,
      metric: c.metric,
      ...(c.currency ? { currency: c.currency } : {}),
      baseTarget: 0,
      carriedIn: 0,
      carriedInLines: [{ lineId: c.lineId, amount: c.amount, originPeriod: c.originPeriod, path: c.path, status: c.status, sourcePlanId: c.sourcePlanId }],
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
    planId: plan.planId,
    team: plan.team,
    period: plan.period,
    status: plan.status,
    currency: plan.currency,
    asOf,
    elapsedPercent: Math.round(fraction * 10000) / 100,
    rows,
  };
}
