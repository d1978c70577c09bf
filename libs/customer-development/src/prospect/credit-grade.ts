import { ValidationError } from '#app/eventsourcing';

export const CREDIT_SCORES = ['A', 'B', 'C', 'D'] as const;
export type CreditScore = (typeof CREDIT_SCORES)[number];
export type CreditGrade = CreditScore;

/** The investigation form's scale: A/B/C/D = 10/8/6/4. */
export const SCORE_POINTS: Readonly<Record<CreditScore, number>> = { A: 10, B: 8, C: 6, D: 4 };

/**
 * The credit grade is computed from the scored items, never typed:
 * average points ≥ 9 → A, ≥ 7.5 → B, ≥ 5.5 → C, otherwise D.
 * Compared as integers (2 × total ≥ 18n, 15n, 11n) so no rounding decides a grade.
 */
export function creditGradeFor(scores: readonly CreditScore[]): CreditGrade {
  if (scores.length === 0) {
    throw new ValidationError('CREDIT_CHECK.SCORES_REQUIRED', 'At least one scored item is needed to grade credit', [
      { field: 'scoredItems', messages: ['scoredItems must contain at least one item'] },
    ]);
  }
  const doubled = 2 * totalPoints(scores);
  const n = scores.length;
  if (doubled >= 18 * n) return 'A';
  if (doubled >= 15 * n) return 'B';
  if (doubled >= 11 * n) return 'C';
  return 'D';
}

export const totalPoints = (scores: readonly CreditScore[]): number => scores.reduce((sum, s) => sum + SCORE_POINTS[s], 0);
