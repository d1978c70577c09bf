import { ValidationError } from '#app/eventsourcing';
import { MAX_AMOUNT } from '#app/shared-kernel';
import { lineKey, planLines, type PlanState } from './plan.js';

const KINDS = ['company target', 'base target', 'carried-in', 'effective target', 'pending effective target', 'actual', 'appraised target', 'appraised actual'] as const;
type TotalKind = (typeof KINDS)[number];

/** Every total the plan keeps or computes, per metric and kind. */
export function planTotals(state: PlanState): Map<string, number> {
  const totals = new Map<string, number>();
  const add = (kind: TotalKind, metric: string, value: number) => totals.set(`${kind}|${metric}`, (totals.get(`${kind}|${metric}`) ?? 0) + value);
  if (state.status === 'none') {
    for (const line of state.pendingCarryIn) add('carried-in', line.metric, line.amount);
    return totals;
  }
  for (const t of state.companyTargets) add('company target', t.metric, t.amount);
  for (const t of state.targets) add('base target', t.metric, t.amount);
  for (const c of state.carriedIn) add('carried-in', c.metric, c.amount);
  const pending = new Map((state.pendingAdjustment?.changes ?? []).map((c) => [lineKey(c.salespersonId, c.metric), c.to - c.from]));
  for (const line of planLines(state)) {
    const effective = Math.max(0, line.baseTarget + line.adjustments + line.carried.reduce((sum, c) => sum + c.amount, 0));
    add('effective target', line.metric, effective);
    add('pending effective target', line.metric, Math.max(0, effective + (pending.get(lineKey(line.salespersonId, line.metric)) ?? 0)));
  }
  for (const [key, value] of Object.entries(state.actuals)) add('actual', key.slice(key.lastIndexOf(':') + 1), value);
  for (const item of state.appraisal?.items ?? []) {
    add('appraised target', item.metric, item.effectiveTarget);
    add('appraised actual', item.metric, item.actual);
  }
  return totals;
}

/**
 * Decision 10, exact at every size: an outcome that takes a total of the plan (per metric: company
 * target, base targets, carried-in lines, effective targets with a pending adjustment, actuals, the
 * appraisal's) past MAX_AMOUNT is refused, so every sum the plan, its summaries, its appraisal,
 * its carry-over and its read models compute stays an exact integer. A total already past it (never
 * written by this version) does not block commands that do not raise it.
 */
export function requireTotalsWithin(before: PlanState, after: PlanState): void {
  const previous = planTotals(before);
  for (const [key, total] of planTotals(after)) {
    if (total <= MAX_AMOUNT || total <= (previous.get(key) ?? 0)) continue;
    const [kind, metric] = key.split('|') as [TotalKind, string];
    throw new ValidationError(
      'AMOUNT.TOTAL_TOO_LARGE',
      `The plan's ${kind} total of ${metric} would be ${total}, more than ${MAX_AMOUNT} minor units; amounts are kept exact, so the plan refuses it`,
      [],
      { metric, total: kind, max: MAX_AMOUNT },
    );
  }
}
