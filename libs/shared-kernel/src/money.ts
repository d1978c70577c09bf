import { ValidationError } from '#app/eventsourcing';

/** Money in integer minor units (Decision 10); counts have no currency. */
export interface Quantity {
  amount: number;
  currency?: string;
}

export interface Money {
  amount: number;
  currency: string;
}

/**
 * Decision 10, exact at every size: the largest amount a command may carry, and the largest total
 * of one metric the plan keeps (targets, carried-in lines, actuals). Every sum and difference the
 * system computes is of a few such totals, so it stays far inside Number.MAX_SAFE_INTEGER
 * (2^53 − 1 ≈ 9.007 × 10^15): 10^15 minor units, ten trillion CNY.
 */
export const MAX_AMOUNT = 1_000_000_000_000_000;

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export const isCurrencyCode = (code: string): boolean => /^[A-Z]{3}$/.test(code) && CURRENCIES.has(code);

export function assertAmount(amount: number, field: string): void {
  if (!Number.isSafeInteger(amount) || amount < 0 || amount > MAX_AMOUNT) {
    throw new ValidationError('AMOUNT.INVALID', `${field} must be an integer from 0 to ${MAX_AMOUNT} (minor units)`, [
      { field, messages: [`${field} must be an integer from 0 to ${MAX_AMOUNT}`] },
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
