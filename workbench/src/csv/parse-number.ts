const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** 10^0 … 10^15, each exact as a double. */
const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * Parses a plain decimal number (`12`, `-0.5`, `1e3`), or NaN; `text.slice(start, end)` is the
 * number. Stricter than Number(): no hex, no `Infinity`, no empty string as 0, no thousands
 * separators or currency signs, which would otherwise be read as some other amount.
 *
 * @example
 * parseDecimal(' 1250.50 '); // → 1250.5
 * parseDecimal('1,250');     // → NaN
 */
export function parseDecimal(text: string, start = 0, end = text.length): number {
  const plain = plainDecimal(text, start, end);
  if (!Number.isNaN(plain)) return plain;
  const s = (start === 0 && end === text.length ? text : text.slice(start, end)).trim();
  if (!DECIMAL.test(s)) return NaN;
  const value = Number(s);
  return Number.isFinite(value) ? value : NaN;
}

/**
 * The common case in place, without a string: `[-]digits[.digits]` with at most 15 digits, read
 * as the integer m of its digits over 10^k (k fraction digits). Both are exact doubles and the
 * division is rounded once, so the result is the nearest double to the decimal: what Number()
 * gives. NaN for anything else (a sign +, an exponent, spaces, 16+ digits): the caller's regex
 * decides those.
 *
 * @example
 * plainDecimal('4642.74', 0, 7) // → 464274 / 100 = 4642.74
 */
function plainDecimal(text: string, start: number, end: number): number {
  let i = start;
  const negative = i < end && text.charCodeAt(i) === 45; // '-'
  if (negative) i++;
  let m = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
    } else if (c === 46 && fraction < 0) {
      fraction = digits;
    } else {
      return NaN;
    }
  }
  if (digits === 0 || digits > 15) return NaN;
  const value = fraction < 0 ? m : m / (POWERS_OF_TEN[digits - fraction] as number);
  return negative ? -value : value;
}
