import type { IsoDate, Person } from '@gtm/shared';
import { PersonSchema, tooLongMessage } from '@gtm/shared';
import { parseDecimal } from '../../csv/parse-number';
import { parseTimestamp } from '@gtm/shared';
import type { Columns } from './columns';
import type { RowProblem } from './problems';

/**
 * Reads one CSV row's typed values, collecting a problem per bad value (with the column as the file
 * names it, the value, and how to fix it) instead of stopping at the first. A column the header
 * lacks reads as empty; `has` tells the two apart (an absent optional column keeps what the site
 * has, an empty cell clears it).
 */
export class RowReader<Key extends string> {
  readonly problems: RowProblem[] = [];

  constructor(
    readonly line: number,
    private readonly fields: readonly string[],
    private readonly columns: Columns<Key>,
  ) {}

  has(key: Key): boolean {
    return this.columns[key].at >= 0;
  }

  /** The cell, trimmed; '' when empty or the column is absent. */
  raw(key: Key): string {
    const at = this.columns[key].at;
    return at < 0 ? '' : (this.fields[at] ?? '').trim();
  }

  name(key: Key): string {
    return this.columns[key].name;
  }

  fail(key: Key | null, value: string, message: string): null {
    const field = key === null ? '(row)' : this.name(key);
    this.problems.push({ line: this.line, field, value, message });
    return null;
  }

  /**
   * Text, or null when empty; a required one reports `X is empty; every <what> needs one`, one longer
   * than its column holds `Deal Name is 300 characters; SharePoint holds at most 255 — shorten it by 45`.
   */
  text(key: Key, required?: string): string | null {
    const value = this.raw(key);
    if (value !== '') return this.fits(key, value) ? value : null;
    return required === undefined ? null : this.fail(key, value, `${this.name(key)} is empty; every ${required} needs one`);
  }

  /** True when the value fits its column's `maxLength`; otherwise reports it (with the limit) and is false. */
  fits(key: Key, value: string, max: number | undefined = this.columns[key].maxLength): boolean {
    if (max === undefined || value.length <= max) return true;
    this.fail(key, value, tooLongMessage(this.name(key), value.length, max));
    return false;
  }

  /** A plain decimal (`12500.50`); no thousands separators, currency signs or `k`. */
  number(key: Key, options: { required?: boolean; min?: number; integerFrom1To5?: boolean } = {}): number | null {
    const value = this.raw(key);
    const name = this.name(key);
    if (value === '') return options.required ? this.fail(key, value, `${name} is empty; give a number (e.g. 12500)`) : null;
    const parsed = parseDecimal(value);
    if (Number.isNaN(parsed)) {
      return this.fail(key, value, `${name} "${value}" is not a number; write digits with a dot for decimals, without thousands separators, currency or units (e.g. 12500.50)`);
    }
    if (options.integerFrom1To5 && (!Number.isInteger(parsed) || parsed < 1 || parsed > 5)) {
      return this.fail(key, value, `${name} "${value}" is not a whole number from 1 (poor fit) to 5 (excellent fit)`);
    }
    if (options.min !== undefined && parsed < options.min) {
      return this.fail(key, value, `${name} "${value}" is negative; it must be ${options.min} or more`);
    }
    return parsed;
  }

  /** A day: `2025-03-31`, or an ISO timestamp with a zone (its UTC day). */
  date(key: Key): IsoDate | null {
    const value = this.raw(key);
    if (value === '') return null;
    const ms = parseTimestamp(value);
    if (Number.isNaN(ms)) {
      return this.fail(key, value, `${this.name(key)} "${value}" is not a date; write YYYY-MM-DD (e.g. 2025-03-31)`);
    }
    return new Date(ms).toISOString().slice(0, 10);
  }

  /** An instant, to the second in UTC (`2025-03-03T09:30:00Z`) as SharePoint keeps it. */
  instant(key: Key, required?: boolean): string | null {
    const value = this.raw(key);
    const name = this.name(key);
    if (value === '') return required ? this.fail(key, value, `${name} is empty; give the time of the touch (e.g. 2025-03-03T09:30:00Z)`) : null;
    const ms = parseTimestamp(value);
    if (Number.isNaN(ms)) {
      return this.fail(
        key,
        value,
        `${name} "${value}" is not a time; write ISO 8601 with Z or an offset (e.g. 2025-03-03T09:30:00Z), or a date (2025-03-03, midnight UTC)`,
      );
    }
    return `${new Date(ms).toISOString().slice(0, 19)}Z`;
  }

  /** A person: `ana@contoso.com` or `Ana Lopez <ana@contoso.com>`. */
  person(key: Key, required?: boolean): Person | null {
    const value = this.raw(key);
    const name = this.name(key);
    if (value === '') return required ? this.fail(key, value, `${name} is empty; give the owner's e-mail (e.g. ana@contoso.com)`) : null;
    const match = /^(.*?)\s*<([^<>]+)>$/.exec(value);
    const email = (match ? match[2] : value)?.trim() ?? '';
    const displayName = match?.[1]?.trim().replace(/^"(.*)"$/, '$1');
    const person = PersonSchema.safeParse(displayName ? { email, displayName } : { email });
    if (!person.success) {
      return this.fail(key, value, `${name} "${value}" has no e-mail address; write it as ana@contoso.com or "Ana Lopez <ana@contoso.com>"`);
    }
    return person.data;
  }
}
