/**
 * Excel's 1900 date system: serial 1 is 1900-01-01 and the fraction is the time of day (UTC here).
 * Excel keeps Lotus 1-2-3's leap-year bug: serial 60 is 1900-02-29, a day that never was, so every
 * serial from 61 (1900-03-01) on is one more than the days since 1899-12-31.
 */

const MS_PER_DAY = 86_400_000;
/** Serials from 61 on count days from here. */
const EPOCH_FROM_MARCH_1900 = Date.UTC(1899, 11, 30);
/** Serials 1–59 count days from here. */
const EPOCH_BEFORE_MARCH_1900 = Date.UTC(1899, 11, 31);
/** The fictitious 1900-02-29. */
export const FICTITIOUS_LEAP_DAY = 60;
/** Excel's last date, 9999-12-31. */
const MAX_SERIAL = 2_958_465;

/**
 * Epoch milliseconds (UTC) of an Excel serial date, or NaN when the serial is no real day
 * (below 1, serial 60, past 9999-12-31, or not a finite number).
 *
 * @example
 * serialToMs(1)     //=> Date.UTC(1900, 0, 1)
 * serialToMs(46082) //=> Date.UTC(2026, 2, 1)
 * serialToMs(60)    //=> NaN (1900-02-29 never was)
 */
export function serialToMs(serial: number): number {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1) return NaN;
  if (serial < FICTITIOUS_LEAP_DAY) return Math.round(EPOCH_BEFORE_MARCH_1900 + serial * MS_PER_DAY);
  if (serial < FICTITIOUS_LEAP_DAY + 1) return NaN;
  return Math.round(EPOCH_FROM_MARCH_1900 + serial * MS_PER_DAY);
}

/**
 * The Excel serial date of epoch milliseconds (UTC); the fraction is the time of day.
 *
 * @example
 * msToSerial(Date.UTC(2026, 2, 1)) //=> 46082
 * msToSerial(Date.UTC(1900, 1, 28)) //=> 59
 * msToSerial(Date.UTC(1900, 2, 1))  //=> 61
 */
export function msToSerial(ms: number): number {
  const days = (ms - EPOCH_FROM_MARCH_1900) / MS_PER_DAY;
  return days < FICTITIOUS_LEAP_DAY + 1 ? days - 1 : days;
}

/**
 * The calendar day (`YYYY-MM-DD`, UTC) of an Excel serial date; the time of day is dropped.
 * Undefined when the serial is no real day.
 *
 * @example
 * serialToIsoDate(46082)   //=> '2026-03-01'
 * serialToIsoDate(46082.75) //=> '2026-03-01'
 */
export function serialToIsoDate(serial: number): string | undefined {
  const ms = serialToMs(Math.floor(serial));
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().slice(0, 10);
}

/**
 * The Excel serial date of a calendar day `YYYY-MM-DD`.
 *
 * @example
 * isoDateToSerial('2026-03-01') //=> 46082
 */
export function isoDateToSerial(isoDate: string): number {
  return msToSerial(parseIsoTimestamp(isoDate));
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?([Zz]|[+-]\d{2}(?::?\d{2})?))?$/;

/**
 * Epoch milliseconds of ISO 8601 text, or NaN: a date alone (midnight UTC), or a date and time
 * with `Z` or an offset (the same forms the CLI reads). Impossible days (`2026-02-30`) and times
 * without a zone are NaN.
 *
 * @example
 * parseIsoTimestamp('2026-03-01')        //=> Date.UTC(2026, 2, 1)
 * parseIsoTimestamp('2026-03-15T00:00Z') //=> Date.UTC(2026, 2, 15)
 * parseIsoTimestamp('2026-03-01T09:00')  //=> NaN (no time zone)
 */
export function parseIsoTimestamp(text: string): number {
  const m = ISO.exec(text.trim());
  if (m === null) return NaN;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dayMs = Date.UTC(year, month - 1, day);
  const check = new Date(dayMs);
  if (month < 1 || month > 12 || check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return NaN;
  if (m[4] === undefined) return dayMs;
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return NaN;
  const fraction = Math.floor(Number(`0.${m[7] ?? '0'}`) * 1000);
  const zone = m[8] ?? 'Z';
  let offsetMinutes = 0;
  if (zone !== 'Z' && zone !== 'z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2)) : 0;
    if (oh > 23 || om > 59) return NaN;
    offsetMinutes = sign * (oh * 60 + om);
  }
  return dayMs + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + fraction;
}

/** A blank cell: Excel passes '' (or null) for an empty cell. */
export function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * Epoch milliseconds of a cell holding a date: an Excel serial number or ISO text. NaN when it
 * holds neither (blank cells too: callers decide what blank means).
 *
 * @example
 * cellToMs(46082)              //=> Date.UTC(2026, 2, 1)
 * cellToMs('2026-03-01')       //=> Date.UTC(2026, 2, 1)
 * cellToMs('1 March 2026')     //=> NaN
 */
export function cellToMs(cell: unknown): number {
  if (typeof cell === 'number') return serialToMs(cell);
  if (typeof cell === 'string') return parseIsoTimestamp(cell);
  return NaN;
}
