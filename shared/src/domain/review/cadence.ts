import { addDays, SATURDAY, SUNDAY, weekdayOf } from '../common/day-math';
import type { IsoDate } from '../common/iso-date';

/** The GTM Review meets every three weeks. */
export const REVIEW_CADENCE_DAYS = 21;

/**
 * The next review: the last review's date + 21 days; a Saturday or Sunday moves to the following
 * Monday (the meeting needs a working day). Dates are UTC calendar days.
 * @example
 * nextReviewDate('2025-02-10') // '2025-03-03' (a Monday)
 * nextReviewDate('2025-02-08') // '2025-03-01' is a Saturday → '2025-03-03'
 * nextReviewDate('2025-02-09') // '2025-03-02' is a Sunday → '2025-03-03'
 */
export function nextReviewDate(lastReviewDate: IsoDate, cadenceDays: number = REVIEW_CADENCE_DAYS): IsoDate {
  const due = addDays(lastReviewDate, cadenceDays);
  const weekday = weekdayOf(due);
  if (weekday === SATURDAY) return addDays(due, 2);
  if (weekday === SUNDAY) return addDays(due, 1);
  return due;
}
