import type { Readable } from 'node:stream';
import {
  AttributionStream,
  JourneyConflictError,
  parseTimestamp,
  TOUCHPOINT_BATCH_ROWS,
  TouchpointBatch,
} from '@gtm/shared/attribution';
import type { CsvRow } from '../../csv/csv-parser';
import { parseDecimal } from '../../csv/parse-number';
import { badValue, readRows, type RejectRow, type SkippedRows } from './read-rows';

export const TOUCHPOINT_HEADER = 'journey_id,channel,touched_at,converted_at[,value]';

const SPEC = {
  required: ['journey_id', 'channel', 'touched_at', 'converted_at'],
  optional: ['value'],
} as const;

export interface ReadTouchpointsResult {
  rows: number;
  skipped: SkippedRows;
}

/**
 * Reads a touchpoint CSV (`journey_id,channel,touched_at,converted_at[,value]`) into `stream`,
 * which credits the touchpoints as they come and never holds them.
 * An empty converted_at means the journey did not convert; an empty value states none. A negative
 * value is refused (as `gtm import` refuses it) unless `allowRefunds`: a refund credited as a
 * conversion turns channels' credit negative, which nobody reading the table expects.
 *
 * A row makes no string and no object: the journey id is handed over as a slice of the chunk
 * (the stream hashes it in place; rows go over a batch at a time), a file's handful of channels are found by comparing the field
 * with each, and dates and numbers are parsed in place. Rows of one journey usually come together
 * and repeat its conversion time and value: those are parsed again only when they change.
 *
 * @throws {InputError} at the first bad row (its line, column and value), unless `skipInvalid`.
 */
export async function readTouchpoints(
  input: Readable,
  stream: AttributionStream,
  options: { skipInvalid: boolean; allowRefunds?: boolean },
): Promise<ReadTouchpointsResult> {
  const channels = new ChannelNames();
  let rows = 0;
  // Rows go to the stream a batch at a time (faster in random order: see TouchpointBatch); a
  // conflict found there is rejected on its row's line, in line order (readRows' flush).
  const batch = new TouchpointBatch();
  const lines = new Int32Array(TOUCHPOINT_BATCH_ROWS);
  let reject: RejectRow | undefined;
  const onConflict = (i: number, error: JourneyConflictError): void => {
    rows--;
    reject?.(lines[i] as number, error.message);
  };
  const flush = (rejectRow: RejectRow): void => {
    reject = rejectRow;
    stream.addBatch(batch, onConflict);
  };

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
      flush,
    },
    (row, columns, rejectRow) => {
      if (!row.parseField(columns.journey_id, locateId)) return 'journey_id is empty';

      const channel = channels.of(row, columns.channel);
      if (channel === '') return 'channel is empty';

      const touchedAt = row.parseField(columns.touched_at, parseTimestamp);
      if (Number.isNaN(touchedAt)) return notADate('touched_at', row.field(columns.touched_at));

      const convertedAt = row.parseField(columns.converted_at, parseConversion);
      if (Number.isNaN(convertedAt)) return notADate('converted_at', row.field(columns.converted_at));

      // A missing value column reads as '' on every row.
      const value = row.parseField(columns.value, parseValue);
      if (Number.isNaN(value)) return badValue('value', row.field(columns.value), 'is not a number');
      if (value !== undefined && value < 0 && options.allowRefunds !== true) {
        return badValue('value', row.field(columns.value), 'is negative (a value must be 0 or more; pass --allow-refunds to credit refunds)');
      }

      lines[batch.size] = row.line;
      if (!batch.push(id.text, id.start, id.end, channel, touchedAt, convertedAt, value)) flush(rejectRow);
      rows++;
      return undefined;
    },
  );
  return { rows, skipped };
}

/** Where the current row's journey id is: `text.slice(start, end)`, trimmed. */
const id = { text: '', start: 0, end: 0 };

/**
 * Points {@link id} at a journey_id field in place; false when it is blank. A field with a space
 * or control character at either end is trimmed as {@link trim} trims it (a new string, rare).
 */
function locateId(text: string, start: number, end: number): boolean {
  if (start < end && text.charCodeAt(start) > 32 && text.charCodeAt(end - 1) > 32) {
    id.text = text;
    id.start = start;
    id.end = end;
    return true;
  }
  const trimmed = trim(text.slice(start, end));
  id.text = trimmed;
  id.start = 0;
  id.end = trimmed.length;
  return trimmed !== '';
}

/** converted_at in place: null when blank (not converted), NaN when not a date. */
function parseConversion(text: string, start: number, end: number): number | null {
  if (start === end) return null;
  if (text.charCodeAt(start) > 32 && text.charCodeAt(end - 1) > 32) return parseTimestamp(text, start, end);
  const field = text.slice(start, end);
  return trim(field) === '' ? null : parseTimestamp(field);
}

/** value in place: undefined when blank (none stated), NaN when not a number. */
function parseValue(text: string, start: number, end: number): number | undefined {
  if (start === end) return undefined;
  if (text.charCodeAt(start) > 32 && text.charCodeAt(end - 1) > 32) return parseDecimal(text, start, end);
  const field = text.slice(start, end);
  return trim(field) === '' ? undefined : parseDecimal(field);
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
