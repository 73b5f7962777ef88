import type { IsoDate } from './iso-date';

const MS_PER_DAY = 86_400_000;

/** Day-of-week numbers as JavaScript's `getUTCDay` returns them. */
export const SUNDAY = 0;
export const SATURDAY = 6;

function toUtcMs(date: IsoDate): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not an ISO calendar date (YYYY-MM-DD): "${date}"`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Adds whole days to a calendar day, in UTC so daylight-saving changes never shift the result.
 * @example addDays('2025-02-20', 21) // '2025-03-13'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + days * MS_PER_DAY);
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 * @example daysBetween('2025-01-01', '2025-02-12') // 42
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / MS_PER_DAY);
}

/**
 * Day of the week in UTC: 0 = Sunday … 6 = Saturday.
 * @example weekdayOf('2025-03-01') // 6 (a Saturday)
 */
export function weekdayOf(date: IsoDate): number {
  return new Date(toUtcMs(date)).getUTCDay();
}
