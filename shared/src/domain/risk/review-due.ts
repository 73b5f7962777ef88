import { daysBetween } from '../common/day-math';
import type { IsoDate } from '../common/iso-date';
import type { Risk } from './risk';

/** Two review cycles of 21 days. */
export const RISK_STALE_AFTER_DAYS = 42;

/**
 * True when the risk has not been reviewed for `staleAfterDays` (default 42 = two cycles) or
 * more, or never. Closed risks need no review.
 * @example isRiskReviewStale({ status: 'open', lastReviewedAt: '2025-01-01' }, '2025-02-12') // true (42 days)
 */
export function isRiskReviewStale(
  risk: Pick<Risk, 'status' | 'lastReviewedAt'>,
  now: IsoDate,
  staleAfterDays: number = RISK_STALE_AFTER_DAYS,
): boolean {
  if (risk.status === 'closed') return false;
  if (risk.lastReviewedAt === null) return true;
  return daysBetween(risk.lastReviewedAt, now) >= staleAfterDays;
}
