/**
 * An incremental RFC 4180 CSV parser: feed it text in chunks of any size, and it calls back once
 * per completed record, with the physical line (1-based) the record starts on.
 *
 * - Fields may be quoted; inside quotes, commas, doubled quotes (`""`) and line breaks are data.
 * - Records end at LF, CRLF or a lone CR. A record, a field, a CRLF pair or a `""` pair split
 *   across two chunks is parsed as if it had arrived whole.
 * - Blank lines are skipped (they still count as lines). A UTF-8 byte order mark is dropped.
 *
 * The unfinished tail of a chunk is kept and parsed again with the next chunk, so a record is
 * never scanned more than twice unless it is longer than a whole chunk.
 *
 * Each record is handed over as a {@link CsvRow}: a view into the text that makes a field's
 * string only when asked (`field(i)`), and can compare a field with a string or parse it in place
 * without making one (`fieldEquals`, `parseField`). At a million rows, not allocating five strings
 * and an array per row is most of the speed.
 *
 * @example
 * const rows: string[][] = [];
 * const parser = new CsvParser();
 * parser.push('id,name\n1,"Smith, J"\n2,Jo', (row) => rows.push(row.fields())); // rows: [['id','name'], ['1','Smith, J']]
 * parser.end((row) => rows.push(row.fields()));                                   // rows: […, ['2','Jo']]
 */

/** One record, valid only inside the callback it is passed to (the parser reuses it). */
export interface CsvRow {
  /** The physical line the record starts on; the first line of the input is 1. */
  readonly line: number;
  /** How many fields the record has. */
  readonly length: number;
  /** Field `i` as a string; '' when the record has fewer fields. */
  field(i: number): string;
  /** Whether field `i` is exactly `s`, without making a string. */
  fieldEquals(i: number, s: string): boolean;
  /** Calls `parse` on field `i` in place: `text.slice(start, end)` is the field's value. */
  parseField<T>(i: number, parse: (text: string, start: number, end: number) => T): T;
  /** All fields as strings. */
  fields(): string[];
}

export type CsvRowHandler = (row: CsvRow) => void;

/** A record with its fields as strings, for callers that keep records. */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/** The input is not CSV (an unterminated quote, text after a closing quote). */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = 'CsvSyntaxError';
  }
}

/**
 * The most characters one record may have: 1 MiB. No CRM export comes near it (a HubSpot row is a few
 * hundred characters); a longer "line" is a file that is not CSV, and holding it whole is what made
 * `gtm attribute` die with "Invalid string length" at 3 GB on a 300 MB line, and re-scanning it
 * chunk after chunk is what made `gtm import` run for minutes.
 */
export const MAX_RECORD_CHARS = 1 << 20;

/** A record longer than {@link MAX_RECORD_CHARS}: found as soon as the unfinished record passes it. */
export class CsvLineTooLongError extends CsvSyntaxError {
  constructor(
    line: number,
    readonly limit: number,
  ) {
    super(line, `the line is longer than ${limit.toLocaleString('en-US')} characters (${formatSize(limit)}), the most one CSV record may have; is this a CSV export?`);
    this.name = 'CsvLineTooLongError';
  }
}

function formatSize(chars: number): string {
  return chars % (1 << 20) === 0 ? `${chars / (1 << 20)} MiB` : `${chars} characters`;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
const BOM = 0xfeff;

class RowView implements CsvRow {
  text = '';
  line = 0;
  length = 0;
  starts = new Int32Array(16);
  ends = new Int32Array(16);
  /** The value of a quoted field holding `""`, which is not a slice of the text. */
  unescaped: (string | undefined)[] = [];
  hasUnescaped = false;

  field(i: number): string {
    if (i < 0 || i >= this.length) return '';
    return this.unescaped[i] ?? this.text.slice(this.starts[i], this.ends[i]);
  }

  fieldEquals(i: number, s: string): boolean {
    if (i < 0 || i >= this.length) return s === '';
    const unescaped = this.unescaped[i];
    if (unescaped !== undefined) return unescaped === s;
    const start = this.starts[i] as number;
    return (this.ends[i] as number) - start === s.length && this.text.startsWith(s, start);
  }

  parseField<T>(i: number, parse: (text: string, start: number, end: number) => T): T {
    if (i < 0 || i >= this.length) return parse('', 0, 0);
    const unescaped = this.unescaped[i];
    if (unescaped !== undefined) return parse(unescaped, 0, unescaped.length);
    return parse(this.text, this.starts[i] as number, this.ends[i] as number);
  }

  fields(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.field(i));
    return out;
  }

  grow(): void {
    const starts = new Int32Array(this.starts.length * 2);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(this.ends.length * 2);
    ends.set(this.ends);
    this.ends = ends;
  }

  clearUnescaped(): void {
    if (!this.hasUnescaped) return;
    this.unescaped.length = 0;
    this.hasUnescaped = false;
  }
}

export class CsvParser {
  constructor(private readonly maxRecordChars = MAX_RECORD_CHARS) {}

  private rest = '';
  private line = 1;
  private started = false;
  private ended = false;
  private readonly row = new RowView();

  /** Parses `text` after whatever was left over from the previous chunk; calls `onRow` per complete record. */
  push(text: string, onRow: CsvRowHandler): void {
    if (this.ended) throw new Error('CsvParser.push after end');
    let s = this.rest.length > 0 ? this.rest + text : text;
    if (!this.started && s.length > 0) {
      this.started = true;
      if (s.charCodeAt(0) === BOM) s = s.slice(1);
    }
    this.parse(s, false, onRow);
    // `rest` is the record not finished yet: past the limit, stop before it grows any further.
    if (this.rest.length > this.maxRecordChars) throw new CsvLineTooLongError(this.line, this.maxRecordChars);
  }

  /** Parses what is left (a last record without a line break); the parser is finished after this. */
  end(onRow: CsvRowHandler): void {
    if (this.ended) return;
    this.ended = true;
    let s = this.rest;
    if (!this.started && s.charCodeAt(0) === BOM) s = s.slice(1);
    this.parse(s, true, onRow);
  }

  private parse(s: string, final: boolean, onRow: CsvRowHandler): void {
    const n = s.length;
    const row = this.row;
    row.text = s;
    let pos = 0;
    let line = this.line;
    this.rest = '';
    // Without CRs, an unquoted field ends at the next comma or LF; with them, scan character by character.
    const scanByIndexOf = s.indexOf('\r') === -1;
    let nextComma = -1;
    let nextLf = -1;

    records: while (pos < n) {
      const recordStart = pos;
      let count = 0;
      // Line breaks inside quoted fields: the record still starts on `line`, the next one later.
      let innerBreaks = 0;
      row.clearUnescaped();

      for (;;) {
        if (count === row.starts.length) row.grow();
        let c = pos < n ? s.charCodeAt(pos) : -1;
        if (c === QUOTE) {
          let value: string | undefined;
          let from = pos + 1;
          for (;;) {
            const q = s.indexOf('"', from);
            if (q === -1 || (q + 1 === n && !final)) {
              // The closing quote has not arrived yet, or a quote ends the chunk and the next
              // character decides whether it is `""`.
              if (final) throw new CsvSyntaxError(line, 'a quoted field is never closed (missing ")');
              this.rest = s.slice(recordStart);
              break records;
            }
            innerBreaks += countLineBreaks(s, from, q);
            if (s.charCodeAt(q + 1) === QUOTE) {
              value = (value ?? '') + s.slice(from, q + 1);
              from = q + 2;
              continue;
            }
            if (value === undefined) {
              row.starts[count] = pos + 1;
              row.ends[count] = q;
            } else {
              row.unescaped[count] = value + s.slice(from, q);
              row.hasUnescaped = true;
            }
            pos = q + 1;
            break;
          }
          count++;
          c = pos < n ? s.charCodeAt(pos) : -1;
          if (c !== COMMA && c !== LF && c !== CR && c !== -1) {
            throw new CsvSyntaxError(
              line + innerBreaks,
              'unexpected text after a closing quote (a quote inside a quoted field must be doubled: "")',
            );
          }
        } else {
          let p: number;
          if (scanByIndexOf) {
            // The next comma and line feed are found with indexOf (much faster than a character
            // loop) and remembered until passed; `n` stands for "none left".
            if (nextComma < pos) nextComma = indexOrEnd(s, ',', pos);
            if (nextLf < pos) nextLf = indexOrEnd(s, '\n', pos);
            p = nextComma < nextLf ? nextComma : nextLf;
            c = p === n ? -1 : s.charCodeAt(p);
          } else {
            p = pos;
            while (p < n) {
              c = s.charCodeAt(p);
              if (c === COMMA || c === LF || c === CR) break;
              p++;
            }
            if (p === n) c = -1;
          }
          row.starts[count] = pos;
          row.ends[count] = p;
          count++;
          pos = p;
        }

        if (c === COMMA) {
          pos++;
          continue;
        }
        // `pos` is at the record's end (its line break, or the end of the text): the record is complete here.
        if (pos - recordStart > this.maxRecordChars) throw new CsvLineTooLongError(line, this.maxRecordChars);
        if (c === -1) {
          // End of the text: the record is complete only if no more text will come.
          if (!final) {
            this.rest = s.slice(recordStart);
            break records;
          }
        } else if (c === CR) {
          if (pos + 1 === n && !final) {
            // A CR ending the chunk may be the first half of a CRLF.
            this.rest = s.slice(recordStart);
            break records;
          }
          pos += s.charCodeAt(pos + 1) === LF ? 2 : 1;
        } else {
          pos++;
        }

        // A blank line is no record; a line holding only "" is one empty field.
        if (count > 1 || row.starts[0] !== row.ends[0] || s.charCodeAt(recordStart) === QUOTE) {
          row.length = count;
          row.line = line;
          onRow(row);
        }
        line += 1 + innerBreaks;
        break;
      }
    }

    this.line = line;
    row.text = '';
  }
}

/** Parses a whole text at once into records with string fields (small inputs, tests). */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const collect: CsvRowHandler = (row) => records.push({ fields: row.fields(), line: row.line });
  const parser = new CsvParser();
  parser.push(text, collect);
  parser.end(collect);
  return records;
}

function indexOrEnd(s: string, char: string, from: number): number {
  const at = s.indexOf(char, from);
  return at === -1 ? s.length : at;
}

/** Counts LF, CRLF and lone CR between `from` and `to` (exclusive). */
function countLineBreaks(s: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === LF) count++;
    else if (c === CR && s.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}
