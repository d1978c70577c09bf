import { describe, expect, it } from '@jest/globals';
import { currencyExponent, decimalAmount } from './export-spreadsheet.js';

describe('amounts for spreadsheets', () => {
  it('knows the ISO 4217 exponent: 2 for CNY, USD, EUR; 0 for JPY and KRW; 3 for KWD', () => {
    expect(['CNY', 'USD', 'EUR', 'JPY', 'KRW', 'KWD'].map(currencyExponent)).toEqual([2, 2, 2, 0, 0, 3]);
  });

  it.each([
    [1_200_050, 'CNY', '12000.50'],
    [5, 'USD', '0.05'],
    [-1_234, 'EUR', '-12.34'],
    [5_000, 'JPY', '5000'],
    [1_234_567, 'KWD', '1234.567'],
    [9_007_199_254_740_991, 'CNY', '90071992547409.91'],
    [3, undefined, '3'],
  ])('writes %d minor units of %s as %s, exactly', (minor, currency, decimal) => {
    expect(decimalAmount(minor, currency)).toBe(decimal);
  });
});
