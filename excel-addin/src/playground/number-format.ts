/**
 * How Excel shows a number under a number format string, for the formats the sample sheet uses:
 * `General`, digit patterns (`0`, `0.00`, `#,##0`, `#,##0.00`), percents (`0%`, `0.0%`) and the
 * date `yyyy-mm-dd`. The playground draws cells as Excel would draw them with the format the task
 * pane sets, rather than rounding the value itself (the cell keeps 66.666…; it shows 66.67).
 * Shown as en-US Excel shows it (point decimals, comma thousands): the playground has no locale.
 */
import { serialToIsoDate } from '../functions/excel-dates';

/** Excel's General format: whole numbers as they are, others to 10 significant digits. */
export function generalNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

/**
 * A number as Excel displays it under `format`. Only the first section (before `;`) is read; a
 * format outside the subset above shows General, as a cell would look before it was formatted.
 * @example formatNumber(66.666666667, '0.00')   // '66.67'
 * @example formatNumber(0.6666666667, '0.0%')   // '66.7%'
 * @example formatNumber(4000, '#,##0')          // '4,000'
 * @example formatNumber(46108, 'yyyy-mm-dd')    // '2026-03-27'
 * @example formatNumber(0.5, 'General')         // '0.5'
 */
export function formatNumber(value: number, format: string): string {
  const section = format.split(';')[0]?.trim() ?? '';
  if (/^yyyy-mm-dd$/i.test(section)) return serialToIsoDate(value) ?? generalNumber(value);
  const pattern = /^([#,]*0+)(?:\.(0+))?(%?)$/.exec(section);
  if (!pattern) return generalNumber(value);
  const [, integer = '', decimals = '', percent] = pattern;
  const digits = decimals.length;
  const text = new Intl.NumberFormat('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: integer.includes(','),
  }).format(percent ? value * 100 : value);
  return percent ? `${text}%` : text;
}
