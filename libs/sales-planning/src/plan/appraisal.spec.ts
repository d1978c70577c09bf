import { describe, expect, it } from '@jest/globals';
import { appraiseLine, completionBasisPoints, type LineInput } from './appraisal.js';

const line = (over: Partial<LineInput> = {}): LineInput => ({
  salespersonId: 'ann',
  salespersonName: 'Ann',
  metric: 'revenue',
  currency: 'CNY',
  baseTarget: 100,
  adjustments: 0,
  carried: [],
  actual: 0,
  ...over,
});

describe('appraising one salesperson × metric line', () => {
  it('computes shortfall = max(0, effective target − actual) and completion in basis points', () => {
    const item = appraiseLine('2027-Q2', line({ actual: 60 }));
    expect(item).toMatchObject({ effectiveTarget: 100, actual: 60, shortfall: 40, completionBasisPoints: 6000 });
    expect(item.pieces).toEqual([{ originPeriod: '2027-Q2', path: ['2027-Q2'], amount: 40 }]);
  });

  it('does not net over-achievement: no shortfall, completion above 100 %', () => {
    const item = appraiseLine('2027-Q2', line({ actual: 150 }));
    expect(item).toMatchObject({ shortfall: 0, completionBasisPoints: 15000, pieces: [], settled: [] });
  });

  it('shows a zero target as "no target" (null), never a division error', () => {
    expect(appraiseLine('2027-Q2', line({ baseTarget: 0, actual: 5 })).completionBasisPoints).toBeNull();
    expect(completionBasisPoints(0, 0)).toBeNull();
  });

  it('computes completion exactly for amounts beyond 2^53 / 10 000', () => {
    expect(completionBasisPoints(3_000_000_000_000_000, 4_000_000_000_000_000)).toBe(7500);
  });

  it('settles carried-in debt before this period’s own target', () => {
    const item = appraiseLine('2027-Q2', line({ carried: [{ lineId: 'L1', amount: 30, originPeriod: '2027-Q1', path: ['2027-Q1'] }], actual: 50 }));
    expect(item).toMatchObject({ baseTarget: 100, carriedIn: 30, effectiveTarget: 130, shortfall: 80 });
    expect(item.settled).toEqual([{ lineId: 'L1', amount: 30 }]);
    expect(item.pieces).toEqual([{ originPeriod: '2027-Q2', path: ['2027-Q2'], amount: 80 }]);
  });

  it('carries an unmet carried line again with its lineage extended', () => {
    const item = appraiseLine('2027-Q3', line({ carried: [{ lineId: 'L1', amount: 30, originPeriod: '2027-Q1', path: ['2027-Q1', '2027-Q2'] }], actual: 10 }));
    expect(item.settled).toEqual([{ lineId: 'L1', amount: 10 }]);
    expect(item.pieces).toEqual([
      { lineId: 'L1', originPeriod: '2027-Q1', path: ['2027-Q1', '2027-Q2', '2027-Q3'], amount: 20 },
      { originPeriod: '2027-Q3', path: ['2027-Q3'], amount: 100 },
    ]);
    expect(item.shortfall).toBe(120);
  });

  it('settles the oldest origin first', () => {
    const item = appraiseLine('2027-Q3', line({
      baseTarget: 0,
      carried: [
        { lineId: 'new', amount: 10, originPeriod: '2027-Q2', path: ['2027-Q2'] },
        { lineId: 'old', amount: 10, originPeriod: '2027-Q1', path: ['2027-Q1', '2027-Q2'] },
      ],
      actual: 15,
    }));
    expect(item.settled).toEqual([{ lineId: 'old', amount: 10 }, { lineId: 'new', amount: 5 }]);
    expect(item.pieces).toEqual([{ lineId: 'new', originPeriod: '2027-Q2', path: ['2027-Q2', '2027-Q3'], amount: 5 }]);
  });

  it('lets approved adjustments change the own part, and a cut below zero reduce the newest carried lines', () => {
    expect(appraiseLine('2027-Q2', line({ adjustments: -40, actual: 0 })).effectiveTarget).toBe(60);
    const item = appraiseLine('2027-Q2', line({
      adjustments: -120,
      carried: [
        { lineId: 'old', amount: 30, originPeriod: '2026-Q4', path: ['2026-Q4'] },
        { lineId: 'new', amount: 30, originPeriod: '2027-Q1', path: ['2027-Q1'] },
      ],
    }));
    expect(item.effectiveTarget).toBe(40);
    expect(item.pieces).toEqual([
      { lineId: 'old', originPeriod: '2026-Q4', path: ['2026-Q4', '2027-Q2'], amount: 30 },
      { lineId: 'new', originPeriod: '2027-Q1', path: ['2027-Q1', '2027-Q2'], amount: 10 },
    ]);
  });
});
