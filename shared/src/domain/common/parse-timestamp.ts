/**
 * Parses an ISO 8601 timestamp into epoch milliseconds, or NaN when it is not one.
 *
 * Accepted: a date alone (`2026-03-01`, midnight UTC), or a date and time with `Z` or an offset
 * (`2026-03-01T09:30Z`, `2026-03-01T09:30:00Z`, `2026-03-01T09:30:00.123+02:00`, `+0200`, `+02`).
 * A space may stand for the `T`. Calendar fields are checked here (`2026-02-31` and `2026-13-01`
 * are NaN) because Date.parse rolls them over; a time without a zone is NaN because its meaning
 * depends on the machine that reads it. Fractions beyond milliseconds are truncated.
 *
 * Hand-parsed digit by digit, in place (`text.slice(start, end)` is the timestamp) so a CSV field
 * needs no string of its own: the CLI calls this for every touchpoint, millions of times.
 *
 * @example
 * parseTimestamp('2026-03-01');                    // → 1772323200000
 * parseTimestamp('2026-03-01T09:30:00.123+02:00'); // → 1772350200123
 * parseTimestamp('31/02/2026');                    // → NaN
 */
export function parseTimestamp(text: string, start = 0, end = text.length): number {
  if (end - start === 20) {
    const utc = utcSecondsTimestamp(text, start);
    if (!Number.isNaN(utc)) return utc;
  }
  if (text.charCodeAt(start) === SPACE || text.charCodeAt(end - 1) === SPACE) {
    const trimmed = text.slice(start, end).trim();
    return trimmed.length === end - start ? NaN : parseTimestamp(trimmed);
  }
  const s = text;
  const b = start;
  const n = end - start;
  if (n < 10 || s.charCodeAt(b + 4) !== DASH || s.charCodeAt(b + 7) !== DASH) return NaN;
  const year = digits4(s, b);
  const month = digits2(s, b + 5);
  const day = digits2(s, b + 8);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  const dayMs = daysFromCivil(year, month, day) * MS_PER_DAY;
  if (n === 10) return dayMs;

  const t = s.charCodeAt(b + 10);
  if ((t !== T_UPPER && t !== T_LOWER && t !== SPACE) || n < 17 || s.charCodeAt(b + 13) !== COLON) return NaN;
  const hour = digits2(s, b + 11);
  const minute = digits2(s, b + 14);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return NaN;
  let second = 0;
  let ms = 0;
  let p = b + 16;
  if (s.charCodeAt(p) === COLON) {
    second = digits2(s, p + 1);
    if (second < 0 || second > 59) return NaN;
    p += 3;
    const f = s.charCodeAt(p);
    if (f === DOT || f === COMMA) {
      p++;
      const fractionStart = p;
      let scale = 100;
      for (; p < end; p++) {
        const c = s.charCodeAt(p) - ZERO;
        if (c < 0 || c > 9) break;
        ms += c * scale;
        scale /= 10;
      }
      if (p === fractionStart) return NaN;
      ms = Math.floor(ms);
    }
  }
  const timeMs = dayMs + ((hour * 60 + minute) * 60 + second) * 1000 + ms;

  const z = p < end ? s.charCodeAt(p) : -1;
  if (z === Z_UPPER || z === Z_LOWER) return p + 1 === end ? timeMs : NaN;
  if (z !== PLUS && z !== DASH) return NaN;
  const offsetHours = digits2(s, p + 1);
  let offsetMinutes: number;
  if (p + 3 === end) {
    offsetMinutes = 0;
  } else if (p + 6 === end && s.charCodeAt(p + 3) === COLON) {
    offsetMinutes = digits2(s, p + 4);
  } else if (p + 5 === end) {
    offsetMinutes = digits2(s, p + 3);
  } else {
    return NaN;
  }
  if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59) return NaN;
  const offsetMs = (offsetHours * 60 + offsetMinutes) * 60_000;
  return z === PLUS ? timeMs - offsetMs : timeMs + offsetMs;
}

/**
 * `YYYY-MM-DDTHH:MM:SSZ` at `b` (what CRMs and `gtm export` write), years 1900–2199, or NaN for
 * anything else (the general parser then decides). The day number comes from a table of month
 * starts instead of {@link daysFromCivil}'s divisions, and the fields' digits are checked with one
 * comparison at the end: about a third of the general path's time, which is a tenth of a CLI run.
 */
function utcSecondsTimestamp(s: string, b: number): number {
  if (s.charCodeAt(b + 4) !== DASH || s.charCodeAt(b + 7) !== DASH || s.charCodeAt(b + 10) !== T_UPPER) return NaN;
  if (s.charCodeAt(b + 13) !== COLON || s.charCodeAt(b + 16) !== COLON || s.charCodeAt(b + 19) !== Z_UPPER) return NaN;
  const year = digits4(s, b);
  const month = digits2(s, b + 5);
  const day = digits2(s, b + 8);
  const hour = digits2(s, b + 11);
  const minute = digits2(s, b + 14);
  const second = digits2(s, b + 17);
  // A non-digit is −1: one test for all six.
  if ((year | month | day | hour | minute | second) < 0) return NaN;
  if (year < TABLE_FIRST_YEAR || year >= TABLE_FIRST_YEAR + TABLE_YEARS || month < 1 || month > 12) return NaN;
  if (hour > 23 || minute > 59 || second > 59) return NaN;
  const m = (year - TABLE_FIRST_YEAR) * 12 + month - 1;
  const monthStart = MONTH_STARTS[m] as number;
  if (day < 1 || day > (MONTH_STARTS[m + 1] as number) - monthStart) return NaN;
  return ((monthStart + day - 1) * 86_400 + hour * 3600 + minute * 60 + second) * 1000;
}

const TABLE_FIRST_YEAR = 1900;
const TABLE_YEARS = 300;

/** Days since 1970-01-01 of the 1st of each month from January 1900 to January 2200. */
const MONTH_STARTS = ((): Int32Array => {
  const starts = new Int32Array(TABLE_YEARS * 12 + 1);
  for (let m = 0; m <= TABLE_YEARS * 12; m++) starts[m] = daysFromCivil(TABLE_FIRST_YEAR + Math.floor(m / 12), (m % 12) + 1, 1);
  return starts;
})();

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Two ASCII digits at `i` as a number, or -1. */
function digits2(s: string, i: number): number {
  const a = s.charCodeAt(i) - ZERO;
  const b = s.charCodeAt(i + 1) - ZERO;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Four ASCII digits at `i` as a number, or -1. */
function digits4(s: string, i: number): number {
  const hi = digits2(s, i);
  const lo = digits2(s, i + 2);
  return hi >= 0 && lo >= 0 ? hi * 100 + lo : -1;
}

const MS_PER_DAY = 86_400_000;
const ZERO = 48;
const SPACE = 32;
const DASH = 45;
const PLUS = 43;
const COLON = 58;
const DOT = 46;
const COMMA = 44;
const T_UPPER = 84;
const T_LOWER = 116;
const Z_UPPER = 90;
const Z_LOWER = 122;
