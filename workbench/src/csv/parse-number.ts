const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

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
  const s = (start === 0 && end === text.length ? text : text.slice(start, end)).trim();
  if (!DECIMAL.test(s)) return NaN;
  const value = Number(s);
  return Number.isFinite(value) ? value : NaN;
}
