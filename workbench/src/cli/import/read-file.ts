import type { Readable } from 'node:stream';
import { CsvSyntaxError } from '../../csv/csv-parser';
import { MissingColumnError } from '../../csv/header';
import { readCsv } from '../../csv/read-csv';
import { InputError } from '../errors';
import { isFileShapeError } from '../file-shape';
import { describeColumns, resolveColumns, type Columns } from './columns';
import type { AnyImportKind } from './import-kind';
import type { IncomingRow } from './plan';
import type { RowProblem } from './problems';
import { RowReader } from './row-reader';

/** The file read: its valid rows with their keys, and a problem per bad value of the others. */
export interface ImportFile<In> {
  /** Data rows in the file (not counting the header or blank lines). */
  rows: number;
  incoming: IncomingRow<In>[];
  problems: RowProblem[];
}

/**
 * Streams a CRM export and checks every row, collecting all the problems (not only the first).
 * @throws {InputError} when the file is empty, a required column is missing, or it is not CSV.
 */
export async function readImportFile<In>(input: Readable, kind: AnyImportKind): Promise<ImportFile<In>> {
  const file: ImportFile<In> = { rows: 0, incoming: [], problems: [] };
  let columns: Columns<string> | undefined;
  try {
    await readCsv(input, (row) => {
      const fields = row.fields();
      if (columns === undefined) {
        columns = resolveColumns(fields, kind.columns);
        return;
      }
      file.rows++;
      const reader = new RowReader(row.line, fields, columns);
      const read = kind.readRow(reader) as { key: string; input: In } | null;
      if (read === null) file.problems.push(...reader.problems);
      else file.incoming.push({ line: row.line, key: read.key, input: read.input });
    });
  } catch (error) {
    if (error instanceof MissingColumnError) {
      throw new InputError(`${error.message}; a file of ${kind.noun} has these columns (${describeColumns(kind.columns)})`);
    }
    if (error instanceof CsvSyntaxError && !isFileShapeError(error)) throw new InputError(`not a CSV file: ${error.message}`);
    throw error;
  }
  if (columns === undefined) {
    throw new InputError(`the file is empty; a file of ${kind.noun} starts with a header row (${describeColumns(kind.columns)})`);
  }
  return file;
}
