import type { Risk, RiskAssessment } from './risk';

export const RISK_RATINGS = ['Low', 'Medium', 'High', 'Critical'] as const;
export type RiskRating = (typeof RISK_RATINGS)[number];

/** Inherent = before mitigation, residual = after. */
export type RiskBasis = 'inherent' | 'residual';

/**
 * Score = likelihood × impact, 1–25.
 * @example scoreRisk({ likelihood: 4, impact: 5 }) // 20
 */
export function scoreRisk(assessment: RiskAssessment): number {
  return assessment.likelihood * assessment.impact;
}

/**
 * The rating band of a score: 1–4 Low, 5–9 Medium, 10–16 High, 20–25 Critical.
 * No product of two levels 1–5 equals 17, 18 or 19; if such a score arrives anyway (an imported
 * or hand-typed value) it rates High, because it has not reached the Critical floor of 20 and
 * escalating a number no assessment can produce would be a guess.
 * @example rateScore(9) // 'Medium'; rateScore(10) // 'High'; rateScore(20) // 'Critical'
 */
export function rateScore(score: number): RiskRating {
  if (!Number.isInteger(score) || score < 1 || score > 25) {
    throw new RangeError(`A risk score is a whole number from 1 to 25, got ${score}`);
  }
  if (score <= 4) return 'Low';
  if (score <= 9) return 'Medium';
  if (score < 20) return 'High';
  return 'Critical';
}

/**
 * A risk's score and rating on the inherent or residual assessment.
 * @example rateRisk(risk, 'residual') // { score: 6, rating: 'Medium' } for likelihood 2 × impact 3
 */
export function rateRisk(risk: Pick<Risk, RiskBasis>, basis: RiskBasis): { score: number; rating: RiskRating } {
  const score = scoreRisk(risk[basis]);
  return { score, rating: rateScore(score) };
}
