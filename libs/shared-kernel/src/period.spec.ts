import { describe, expect, it } from '@jest/globals';
import { ValidationError } from '#app/eventsourcing';
import { elapsedFraction, isCalendarDate, nextPeriod, parsePeriod, periodBounds, periodContains, periodDays } from './period.js';

describe('periods', () => {
  it('parses years, quarters and months', () => {
    expect(parsePeriod('2027')).toEqual({ id: '2027', granularity: 'year', year: 2027, index: 1 });
    expect(parsePeriod('2027-Q3')).toEqual({ id: '2027-Q3', granularity: 'quarter', year: 2027, index: 3 });
    expect(parsePeriod('2027-03')).toEqual({ id: '2027-03', granularity: 'month', year: 2027, index: 3 });
  });

  it.each(['2027-Q0', '2027-Q5', '2027-13', '2027-00', '27', '2027-3', '2027Q1', ''])('rejects "%s"', (text) => {
    expect(() => parsePeriod(text)).toThrow(ValidationError);
  });

  it.each([
    ['2027-03', '2027-04'],
    ['2027-12', '2028-01'],
    ['2027-Q1', '2027-Q2'],
    ['2027-Q4', '2028-Q1'],
    ['2027', '2028'],
  ])('follows %s with %s', (p, next) => {
    expect(nextPeriod(p)).toBe(next);
  });

  it('knows each period\'s first and last day, leap years included', () => {
    expect(periodBounds('2027')).toEqual({ start: '2027-01-01', end: '2027-12-31' });
    expect(periodBounds('2027-Q1')).toEqual({ start: '2027-01-01', end: '2027-03-31' });
    expect(periodBounds('2028-02')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(periodBounds('2027-02')).toEqual({ start: '2027-02-01', end: '2027-02-28' });
    expect(periodDays('2027-Q1')).toBe(90);
    expect(periodDays('2028')).toBe(366);
  });

  it('contains exactly its own days', () => {
    expect(periodContains('2027-Q2', '2027-04-01')).toBe(true);
    expect(periodContains('2027-Q2', '2027-06-30')).toBe(true);
    expect(periodContains('2027-Q2', '2027-07-01')).toBe(false);
    expect(periodContains('2027-Q2', '2027-03-31')).toBe(false);
  });

  it('measures the elapsed fraction linearly over the days, counting the as-of day', () => {
    expect(elapsedFraction('2027-04', '2027-03-31')).toBe(0);
    expect(elapsedFraction('2027-04', '2027-04-15')).toBeCloseTo(15 / 30);
    expect(elapsedFraction('2027-04', '2027-04-30')).toBe(1);
    expect(elapsedFraction('2027-04', '2027-05-10')).toBe(1);
  });

  it('checks calendar dates', () => {
    expect(isCalendarDate('2027-02-28')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2027-2-1')).toBe(false);
  });
});
