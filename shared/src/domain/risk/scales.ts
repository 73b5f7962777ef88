import type { RiskLevel } from './risk';

/** Likelihood labels, index 0 = level 1. */
export const LIKELIHOOD_LABELS = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'] as const;
/** Impact labels, index 0 = level 1. */
export const IMPACT_LABELS = ['Insignificant', 'Minor', 'Moderate', 'Major', 'Severe'] as const;

function label(labels: readonly string[], level: number, scale: string): string {
  const found = Number.isInteger(level) ? labels[level - 1] : undefined;
  if (found === undefined) throw new RangeError(`${scale} must be a whole number from 1 to 5, got ${level}`);
  return found;
}

/**
 * @example likelihoodLabel(4) // 'Likely'
 */
export function likelihoodLabel(level: RiskLevel): string {
  return label(LIKELIHOOD_LABELS, level, 'Likelihood');
}

/**
 * @example impactLabel(5) // 'Severe'
 */
export function impactLabel(level: RiskLevel): string {
  return label(IMPACT_LABELS, level, 'Impact');
}
