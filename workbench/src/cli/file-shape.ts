import { CsvLineTooLongError } from '../csv/csv-parser';
import { CsvBinaryError } from '../csv/read-csv';
import { InputError } from './errors';

/**
 * A file that is not CSV at all — binary, or a "line" past the record limit — as one message naming
 * the file, for `gtm attribute` and `gtm import` alike: `cannot read "x.csv": line 1: the line is
 * longer than 1,048,576 characters (1 MiB) …`. Undefined for any other error.
 */
export function fileShapeError(error: unknown, file: string): InputError | undefined {
  if (error instanceof CsvBinaryError || error instanceof CsvLineTooLongError) {
    return new InputError(`cannot read ${JSON.stringify(file)}: ${error.message}`);
  }
  return undefined;
}

/** Whether the readers must pass `error` on untouched (the command names the file: see fileShapeError). */
export function isFileShapeError(error: unknown): boolean {
  return error instanceof CsvBinaryError || error instanceof CsvLineTooLongError;
}
