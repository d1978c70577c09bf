import { ValidationError } from '#app/eventsourcing';
import { assertAmount, assertMoneyCurrency, type Quantity } from './money.js';

export const MONEY_METRICS = ['revenue', 'gross_profit', 'collections'] as const;
export const COUNT_METRICS = ['new_customers'] as const;
export const METRICS = [...MONEY_METRICS, ...COUNT_METRICS] as const;
export type Metric = (typeof METRICS)[number];

export const isMetric = (value: string): value is Metric => (METRICS as readonly string[]).includes(value);
export const isMoneyMetric = (metric: Metric): boolean => (MONEY_METRICS as readonly string[]).includes(metric);

/** Checks a metric's quantity: money in the plan's currency, counts without one. */
export function assertQuantity(metric: string, quantity: Quantity, planCurrency: string, field: string): asserts metric is Metric {
  if (!isMetric(metric)) {
    throw new ValidationError('METRIC.UNKNOWN', `Unknown metric "${metric}"`, [
      { field: `${field}.metric`, messages: [`metric must be one of ${METRICS.join(', ')}`] },
    ]);
  }
  assertAmount(quantity.amount, `${field}.amount`);
  if (isMoneyMetric(metric)) assertMoneyCurrency(quantity.currency, planCurrency, `${field}.currency`);
  else if (quantity.currency !== undefined) {
    throw new ValidationError('AMOUNT.CURRENCY_ON_COUNT', `${metric} is a count and takes no currency`, [
      { field: `${field}.currency`, messages: ['a count has no currency'] },
    ]);
  }
}
