/**
 * What spreadsheet users need from an export: a UTF-8 byte order mark, so Excel reads Chinese (and
 * every other non-ASCII) text as UTF-8, and amounts in currency units beside the integer minor units.
 */
export const UTF8_BOM = '\uFEFF';

/** ISO 4217 minor-unit exponents other than 2 (CNY, USD, EUR, … have 2). */
const EXPONENTS: Readonly<Record<string, number>> = {
  BHD: 3, BIF: 0, CLF: 4, CLP: 0, DJF: 0, GNF: 0, IQD: 3, ISK: 0, JOD: 3, JPY: 0, KMF: 0, KRW: 0, KWD: 3, LYD: 3,
  OMR: 3, PYG: 0, RWF: 0, TND: 3, UGX: 0, UYI: 0, UYW: 4, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
};

export function currencyExponent(currency: string): number {
  return EXPONENTS[currency] ?? 2;
}

/**
 * An amount in integer minor units as an exact decimal string in currency units (1200050 CNY →
 * "12000.50", 5000 JPY → "5000"); a count (no currency) as it is.
 */
export function decimalAmount(minor: number, currency: string | null | undefined): string {
  if (!currency) return String(minor);
  const exponent = currencyExponent(currency);
  if (exponent === 0) return String(minor);
  const digits = BigInt(Math.trunc(minor)).toString().replace('-', '').padStart(exponent + 1, '0');
  return `${minor < 0 ? '-' : ''}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}
