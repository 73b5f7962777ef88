import type { Readable } from 'node:stream';
import { CsvSyntaxError, type CsvRow } from '../../csv/csv-parser';
import { mapHeader, MissingColumnError, type ColumnIndex, type HeaderSpec } from '../../csv/header';
import { readCsv } from '../../csv/read-csv';
import { describeRowProblem, InputError, type RowProblem } from '../errors';
import { isFileShapeError } from '../file-shape';

/** How many skipped rows the summary shows one by one. */
export const SKIPPED_SHOWN = 5;

/** The rows --skip-invalid passed over: how many, and the first few with their reasons. */
export interface SkippedRows {
  count: number;
  first: RowProblem[];
}

export interface ReadRowsOptions<Required extends string, Optional extends string> {
  spec: HeaderSpec<Required, Optional>;
  /** What the file should look like, for the messages about a missing header or column. */
  expected: string;
  /** Extra advice for a missing column, e.g. "this looks like a deals file". */
  hint?: (header: readonly string[]) => string | undefined;
  skipInvalid: boolean;
  /**
   * For a reader that holds rows back (to hand them over in batches): called before any later row
   * is rejected, before a CSV syntax error is thrown, and after the last row, so that it hands the
   * held rows over and rejects those it could not take first: rows are rejected in line order, as
   * if each had been taken at once.
   */
  flush?: (reject: RejectRow) => void;
}

/** Rejects the row on `line` for `reason`, as if `onRow` had returned it. */
export type RejectRow = (line: number, reason: string) => void;

/**
 * Reads a CSV with a header and hands each row to `onRow`, which returns undefined when it took
 * the row, or the reason it could not (or, holding rows back, rejects earlier ones with `reject`,
 * in line order; see {@link ReadRowsOptions.flush}). The first reason ends the read with an InputError naming
 * the line, unless `skipInvalid`, which counts the row and reads on.
 *
 * @throws {InputError} for a missing header or column, a CSV syntax error, or a bad row.
 */
export async function readRows<Required extends string, Optional extends string = never>(
  input: Readable,
  options: ReadRowsOptions<Required, Optional>,
  onRow: (row: CsvRow, columns: ColumnIndex<Required, Optional>, reject: RejectRow) => string | undefined,
): Promise<SkippedRows> {
  const skipped: SkippedRows = { count: 0, first: [] };
  let columns: ColumnIndex<Required, Optional> | undefined;
  let width = 0;
  let headerLength = 0;
  const reject: RejectRow = (line, reason) => {
    const problem = { line, reason };
    if (!options.skipInvalid) throw new InputError(describeRowProblem(problem));
    skipped.count++;
    if (skipped.first.length < SKIPPED_SHOWN) skipped.first.push(problem);
  };
  try {
    await readCsv(input, (row) => {
      if (columns === undefined) {
        const header = row.fields();
        columns = mapColumns(header, options);
        // Optional columns may be cut off at the end of a row; required ones may not.
        const found = columns;
        width = Math.max(...options.spec.required.map((name) => found[name])) + 1;
        headerLength = header.length;
        return;
      }
      const reason =
        row.length < width
          ? `the row has ${row.length} field${row.length === 1 ? '' : 's'} but the header has ${headerLength}`
          : onRow(row, columns, reject);
      if (reason === undefined) return;
      options.flush?.(reject);
      reject(row.line, reason);
    });
    options.flush?.(reject);
  } catch (error) {
    if (error instanceof CsvSyntaxError) options.flush?.(reject);
    if (error instanceof CsvSyntaxError && !isFileShapeError(error)) throw new InputError(error.message);
    throw error;
  }
  if (columns === undefined) throw new InputError(`the input is empty (expected a header: ${options.expected})`);
  return skipped;
}

function mapColumns<Required extends string, Optional extends string>(
  header: string[],
  options: ReadRowsOptions<Required, Optional>,
): ColumnIndex<Required, Optional> {
  try {
    return mapHeader(header, options.spec);
  } catch (error) {
    if (!(error instanceof MissingColumnError)) throw error;
    const hint = options.hint?.(header);
    throw new InputError(`${error.message}${hint === undefined ? '' : `; ${hint}`}`);
  }
}

/** Describes a rejected field value: `touched_at "31/02/2026" is not a date`. */
export function badValue(column: string, value: string, problem: string): string {
  return `${column} ${JSON.stringify(value)} ${problem}`;
}
