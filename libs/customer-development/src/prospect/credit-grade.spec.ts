import { describe, expect, it } from '@jest/globals';
import { ValidationError } from '#app/eventsourcing';
import { SCORE_POINTS, creditGradeFor, totalPoints, type CreditScore } from './credit-grade.js';

describe('credit grade', () => {
  it('scores A/B/C/D as 10/8/6/4 points', () => {
    expect(SCORE_POINTS).toEqual({ A: 10, B: 8, C: 6, D: 4 });
    expect(totalPoints(['A', 'B', 'C', 'D'])).toBe(28);
  });

  it.each<[CreditScore[], string]>([
    [['A'], 'A'],
    [['A', 'B'], 'A'],
    [['A', 'A', 'C'], 'B'],
    [['B'], 'B'],
    [['A', 'C'], 'B'],
    [['B', 'B', 'B', 'C'], 'B'],
    [['B', 'C'], 'C'],
    [['C'], 'C'],
    [['B', 'C', 'C', 'C'], 'C'],
    [['C', 'D'], 'D'],
    [['D'], 'D'],
  ])('grades %j as %s (average ≥ 9 → A, ≥ 7.5 → B, ≥ 5.5 → C, else D)', (scores, grade) => {
    expect(creditGradeFor(scores)).toBe(grade);
  });

  it('puts an average exactly on a boundary into the higher grade', () => {
    expect(creditGradeFor(['A', 'B'])).toBe('A');
    expect(creditGradeFor(['A', 'A', 'B', 'B', 'B'])).toBe('B');
    expect(creditGradeFor(['A', 'B', 'C', 'C'])).toBe('B');
    expect(creditGradeFor(['B', 'C'])).toBe('C');
    expect(creditGradeFor(['C', 'C', 'C', 'D'])).toBe('C');
    expect(creditGradeFor(['C', 'D'])).toBe('D');
  });

  it('needs at least one scored item', () => {
    expect(() => creditGradeFor([])).toThrow(ValidationError);
  });
});
