import { z } from 'zod';

/**
 * A calendar day in UTC, written `YYYY-MM-DD` (e.g. `2025-03-03`).
 * The domain's business dates (reviews, due dates, stage moves, OLS/CS dates, `now`) are days:
 * the GTM rules count whole days, and strings compare in date order, survive JSON and SharePoint
 * round trips, and carry no time zone surprise. Zod rejects impossible days such as `2025-02-30`.
 */
export const IsoDateSchema = z.iso.date();
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * An instant in UTC, ISO 8601 with `Z` (e.g. `2025-03-03T09:30:00Z`). Only for machine-captured
 * events whose order within a day matters (touchpoints and their conversions, for attribution).
 */
export const IsoDateTimeSchema = z.iso.datetime();
export type IsoDateTime = z.infer<typeof IsoDateTimeSchema>;

/**
 * The business day a clock reading falls on for the person using it: the calendar day in the
 * runtime's own time zone (a user in Seattle at 8 pm on 22 November is still on the 22nd, although
 * it is the 23rd in UTC). Surfaces call it once with their clock and pass the day to the rules.
 * @example localDay(new Date(2026, 10, 22, 20, 0)) // '2026-11-22'
 */
export function localDay(date: Date): IsoDate {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
