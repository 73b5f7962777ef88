import type { Rejection } from './result';
import { reject } from './result';

/** How a locale writes numbers, as `Intl.NumberFormat` formats them (learned, never guessed). */
export interface NumberSeparators {
  /** The decimal separator: '.' in en-US, ',' in de-DE, fr-FR and it-IT. */
  decimal: string;
  /** The thousands separator: ',' in en-US, '.' in de-DE and it-IT, a narrow no-break space in fr-FR. */
  group: string;
  /** Digits in the last group (3) and in each group before it (3; 2 in en-IN's 12,34,567). */
  primaryGroup: number;
  secondaryGroup: number;
}

/**
 * The separators of a locale, from `Intl.NumberFormat(locale).formatToParts(1234567.5)`. An unknown
 * or malformed locale tag throws a RangeError from Intl, as `toLocaleString` would.
 * @example numberSeparators('de-DE') // { decimal: ',', group: '.', primaryGroup: 3, secondaryGroup: 3 }
 */
export function numberSeparators(locale: string): NumberSeparators {
  const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234567.5);
  const integers = parts.filter((p) => p.type === 'integer').map((p) => p.value.length);
  const primaryGroup = integers[integers.length - 1] ?? 3;
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    primaryGroup,
    secondaryGroup: integers.length > 2 ? (integers[integers.length - 2] ?? primaryGroup) : primaryGroup,
  };
}

export type LocaleNumberResult = { ok: true; value: number } | Rejection;

/** Spaces a person may type for a space-like group separator: space, no-break space, narrow no-break space. */
const SPACES = new Set([' ', '\u00a0', '\u202f']);
/** Apostrophes a person may type for de-CH's group separator (Intl writes U+2019). */
const APOSTROPHES = new Set(["'", '\u2019']);
/** Signs and units tolerated around the number (a pasted "12.5 %" or "€ 40,000"). */
const UNITS = /^[€$£%\s\u00a0\u202f]+|[€$£%\s\u00a0\u202f]+$/g;

function sameSeparator(typed: string, expected: string): boolean {
  return (
    typed === expected ||
    (SPACES.has(typed) && SPACES.has(expected)) ||
    (APOSTROPHES.has(typed) && APOSTROPHES.has(expected))
  );
}

/** The number `body` (no sign, no units) reads as with these separators, or null if it does not. */
function readWith(body: string, seps: NumberSeparators): number | null {
  let integer = body;
  let fraction = '';
  const decimalAt = body.lastIndexOf(seps.decimal);
  if (decimalAt >= 0) {
    integer = body.slice(0, decimalAt);
    fraction = body.slice(decimalAt + seps.decimal.length);
    if (!/^\d+$/.test(fraction)) return null;
  }
  // Split the integer part at every non-digit; each one must be this locale's group separator.
  const groups = integer.split(/\D/);
  const separators = integer.replace(/\d/g, '');
  if (groups.some((g) => g === '')) return integer === '' && fraction !== '' ? Number(`0.${fraction}`) : null;
  if ([...separators].some((s) => !sameSeparator(s, seps.group))) return null;
  if (groups.length > 1) {
    const [first, ...rest] = groups;
    const last = rest.pop() ?? '';
    if ((first ?? '').length > seps.secondaryGroup || last.length !== seps.primaryGroup) return null;
    if (rest.some((g) => g.length !== seps.secondaryGroup)) return null;
  }
  return Number(`${groups.join('')}.${fraction || '0'}`);
}

/**
 * Reads a number as a person in `locale` types it: the locale's decimal separator, its thousands
 * separator in the right places (any space for a space-like one), a leading minus, and a currency
 * sign or % around it. Anything else is refused with the reason, and when the text is a number in the
 * other common convention the reason offers it, written as this locale writes it, so a German
 * "2,3" is never taken as 23 in en-US (and the user sees what would have been saved).
 * @example parseLocaleNumber('2,3', 'de-DE')     // { ok: true, value: 2.3 }
 * @example parseLocaleNumber('1.000', 'de-DE')   // { ok: true, value: 1000 }
 * @example parseLocaleNumber('1,000', 'en-US')   // { ok: true, value: 1000 }
 * @example parseLocaleNumber('1 000,5', 'fr-FR') // { ok: true, value: 1000.5 }
 * @example parseLocaleNumber('2,3', 'en-US')
 *   // { ok: false, reason: '“2,3” is not a number in en-US (decimals take “.”, thousands “,”): did you mean 2.3?' }
 */
export function parseLocaleNumber(text: string, locale: string): LocaleNumberResult {
  const seps = numberSeparators(locale);
  const trimmed = text.replace(UNITS, '');
  if (trimmed === '') return reject('Enter a number.');
  const negative = /^[-\u2212]/.test(trimmed);
  const body = negative ? trimmed.slice(1).replace(UNITS, '') : trimmed;
  const sign = negative ? -1 : 1;
  const value = /^[\d.,\s\u00a0\u202f'’]+$/.test(body) ? readWith(body, seps) : null;
  if (value !== null) return { ok: true, value: sign * value };

  const shown = (n: number): string => new Intl.NumberFormat(locale, { maximumFractionDigits: 20 }).format(n);
  const groupName = SPACES.has(seps.group) ? 'a space' : `“${seps.group}”`;
  const rule = `decimals take “${seps.decimal}”, thousands ${groupName}`;
  // The other conventions a person may have typed in: point decimals, comma decimals.
  const others: NumberSeparators[] = [
    { decimal: '.', group: ',', primaryGroup: 3, secondaryGroup: 3 },
    { decimal: ',', group: '.', primaryGroup: 3, secondaryGroup: 3 },
    { decimal: ',', group: '\u202f', primaryGroup: 3, secondaryGroup: 3 },
  ];
  const guess = /^[\d.,\s\u00a0\u202f]+$/.test(body) ? others.map((o) => readWith(body, o)).find((n) => n !== null) : undefined;
  const hint = guess === undefined || guess === null ? `type it like ${shown(1234.5)}.` : `did you mean ${shown(sign * guess)}?`;
  return reject(`“${text.trim()}” is not a number in ${locale} (${rule}): ${hint}`);
}
