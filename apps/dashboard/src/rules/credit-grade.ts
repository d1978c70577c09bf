import type { components } from '../api-types.generated.js';

export type CreditScore = components['schemas']['CreditGrade'];

export const CREDIT_SCORES: readonly CreditScore[] = ['A', 'B', 'C', 'D'];

/** The investigation form's scale, as the server's (libs/customer-development credit-grade.ts): A/B/C/D = 10/8/6/4. */
export const SCORE_POINTS: Readonly<Record<CreditScore, number>> = { A: 10, B: 8, C: 6, D: 4 };

export const totalPoints = (scores: readonly CreditScore[]): number => scores.reduce((sum, s) => sum + SCORE_POINTS[s], 0);

/**
 * The server's grade rule, mirrored so the form shows the grade while it is filled in (a test holds
 * the two to the same answers): average points ≥ 9 → A, ≥ 7.5 → B, ≥ 5.5 → C, otherwise D,
 * compared as integers. No scores, no grade.
 */
export function creditGradeFor(scores: readonly CreditScore[]): CreditScore | null {
  if (scores.length === 0) return null;
  const doubled = 2 * totalPoints(scores);
  const n = scores.length;
  if (doubled >= 18 * n) return 'A';
  if (doubled >= 15 * n) return 'B';
  if (doubled >= 11 * n) return 'C';
  return 'D';
}
