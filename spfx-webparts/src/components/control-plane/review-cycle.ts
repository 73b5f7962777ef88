import type { IsoDate, Review } from '@gtm/shared';
import { nextReviewDate } from '@gtm/shared';

/** Where the Control Plane stands in the GTM Review cadence on a given day. */
export interface ReviewCycle {
  /** The latest GTM Review held on or before today, or null before the first one is recorded. */
  lastReview: Review | null;
  /**
   * The next GTM Review (last review + 21 days, weekends move to Monday), or null before the first.
   * It is also the **current cycle**: a KPI cycle is named after the review its values are reported
   * for, and between two reviews owners report for the coming one.
   */
  nextReview: IsoDate | null;
}

/**
 * The last and next GTM Review seen from `today`. A review dated later than today is ignored: the
 * Reviews list holds records of meetings held, and a future-dated one would open a cycle too early.
 * @example
 * reviewCycleOn([{ date: '2026-10-26', … }, { date: '2026-11-16', … }], '2026-11-22')
 * // { lastReview: the 16 Nov review, nextReview: '2026-12-07' }
 */
export function reviewCycleOn(reviews: readonly Review[], today: IsoDate): ReviewCycle {
  let lastReview: Review | null = null;
  for (const review of reviews) {
    if (review.date <= today && (lastReview === null || review.date > lastReview.date)) lastReview = review;
  }
  return { lastReview, nextReview: lastReview ? nextReviewDate(lastReview.date) : null };
}

/** The user's calendar day: @gtm/shared's `localDay`, re-exported where the Control Plane reads it. */
export { localDay } from '@gtm/shared';
