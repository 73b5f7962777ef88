/**
 * How SharePoint Online turns a written DateTime value into what it stores, in the site's time zone
 * (its regional settings). Everything is stored and returned in UTC (sp-dev-docs#6083):
 * - a value with `Z` or an offset is that instant;
 * - a value without one (`2026-03-15`, `2026-03-15T09:30:00`) is site-local time;
 * - a date-only field (`Format="DateOnly"`, DisplayFormat 0) keeps the local midnight of the local
 *   date of that instant, so in Los Angeles `2026-03-15T00:00:00Z` (16:00 on the 14th there) lands on
 *   the 14th (sp-dev-docs#5369), and in Auckland `2026-03-15` is stored as `2026-03-14T11:00:00Z`.
 */
import { localDateTimeToUtc, localDayOf, localMidnightUtc } from '@gtm/shared';
import { type FieldDef, StoreError, isoSeconds } from './types';

/** `YYYY-MM-DD`, optionally `Thh:mm[:ss[.fff]]` (or a space), optionally `Z` / `±hh:mm` / `±hhmm`. */
const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/i;

function badDate(field: FieldDef, value: string): StoreError {
  return new StoreError(
    400,
    '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    `Cannot convert ${JSON.stringify(value)} to a DateTime for the field '${field.internalName}': ` +
      'send ISO 8601, e.g. 2026-03-15 (a date in the site\'s time zone), 2026-03-15T09:30:00 (site-local time) or 2026-03-15T09:30:00Z (UTC).',
  );
}

/** Whether a DateTime field holds dates only (DisplayFormat 0); created fields and Created/Modified hold date and time. */
export function isDateOnly(field: FieldDef): boolean {
  return field.type === 'date' && field.displayFormat === 0;
}

/**
 * The stored UTC value of a DateTime field written as `value`, in a site on `timeZone`.
 * @example coerceDate(dateOnlyField, '2026-03-15', 'Pacific/Auckland')              // '2026-03-14T11:00:00Z'
 * @example coerceDate(dateOnlyField, '2026-03-15T00:00:00Z', 'America/Los_Angeles') // '2026-03-14T08:00:00Z' (the 14th)
 * @example coerceDate(dateTimeField, '2026-03-15T09:30:00', 'America/Los_Angeles')  // '2026-03-15T16:30:00Z' (PDT)
 */
export function coerceDate(field: FieldDef, value: string, timeZone: string): string {
  const match = ISO.exec(value.trim());
  if (!match) throw badDate(field, value);
  const [, day = '', time, offset] = match;
  // Date.UTC rolls 2026-02-31 over to March 3rd; SharePoint refuses a day that does not exist.
  const midnight = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(midnight) || isoSeconds(new Date(midnight)).slice(0, 10) !== day) throw badDate(field, value);
  const [hours = 0, minutes = 0, seconds = 0] = (time ?? '').split(':').map((part) => Number(part));
  if (hours > 23 || minutes > 59 || seconds >= 60) throw badDate(field, value);
  let instant: string;
  if (offset !== undefined) {
    const ms = Date.parse(value.trim().replace(' ', 'T'));
    if (Number.isNaN(ms)) throw badDate(field, value);
    instant = isoSeconds(new Date(ms));
  } else {
    instant = localDateTimeToUtc(time === undefined ? day : `${day}T${time}`, timeZone);
  }
  if (!isDateOnly(field)) return instant;
  return localMidnightUtc(offset === undefined ? day : localDayOf(instant, timeZone), timeZone);
}
