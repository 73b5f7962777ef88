/**
 * Excel's 1900 date system: serial 1 is 1900-01-01 and the fraction is the time of day (UTC here).
 * Excel keeps Lotus 1-2-3's leap-year bug: serial 60 is 1900-02-29, a day that never was, so every
 * serial from 61 (1900-03-01) on is one more than the days since 1899-12-31. ISO text goes through
 * @gtm/shared's `parseTimestamp`, the parser the `gtm` CLI uses, so both accept the same forms.
 */
import { parseTimestamp } from '@gtm/shared';

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
  return msToSerial(parseTimestamp(isoDate));
}

/** A blank cell: Excel passes '' (or null) for an empty cell; text of only spaces is blank too. */
export function isBlank(cell: unknown): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== 'string') return false;
  return cell.length === 0 || (mayHaveSpaceAtEnds(cell) && cell.trim() === '');
}

/**
 * `text.trim()`, skipped when neither end can be white space (the common case: a range of
 * 100,000 rows is mostly text cells with nothing to trim).
 *
 * @example
 * trimmed(' Email ') //=> 'Email'
 * trimmed('Email')   //=> 'Email' (the same string, no call to trim)
 */
export function trimmed(text: string): string {
  return mayHaveSpaceAtEnds(text) ? text.trim() : text;
}

/**
 * Whether `text` starts or ends with a character String.prototype.trim may remove. Every such
 * character (ASCII controls and space, U+00A0, U+1680, U+2000–U+200A, U+2028/9, U+202F, U+205F,
 * U+3000, U+FEFF) is at most U+0020 or at least U+00A0, so the rest need no call to trim.
 */
function mayHaveSpaceAtEnds(text: string): boolean {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first <= 32 || first >= 160 || last <= 32 || last >= 160;
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
  if (typeof cell === 'string') return parseTimestamp(cell);
  return NaN;
}
