import { daysBetween } from '../common/day-math';
import type { IsoDate } from '../common/iso-date';
import type { Risk } from './risk';

/** Two review cycles of 21 days. */
export const RISK_STALE_AFTER_DAYS = 42;

/** What the review clock of a risk needs: a never-reviewed risk's clock starts when it was created. */
export type RiskReviewClock = Pick<Risk, 'status' | 'lastReviewedAt'> & { createdAt?: IsoDate | undefined };

/**
 * True when the risk has not been reviewed for `staleAfterDays` (default 42 = two cycles) or more.
 * A risk never reviewed counts from its creation (DOMAIN.md §2: "not reviewed for two cycles"), so
 * a risk created last week is not overdue for review; one whose creation date is unknown is.
 * Closed risks need no review.
 * @example isRiskReviewStale({ status: 'open', lastReviewedAt: '2025-01-01' }, '2025-02-12') // true (42 days)
 * @example isRiskReviewStale({ status: 'open', lastReviewedAt: null, createdAt: '2025-02-01' }, '2025-02-12') // false (11 days old)
 */
export function isRiskReviewStale(risk: RiskReviewClock, now: IsoDate, staleAfterDays: number = RISK_STALE_AFTER_DAYS): boolean {
  if (risk.status === 'closed') return false;
  const since = risk.lastReviewedAt ?? risk.createdAt;
  if (since === null || since === undefined) return true;
  return daysBetween(since, now) >= staleAfterDays;
}

/**
 * Where a risk stands on its review: `new` (never reviewed, created under two cycles ago), `due`
 * (stale, see {@link isRiskReviewStale}), `reviewed` (reviewed within two cycles) or `closed`.
 * @example riskReviewState({ status: 'open', lastReviewedAt: null, createdAt: '2026-12-01' }, '2026-12-07') // 'new'
 * @example riskReviewState({ status: 'open', lastReviewedAt: null, createdAt: '2026-10-01' }, '2026-12-07') // 'due' (67 days)
 */
export function riskReviewState(risk: RiskReviewClock, now: IsoDate): 'new' | 'due' | 'reviewed' | 'closed' {
  if (risk.status === 'closed') return 'closed';
  if (isRiskReviewStale(risk, now)) return 'due';
  return risk.lastReviewedAt === null ? 'new' : 'reviewed';
}
