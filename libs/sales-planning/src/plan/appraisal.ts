import type { Metric } from '#app/shared-kernel';
import type { AppraisalItem, ShortfallPiece } from './plan.events.js';

export interface LineInput {
  salespersonId: string;
  salespersonName: string;
  metric: Metric;
  currency?: string;
  baseTarget: number;
  adjustments: number;
  carried: { lineId: string; amount: number; originPeriod: string; path: string[] }[];
  actual: number;
}

/** Decision 4: actual ÷ target in basis points rounded half up (2/3 → 6667, shown as 66.67 %), or null ("no target") for a zero target. */
export function completionBasisPoints(actual: number, target: number): number | null {
  if (target === 0) return null;
  return Number((BigInt(actual) * 20_000n + BigInt(target)) / (2n * BigInt(target)));
}

/**
 * Appraises one salesperson × metric line (Decision 6): shortfall = max(0, effective target − actual).
 * Actuals settle the oldest carried-in debt first, then this period's own target, so each unmet
 * part keeps the lineage of the target it belongs to.
 */
export function appraiseLine(period: string, line: LineInput): AppraisalItem {
  const carried = [...line.carried]
    .sort((a, b) => (a.originPeriod === b.originPeriod ? a.lineId.localeCompare(b.lineId) : a.originPeriod < b.originPeriod ? -1 : 1))
    .map((c) => ({ ...c }));
  let own = line.baseTarget + line.adjustments;
  if (own < 0) {
    // A downward adjustment larger than the period's own target reduces the newest carried lines.
    let deficit = -own;
    own = 0;
    for (let i = carried.length - 1; i >= 0 && deficit > 0; i--) {
      const cut = Math.min(deficit, carried[i]!.amount);
      carried[i]!.amount -= cut;
      deficit -= cut;
    }
  }
  const carriedIn = carried.reduce((sum, c) => sum + c.amount, 0);
  const effectiveTarget = own + carriedIn;
  let remaining = line.actual;
  const pieces: ShortfallPiece[] = [];
  const settled: { lineId: string; amount: number }[] = [];
  for (const c of carried) {
    const paid = Math.min(remaining, c.amount);
    remaining -= paid;
    if (paid > 0) settled.push({ lineId: c.lineId, amount: paid });
    if (c.amount - paid > 0) pieces.push({ lineId: c.lineId, originPeriod: c.originPeriod, path: [...c.path, period], amount: c.amount - paid });
  }
  const ownUnmet = own - Math.min(remaining, own);
  if (ownUnmet > 0) pieces.push({ originPeriod: period, path: [period], amount: ownUnmet });
  return {
    salespersonId: line.salespersonId,
    salespersonName: line.salespersonName,
    metric: line.metric,
    ...(line.currency ? { currency: line.currency } : {}),
    baseTarget: line.baseTarget,
    carriedIn: line.carried.reduce((sum, c) => sum + c.amount, 0),
    adjustments: line.adjustments,
    effectiveTarget,
    actual: line.actual,
    completionBasisPoints: completionBasisPoints(line.actual, effectiveTarget),
    shortfall: Math.max(0, effectiveTarget - line.actual),
    pieces,
    settled,
  };
}
