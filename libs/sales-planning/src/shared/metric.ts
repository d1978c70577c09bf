import { ValidationError } from '#app/eventsourcing';

export const MONEY_METRICS = ['revenue', 'gross_profit', 'collections'] as const;
export const COUNT_METRICS = ['new_customers'] as const;
export const METRICS = [...MONEY_METRICS, ...COUNT_METRICS] as const;
export type Metric = (typeof METRICS)[number];

export const isMetric = (value: string): value is Metric => (METRICS as readonly string[]).includes(value);
export const isMoneyMetric = (metric: Metric): boolean => (MONEY_METRICS as readonly string[]).includes(metric);

/** Money in integer minor units (Decision 10); counts have no currency. */
export interface Quantity {
  amount: number;
  currency?: string;
}

export interface Money {
  amount: number;
  currency: string;
}

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export const isCurrencyCode = (code: string): boolean => /^[A-Z]{3}$/.test(code) && CURRENCIES.has(code);

export function assertAmount(amount: number, field: string): void {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new ValidationError('AMOUNT.INVALID', `${field} must be a non-negative integer (minor units)`, [
      { field, messages: [`${field} must be a non-negative integer`] },
    ]);
  }
}

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

export function assertMoneyCurrency(currency: string | undefined, planCurrency: string, field: string): void {
  if (currency === undefined || !isCurrencyCode(currency)) {
    throw new ValidationError('CURRENCY.INVALID', `${field} must be an ISO 4217 currency code`, [
      { field, messages: ['currency must be an ISO 4217 code such as CNY'] },
    ]);
  }
  if (currency !== planCurrency) {
    throw new ValidationError('CURRENCY.MISMATCH', `${field} is ${currency} but the plan is kept in ${planCurrency}`, [
      { field, messages: [`currency must be ${planCurrency}`] },
    ]);
  }
}
