import type { IsoDate } from '../common/iso-date';
import { nextReviewDate } from './cadence';
import type { Review } from './review';
import { reviewStatusOf } from './review';

/**
 * Where the GTM Review cadence stands on a day (DOMAIN.md §2, "one truth"): the last review held,
 * and the review of the current cycle — the one KPI actuals are reported for, the Teams tab opens
 * and the Control Plane announces.
 */
export interface ReviewCycle {
  /** The latest review held on or before today, or null before the first one. */
  lastReview: Review | null;
  /**
   * The current cycle's review: the one in progress, else the planned one (the cadence date, or
   * where the organizer moved it), else the cadence date after the last review (a site where no
   * review was planned yet); null before the first review.
   */
  nextReview: IsoDate | null;
  /** How `nextReview` is known: a review in progress, a planned Review record, or the cadence alone. */
  source: 'in-progress' | 'planned' | 'cadence' | null;
}

/**
 * The cycle seen from `today`. Only held reviews count as the last one (an item in progress or
 * planned is the current cycle, not a past one); a held review dated after today is ignored.
 * @example
 * reviewCycleOn([{ date: '2026-11-16', status: 'held', … }, { date: '2026-12-07', status: 'planned', … }], '2026-11-22')
 * // { lastReview: the 16 Nov review, nextReview: '2026-12-07', source: 'planned' }
 */
export function reviewCycleOn(reviews: readonly Review[], today: IsoDate): ReviewCycle {
  let lastReview: Review | null = null;
  for (const review of reviews) {
    if (reviewStatusOf(review) !== 'held' || review.date > today) continue;
    if (lastReview === null || review.date > lastReview.date) lastReview = review;
  }
  const after = (r: Review): boolean => lastReview === null || r.date > lastReview.date;
  const earliest = (status: 'in-progress' | 'planned'): Review | undefined =>
    reviews.filter((r) => reviewStatusOf(r) === status && after(r)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0];
  const inProgress = earliest('in-progress');
  if (inProgress) return { lastReview, nextReview: inProgress.date, source: 'in-progress' };
  const planned = earliest('planned');
  if (planned) return { lastReview, nextReview: planned.date, source: 'planned' };
  return lastReview ? { lastReview, nextReview: nextReviewDate(lastReview.date), source: 'cadence' } : { lastReview, nextReview: null, source: null };
}
