import { ValidationError } from '#app/eventsourcing';

export type Granularity = 'year' | 'quarter' | 'month';

export interface Period {
  /** Canonical text: `2027`, `2027-Q1` or `2027-03`. */
  id: string;
  granularity: Granularity;
  year: number;
  /** Quarter 1–4 or month 1–12; 1 for a year. */
  index: number;
}

const PATTERN = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;
export const PERIOD_PATTERN = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;

export function parsePeriod(text: string): Period {
  const m = PATTERN.exec(text);
  const year = m ? Number(m[1]) : NaN;
  if (!m || year < 1900 || year > 9999) {
    throw new ValidationError('PERIOD.INVALID', `"${text}" is not a period: use 2027, 2027-Q1 or 2027-03`, [
      { field: 'period', messages: ['period must look like 2027, 2027-Q1 or 2027-03'] },
    ]);
  }
  if (m[2]) return { id: text, granularity: 'quarter', year, index: Number(m[2]) };
  if (m[3]) return { id: text, granularity: 'month', year, index: Number(m[3]) };
  return { id: text, granularity: 'year', year, index: 1 };
}

export function isPeriod(text: string): boolean {
  return PATTERN.test(text);
}

function format(granularity: Granularity, year: number, index: number): string {
  if (granularity === 'year') return String(year);
  if (granularity === 'quarter') return `${year}-Q${index}`;
  return `${year}-${String(index).padStart(2, '0')}`;
}

/** The next period of the same granularity: 2027-03 → 2027-04, 2027-Q4 → 2028-Q1, 2027 → 2028. */
export function nextPeriod(text: string): string {
  const p = parsePeriod(text);
  const last = p.granularity === 'year' ? 1 : p.granularity === 'quarter' ? 4 : 12;
  return p.index === last ? format(p.granularity, p.year + 1, 1) : format(p.granularity, p.year, p.index + 1);
}

/** First and last calendar day of the period, as YYYY-MM-DD. */
export function periodBounds(text: string): { start: string; end: string } {
  const p = parsePeriod(text);
  const [firstMonth, lastMonth] =
    p.granularity === 'year' ? [1, 12] : p.granularity === 'quarter' ? [3 * p.index - 2, 3 * p.index] : [p.index, p.index];
  const lastDay = new Date(Date.UTC(p.year, lastMonth, 0)).getUTCDate();
  const mm = (n: number) => String(n).padStart(2, '0');
  return { start: `${p.year}-${mm(firstMonth)}-01`, end: `${p.year}-${mm(lastMonth)}-${mm(lastDay)}` };
}

export function periodContains(text: string, date: string): boolean {
  const { start, end } = periodBounds(text);
  return date >= start && date <= end;
}

/** Number of days in the period. */
export function periodDays(text: string): number {
  const { start, end } = periodBounds(text);
  return Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;
}

/** The period's days that have elapsed by the end of `asOf` (YYYY-MM-DD), counting it, and the period's days: an exact fraction. */
export function elapsedDays(text: string, asOf: string): { elapsed: number; days: number } {
  const { start, end } = periodBounds(text);
  const days = periodDays(text);
  if (asOf < start) return { elapsed: 0, days };
  if (asOf >= end) return { elapsed: days, days };
  return { elapsed: Math.round((Date.parse(asOf) - Date.parse(start)) / 86_400_000) + 1, days };
}

/** Fraction (0–1) of the period's days that have elapsed by the end of `asOf` (YYYY-MM-DD). */
export function elapsedFraction(text: string, asOf: string): number {
  const { elapsed, days } = elapsedDays(text, asOf);
  return elapsed / days;
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A real day of the Gregorian calendar, YYYY-MM-DD, years 0001–9999 (there is no year 0). */
export function isCalendarDate(text: string): boolean {
  if (!DATE.test(text) || text.startsWith('0000')) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}
