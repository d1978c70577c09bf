import { ValidationError } from '#app/eventsourcing';
import { assertAmount, isCurrencyCode, type Money } from './money.js';
import { isCalendarDate } from './period.js';

const invalid = (code: string, field: string, message: string): ValidationError =>
  new ValidationError(code, `${field}: ${message}`, [{ field, messages: [message] }]);

export function requireText(value: unknown, field: string, code = 'FIELD.REQUIRED'): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') throw invalid(code, field, `${field} must not be empty`);
  return text;
}

export function optionalText(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalid('FIELD.INVALID', field, `${field} must be text`);
  const text = value.trim();
  return text === '' ? undefined : text;
}

/** Trims, drops blanks and repeats; at least `min` items must remain. */
export function requireTextList(value: unknown, field: string, code = 'FIELD.REQUIRED', min = 1): string[] {
  const items = Array.isArray(value) ? value : [];
  const texts = [...new Set(items.map((item) => (typeof item === 'string' ? item.trim() : '')).filter((t) => t !== ''))];
  if (texts.length < min) throw invalid(code, field, `${field} must contain at least ${min} item${min === 1 ? '' : 's'}`);
  return texts;
}

export function requireOneOf<T extends string>(value: unknown, options: readonly T[], field: string, code: string): T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    throw invalid(code, field, `${field} must be one of ${options.join(', ')}`);
  }
  return value as T;
}

/** DATE.INVALID as a value unless the value is a calendar date YYYY-MM-DD; null when it is. */
export function dateRefusal(value: unknown, field: string): ValidationError | null {
  return typeof value === 'string' && isCalendarDate(value) ? null : invalid('DATE.INVALID', field, `${field} must be a calendar date YYYY-MM-DD`);
}

export function requireDate(value: unknown, field: string): string {
  const refusal = dateRefusal(value, field);
  if (refusal) throw refusal;
  return value as string;
}

export function requireCount(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw invalid('COUNT.INVALID', field, `${field} must be a non-negative integer`);
  }
  return value;
}

/** Decision 10: integer minor units and an ISO 4217 code, never a float. */
export function requireMoney(value: unknown, field: string): Money {
  if (value === null || typeof value !== 'object') throw invalid('FIELD.REQUIRED', field, `${field} must be an amount with a currency`);
  const { amount, currency } = value as Partial<Money>;
  assertAmount(amount as number, `${field}.amount`);
  if (typeof currency !== 'string' || !isCurrencyCode(currency)) {
    throw invalid('CURRENCY.INVALID', `${field}.currency`, 'currency must be an ISO 4217 code such as CNY');
  }
  return { amount: amount as number, currency };
}

export function optionalMoney(value: unknown, field: string): Money | undefined {
  return value === undefined || value === null ? undefined : requireMoney(value, field);
}
