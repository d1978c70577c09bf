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

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export const isCurrencyCode = (code: string): boolean => /^[A-Z]{3}$/.test(code) && CURRENCIES.has(code);

export function assertAmount(amount: number, field: string): void {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new ValidationError('AMOUNT.INVALID', `${field} must be a non-negative integer (minor units)`, [
      { field, messages: [`${field} must be a non-negative integer`] },
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
