import type { Readable } from 'node:stream';
import { JourneyBuilder, JourneyConflictError, type Journey } from '@gtm/shared';
import type { CsvRow } from '../../csv/csv-parser';
import { parseDecimal } from '../../csv/parse-number';
import { parseTimestamp } from '@gtm/shared';
import { badValue, readRows, type SkippedRows } from './read-rows';

export const TOUCHPOINT_HEADER = 'journey_id,channel,touched_at,converted_at[,value]';

const SPEC = {
  required: ['journey_id', 'channel', 'touched_at', 'converted_at'],
  optional: ['value'],
} as const;

export interface ReadJourneysResult {
  journeys: Journey[];
  rows: number;
  skipped: SkippedRows;
}

/**
 * Reads a touchpoint CSV (`journey_id,channel,touched_at,converted_at[,value]`) into journeys.
 * An empty converted_at means the journey did not convert; an empty value states none. A negative
 * value is refused (as `gtm import` refuses it) unless `allowRefunds`: a refund credited as a
 * conversion turns channels' credit negative, which nobody reading the table expects.
 *
 * Rows of one journey usually come together and repeat its id, conversion time and value, and a
 * file has a handful of channels: each of those is turned into a string or a number once, when
 * it changes, and compared in place otherwise. A journey's rows share one id string, which keeps
 * its hash, so the builder's lookups stay cheap.
 *
 * @throws {InputError} at the first bad row (its line, column and value), unless `skipInvalid`.
 */
export async function readJourneys(input: Readable, options: { skipInvalid: boolean; allowRefunds?: boolean }): Promise<ReadJourneysResult> {
  const builder = new JourneyBuilder();
  const channels = new ChannelNames();
  let rows = 0;
  let lastIdText = '';
  let lastId = '';
  let lastConvertedText = '';
  let lastConvertedAt: number | null = null;
  let lastValueText = '';
  let lastValue: number | undefined;

  const skipped = await readRows(
    input,
    {
      spec: SPEC,
      expected: TOUCHPOINT_HEADER,
      hint: (header) =>
        header.some((name) => name.trim().toLowerCase() === 'deal_id')
          ? 'this looks like a deals file: use --model ols-cs'
          : undefined,
      skipInvalid: options.skipInvalid,
    },
    (row, columns) => {
      if (!row.fieldEquals(columns.journey_id, lastIdText) || lastId === '') {
        const text = row.field(columns.journey_id);
        const id = trim(text);
        if (id === '') return 'journey_id is empty';
        lastIdText = text;
        lastId = id;
      }

      const channel = channels.of(row, columns.channel);
      if (channel === '') return 'channel is empty';

      const touchedAt = row.parseField(columns.touched_at, parseTimestamp);
      if (Number.isNaN(touchedAt)) return notADate('touched_at', row.field(columns.touched_at));

      if (!row.fieldEquals(columns.converted_at, lastConvertedText)) {
        const text = row.field(columns.converted_at);
        const convertedAt = trim(text) === '' ? null : parseTimestamp(text);
        if (Number.isNaN(convertedAt)) return notADate('converted_at', text);
        lastConvertedText = text;
        lastConvertedAt = convertedAt;
      }

      // A missing value column reads as '' on every row.
      if (!row.fieldEquals(columns.value, lastValueText)) {
        const text = row.field(columns.value);
        const value = trim(text) === '' ? undefined : parseDecimal(text);
        if (Number.isNaN(value)) return badValue('value', text, 'is not a number');
        if (value !== undefined && value < 0 && options.allowRefunds !== true) {
          return badValue('value', text, 'is negative (a value must be 0 or more; pass --allow-refunds to credit refunds)');
        }
        lastValueText = text;
        lastValue = value;
      }

      try {
        builder.add({ journeyId: lastId, channel, touchedAt, convertedAt: lastConvertedAt, value: lastValue });
      } catch (error) {
        if (error instanceof JourneyConflictError) return error.message;
        throw error;
      }
      rows++;
      return undefined;
    },
  );
  return { journeys: builder.journeys(), rows, skipped };
}

/**
 * The channel names seen so far, found by comparing the field in place with each, so a row
 * makes no string for its channel. Past a few dozen names, a map is faster than the scan.
 */
class ChannelNames {
  private readonly texts: string[] = [];
  private readonly names: string[] = [];
  private readonly byText = new Map<string, string>();

  /** The trimmed channel of field `i` ('' when blank), one string per distinct text. */
  of(row: CsvRow, i: number): string {
    const texts = this.texts;
    if (texts.length < 32) {
      for (let k = 0; k < texts.length; k++) if (row.fieldEquals(i, texts[k] as string)) return this.names[k] as string;
    }
    const text = row.field(i);
    const known = this.byText.get(text);
    if (known !== undefined) return known;
    const name = trim(text);
    if (name === '') return '';
    this.byText.set(text, name);
    if (texts.length < 32) {
      texts.push(text);
      this.names.push(name);
    }
    return name;
  }
}

const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}([.,]\d+)?)?$/;

/** Why a date field was rejected, with the fix. */
export function notADate(column: string, text: string): string {
  if (text.trim() === '') return `${column} is empty`;
  if (LOCAL_TIME.test(text.trim())) {
    return badValue(
      column,
      text,
      'has no time zone (add Z for UTC or an offset, e.g. 2026-02-28T09:00:00Z or 2026-02-28T09:00:00+02:00)',
    );
  }
  return badValue(column, text, 'is not a date (use ISO 8601, e.g. 2026-02-28 or 2026-02-28T09:00:00Z)');
}

/** String.prototype.trim, skipped when there is nothing to trim (the common case). */
function trim(s: string): string {
  const last = s.length - 1;
  return last >= 0 && (s.charCodeAt(0) <= 32 || s.charCodeAt(last) <= 32) ? s.trim() : s;
}
