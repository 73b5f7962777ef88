/**
 * What a date field does that is not drawing it, shared by the web parts' DateField and the Teams
 * tab's (each surface draws its own Fluent DatePicker: `@gtm/shared` holds no React). Typing is read
 * and shown by {@link parseLocaleDate} / {@link formatLocaleDate}; this adds the calendar's side.
 */
import type { IsoDate } from './iso-date';
import { IsoDateSchema } from './iso-date';
import type { LocaleDateResult } from './locale-date';
import { parseLocaleDate } from './locale-date';

/** The month and weekday names a calendar shows, in the locale (weekdays from Sunday, as Fluent's calendar counts). */
export interface LocaleCalendarNames {
  months: string[];
  shortMonths: string[];
  days: string[];
  shortDays: string[];
}

/**
 * The calendar's month and day names in the locale, learned from Intl (never a table of languages).
 * @example localeCalendarNames('de-DE').months[10] // 'November'
 * @example localeCalendarNames('de-DE').shortDays  // ['S', 'M', 'D', 'M', 'D', 'F', 'S']
 */
export function localeCalendarNames(locale: string): LocaleCalendarNames {
  const month = (style: 'long' | 'short'): string[] =>
    Array.from({ length: 12 }, (_, i) => new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' }).format(new Date(Date.UTC(2026, i, 1))));
  // 4 Jan 2026 is a Sunday.
  const day = (style: 'long' | 'narrow'): string[] =>
    Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 0, 4 + i))));
  return { months: month('long'), shortMonths: month('short'), days: day('long'), shortDays: day('narrow') };
}

/**
 * The calendar day `iso` as a `Date` at the device's local midnight — the form a calendar control
 * (Fluent's DatePicker) works in — or undefined when `iso` is not a date (an empty field).
 * @example calendarDayOf('2026-11-30')?.getDate() // 30
 * @example calendarDayOf('') // undefined
 */
export function calendarDayOf(iso: string): Date | undefined {
  if (!IsoDateSchema.safeParse(iso).success) return undefined;
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/**
 * The calendar day a calendar control picked (a `Date` in the device's local time) as `YYYY-MM-DD`.
 * @example isoDateOfCalendarDay(new Date(2026, 10, 30)) // '2026-11-30'
 */
export function isoDateOfCalendarDay(date: Date): IsoDate {
  return `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** What a date field makes of typed text: the day to select (null: keep the one before) and the refusal to show, if any. */
export interface TypedCalendarDay {
  day: Date | null;
  refusal: string | undefined;
}

/**
 * Reads text typed into a date field in the user's locale ({@link parseLocaleDate}) as the calendar
 * day to select, or the refusal saying what to type.
 * @example readTypedCalendarDay('30.11.2026', 'de-DE') // { day: <30 Nov 2026, local midnight>, refusal: undefined }
 * @example readTypedCalendarDay('30/11/2026', 'en-US') // { day: null, refusal: '“30/11/2026” is not a date: type it as MM/DD/YYYY, e.g. 11/22/2026.' }
 */
export function readTypedCalendarDay(text: string, locale: string): TypedCalendarDay {
  const parsed: LocaleDateResult = parseLocaleDate(text, locale);
  return parsed.ok ? { day: calendarDayOf(parsed.value) ?? null, refusal: undefined } : { day: null, refusal: parsed.reason };
}

/**
 * The first of `tags` that Intl knows, canonical (`en-us` → `en-US`), else en-US: a mistyped
 * `?locale=` or an odd host value must not make every number and date field throw (Intl throws a
 * RangeError on a malformed tag).
 * @example usableLocale(['de-DE', 'en-US']) // 'de-DE'
 * @example usableLocale(['not a tag', 'it-IT']) // 'it-IT'
 */
export function usableLocale(tags: readonly (string | null | undefined)[]): string {
  for (const tag of tags) {
    if (!tag) continue;
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? tag;
    } catch {
      // not a BCP 47 tag: try the next one
    }
  }
  return 'en-US';
}
