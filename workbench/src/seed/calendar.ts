import type { IsoDate } from '@gtm/shared';
import { addDays, REVIEW_CADENCE_DAYS, weekdayOf } from '@gtm/shared';

/** How many review cycles of KPI history the demo tenant holds. */
export const CYCLE_COUNT = 8;
/** How many of those cycles have a saved review record (the most recent ones). */
export const REVIEW_COUNT = 6;

const MONDAY = 1;

/**
 * The last GTM Review before `now`: the most recent Monday strictly before it (the circle meets
 * on Mondays, and 21-day steps keep every cycle on a Monday).
 * @example lastReviewBefore('2026-11-22') // '2026-11-16'
 */
export function lastReviewBefore(now: IsoDate): IsoDate {
  let day = addDays(now, -1);
  while (weekdayOf(day) !== MONDAY) day = addDays(day, -1);
  return day;
}

/**
 * The dates of the last `count` review cycles, oldest first, 21 days apart, ending at the last
 * review before `now`.
 * @example reviewCycles('2026-11-22', 3) // ['2026-10-05', '2026-10-26', '2026-11-16']
 */
export function reviewCycles(now: IsoDate, count: number = CYCLE_COUNT): IsoDate[] {
  const last = lastReviewBefore(now);
  return Array.from({ length: count }, (_, i) => addDays(last, -REVIEW_CADENCE_DAYS * (count - 1 - i)));
}

/** The review id used across the tenant for a review held on `date`. */
export function reviewId(date: IsoDate): string {
  return `review-${date}`;
}
