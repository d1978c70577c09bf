const METRIC_LABELS: Record<string, string> = {
  revenue: 'Revenue',
  gross_profit: 'Gross profit',
  collections: 'Collections',
  new_customers: 'New customers',
};

const STATUS_LABELS: Record<string, string> = {
  draft: 'Draft',
  submitted: 'Submitted for approval',
  rejected: 'Rejected',
  approved: 'Approved',
  book_submitted: 'Plan book submitted',
  book_rejected: 'Plan book rejected',
  executing: 'Executing',
  summarised: 'Summarised',
  appraised: 'Appraised',
  appraisal_revised: 'Appraisal revised',
  appraisal_approved: 'Appraisal approved',
  appraisal_rejected: 'Appraisal rejected',
  published: 'Published',
};

export const isMoneyMetric = (metric: string) => metric !== 'new_customers';

export const PLAN_STATUSES = Object.keys(STATUS_LABELS);

export const metricLabel = (metric: string) => METRIC_LABELS[metric] ?? humanize(metric);
export const statusLabel = (status: string) => STATUS_LABELS[status] ?? humanize(status);

export function humanize(value: string): string {
  const spaced = value.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim().toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

const moneyFormats = new Map<string, Intl.NumberFormat>();
function moneyFormat(currency: string): Intl.NumberFormat {
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat(undefined, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' });
    moneyFormats.set(currency, format);
  }
  return format;
}

/** Money is kept in integer minor units (fen, cents); counts are plain integers. */
export function toMajorUnits(amount: number, currency?: string): number {
  if (!currency) return amount;
  return amount / 10 ** (moneyFormat(currency).resolvedOptions().maximumFractionDigits ?? 2);
}

export function formatQuantity(amount: number, currency?: string): string {
  if (!currency) return new Intl.NumberFormat().format(amount);
  return moneyFormat(currency).format(toMajorUnits(amount, currency));
}

/** A value already in major units (chart scales), formatted like the tables. */
export function formatMajorUnits(value: number, currency?: string): string {
  return currency ? moneyFormat(currency).format(value) : new Intl.NumberFormat().format(value);
}

export function formatPercent(value: number | null): string {
  return value === null ? 'no target' : `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }).format(value)} %`;
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDate(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { dateStyle: 'medium' });
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

/** The as-of date a sheet opens on: today, kept inside the plan's period. */
export function defaultAsOf(period: string): string {
  const bounds = periodBounds(period);
  const day = today();
  if (!bounds) return day;
  if (day < bounds.start) return bounds.start;
  if (day > bounds.end) return bounds.end;
  return day;
}
