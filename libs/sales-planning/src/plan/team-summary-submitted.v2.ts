import type { Event, Upcaster } from '#app/eventsourcing';
import type { Metric } from '#app/shared-kernel';
import type { AppraisalItem, MetricTotal, TeamSummarySubmitted } from './plan.events.js';

/** A team total per metric, with the shortfall Decision 6 defines. */
export interface TeamMetricTotal extends MetricTotal {
  /**
   * Σ max(0, effective target − actual) over the team's salespeople × this metric. Team target −
   * team actual would net one salesperson's over-achievement against another's shortfall, which
   * Decision 6 forbids, so v1 totals let a reader compute the wrong number. null on summaries
   * recorded as v1: they did not record it, and it cannot be derived from their totals.
   */
  shortfall: number | null;
}

/** v2 of TeamSummarySubmitted: each total also carries the team's un-netted shortfall. */
export type TeamSummarySubmittedV2 = Event<
  'TeamSummarySubmitted.v2',
  Omit<TeamSummarySubmitted['data'], 'totals'> & { totals: TeamMetricTotal[] }
>;

/** v1 → v2: every total gets `shortfall: null` ("not recorded"). */
export const teamSummarySubmittedV1ToV2: Upcaster = {
  fromType: 'TeamSummarySubmitted',
  toType: 'TeamSummarySubmitted.v2',
  upcast(data): TeamSummarySubmittedV2['data'] {
    const v1 = data as TeamSummarySubmitted['data'];
    return { ...v1, totals: v1.totals.map((total) => ({ ...total, shortfall: null })) };
  },
};

/** The team totals of the appraisal lines: target, actual and Decision 6's shortfall per metric. */
export function teamTotals(items: readonly AppraisalItem[]): TeamMetricTotal[] {
  const byMetric = new Map<Metric, TeamMetricTotal>();
  for (const item of items) {
    const total = byMetric.get(item.metric) ?? { metric: item.metric, target: 0, actual: 0, ...(item.currency ? { currency: item.currency } : {}), shortfall: 0 };
    total.target += item.effectiveTarget;
    total.actual += item.actual;
    total.shortfall! += item.shortfall;
    byMetric.set(item.metric, total);
  }
  return [...byMetric.values()];
}
