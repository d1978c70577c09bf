import { currentLocale, intlTag } from './i18n/locale.js';
import { messages } from './i18n/messages.js';

export const isMoneyMetric = (metric: string) => metric !== 'new_customers';

const tag = () => intlTag(currentLocale());

const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: (locale: string) => T): T {
  const full = `${tag()}|${key}`;
  let format = formats.get(full) as T | undefined;
  if (!format) formats.set(full, (format = make(tag())));
  return format;
}

const moneyFormat = (currency: string) => cached(`money:${currency}`, (l) => new Intl.NumberFormat(l, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }));
const numberFormat = () => cached('number', (l) => new Intl.NumberFormat(l));

/** The currency's exponent (CNY 2, JPY 0, BHD 3), from Intl. */
export const currencyExponent = (currency: string): number => new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

/** Money is kept in integer minor units (fen, cents); counts are plain integers. */
export function toMajorUnits(amount: number, currency?: string): number {
  if (!currency) return amount;
  return amount / 10 ** currencyExponent(currency);
}

/** A major-unit amount typed in a form ("1234.5") as integer minor units, or null when it is not one. */
export function toMinorUnits(text: string, currency?: string): number | null {
  const value = text.trim().replace(/[,\s，]/g, '');
  if (!/^\d+(\.\d+)?$/.test(value)) return null;
  const exponent = currency ? currencyExponent(currency) : 0;
  const [whole, fraction = ''] = value.split('.') as [string, string?];
  if (fraction.length > exponent) return null;
  return Number(whole) * 10 ** exponent + Number(fraction.padEnd(exponent, '0') || '0');
}

export const formatNumber = (value: number): string => numberFormat().format(value);

export function formatQuantity(amount: number, currency?: string): string {
  if (!currency) return numberFormat().format(amount);
  return moneyFormat(currency).format(toMajorUnits(amount, currency));
}

/** A value already in major units (chart scales), formatted like the tables. */
export function formatMajorUnits(value: number, currency?: string): string {
  return currency ? moneyFormat(currency).format(value) : numberFormat().format(value);
}

/** A percentage given as a number of percent (62.5 → 62.5 %), or “no target” for null. */
export function formatPercent(value: number | null): string {
  if (value === null) return messages().common.noTarget;
  return cached('percent', (l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 2 })).format(value / 100);
}

/** One date format per locale: Feb 15, 2027 / 2027年2月15日. */
export function formatDate(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : cached('date', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeZone: 'UTC' })).format(date);
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : cached('datetime', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short' })).format(date);
}

/** A period as words: 2027, Q1 2027 / 2027年第1季度, Mar 2027 / 2027年3月. */
export function formatPeriod(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return currentLocale() === 'zh-CN' ? `${quarter[1]}年第${quarter[2]}季度` : `Q${quarter[2]} ${quarter[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return cached('month', (l) => new Intl.DateTimeFormat(l, { year: 'numeric', month: 'short', timeZone: 'UTC' })).format(new Date(`${period}-01T00:00:00Z`));
  return period;
}

export const metricLabel = (metric: string) => (messages().metrics as Record<string, string>)[metric] ?? metric;
export const statusLabel = (status: string) => (messages().planStatus as Record<string, string>)[status] ?? status;

/** A code of a closed list (`in_development`) in the current language, or the code itself when the list lacks it. */
export function label<K extends string>(table: Record<K, string>, code: string | null | undefined): string {
  if (code === null || code === undefined || code === '') return '—';
  return (table as Record<string, string>)[code] ?? code;
}

export function humanize(value: string): string {
  const spaced = value.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim().toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** Today in the browser's time zone, as YYYY-MM-DD. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** First and last day of a period `2027`, `2027-Q1` or `2027-03` (YYYY-MM-DD), or null. */
export function periodBounds(period: string): { start: string; end: string } | null {
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
  let match = /^(\d{4})$/.exec(period);
  if (match) return { start: `${match[1]}-01-01`, end: `${match[1]}-12-31` };
  match = /^(\d{4})-Q([1-4])$/.exec(period);
  if (match) {
    const year = Number(match[1]);
    const first = (Number(match[2]) - 1) * 3 + 1;
    return { start: `${year}-${pad(first)}-01`, end: `${year}-${pad(first + 2)}-${pad(lastDay(year, first + 2))}` };
  }
  match = /^(\d{4})-(\d{2})$/.exec(period);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    return { start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(lastDay(year, month))}` };
  }
  return null;
}

export type PeriodPhase = 'future' | 'current' | 'closed';

/**
 * The as-of date a sheet opens on, and why: today inside the period; the first day of a period
 * that has not started; the last day of one that is over.
 */
export function defaultAsOf(period: string, day = today()): { asOf: string; phase: PeriodPhase } {
  const bounds = periodBounds(period);
  if (!bounds) return { asOf: day, phase: 'current' };
  if (day < bounds.start) return { asOf: bounds.start, phase: 'future' };
  if (day > bounds.end) return { asOf: bounds.end, phase: 'closed' };
  return { asOf: day, phase: 'current' };
}
