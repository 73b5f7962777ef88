import type { IsoDate } from './iso-date';
import type { Rejection } from './result';
import { reject } from './result';

/** The order a locale writes a numeric date in, as `Intl.DateTimeFormat` formats it (learned, never guessed). */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/** A date far from any ambiguity (day 22 > 12): 22 Nov 2026. */
const SAMPLE = new Date(Date.UTC(2026, 10, 22));

function numericParts(locale: string): Intl.DateTimeFormatPart[] {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).formatToParts(SAMPLE);
}

/**
 * The order of day, month and year in the locale's numeric dates. An unknown locale tag throws
 * Intl's RangeError.
 * @example dateOrder('en-US') // 'mdy' (11/22/2026)
 * @example dateOrder('de-DE') // 'dmy' (22.11.2026)
 * @example dateOrder('sv-SE') // 'ymd' (2026-11-22)
 */
export function dateOrder(locale: string): DateOrder {
  const order = numericParts(locale)
    .filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year')
    .map((p) => p.type[0])
    .join('');
  return order === 'mdy' || order === 'ymd' ? order : 'dmy';
}

/**
 * A date as the locale writes it in numbers, with a four-digit year: what a date field shows and
 * what {@link parseLocaleDate} reads back.
 * @example formatLocaleDate('2026-11-30', 'en-US') // '11/30/2026'
 * @example formatLocaleDate('2026-11-30', 'de-DE') // '30.11.2026'
 */
export function formatLocaleDate(iso: IsoDate, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)),
  );
}

/**
 * How the locale's numeric dates look, as a pattern a person reads: the placeholder of a date field.
 * @example localeDatePattern('de-DE') // 'DD.MM.YYYY'
 * @example localeDatePattern('en-US') // 'MM/DD/YYYY'
 */
export function localeDatePattern(locale: string): string {
  return numericParts(locale)
    .map((p) => p.value)
    .join('')
    .replace('22', 'DD')
    .replace('11', 'MM')
    .replace('2026', 'YYYY');
}

export type LocaleDateResult = { ok: true; value: IsoDate } | Rejection;

function isoOf(year: number, month: number, day: number): IsoDate | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a typed date in the user's locale: its numeric order with any of `/ . - ` as separators
 * (30.11.2026 in de-DE, 11/30/2026 in en-US), a two-digit year as 20xx, or ISO 2026-11-30 in any
 * locale. A day that does not exist (31.11.2026) or text that is no date is refused with what to type.
 * @example parseLocaleDate('30.11.2026', 'de-DE') // { ok: true, value: '2026-11-30' }
 * @example parseLocaleDate('11/30/26', 'en-US') // { ok: true, value: '2026-11-30' }
 * @example parseLocaleDate('30/11/2026', 'en-US') // { ok: false, reason: '“30/11/2026” is not a date: type it as MM/DD/YYYY, e.g. 11/22/2026.' }
 */
export function parseLocaleDate(text: string, locale: string): LocaleDateResult {
  const typed = text.trim();
  const order = dateOrder(locale);
  const example = numericParts(locale).map((p) => p.value).join('');
  const pattern = localeDatePattern(locale);
  const refuse = (): Rejection => reject(`“${typed}” is not a date: type it as ${pattern}, e.g. ${example}.`);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const fields = iso ? null : /^(\d{1,4})[./\-\s]+(\d{1,2})[./\-\s]+(\d{1,4})\.?$/.exec(typed);
  let year: string | undefined;
  let month: string | undefined;
  let day: string | undefined;
  if (iso) [, year, month, day] = iso;
  else if (fields) {
    const [, a, b, c] = fields;
    if (order === 'ymd') [year, month, day] = [a, b, c];
    else if (order === 'mdy') [month, day, year] = [a, b, c];
    else [day, month, year] = [a, b, c];
  }
  if (year === undefined || month === undefined || day === undefined || (year.length !== 2 && year.length !== 4)) return refuse();
  const value = isoOf(year.length === 2 ? 2000 + Number(year) : Number(year), Number(month), Number(day));
  return value === null ? refuse() : { ok: true, value };
}
