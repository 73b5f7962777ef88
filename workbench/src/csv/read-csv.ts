import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { CsvParser, CsvSyntaxError, type CsvRowHandler } from './csv-parser';

/** 1 MiB reads: few enough chunks that per-chunk costs vanish, small enough to stream. */
export const CSV_CHUNK_BYTES = 1 << 20;

/**
 * Streams CSV from `input` through {@link CsvParser}, calling `onRow` for every record in order.
 * Only one chunk and the unfinished record before it are in memory at a time. If `onRow` throws,
 * reading stops and the promise rejects with that error.
 *
 * @example
 * await readCsv(openCsvFile('touchpoints.csv'), (row) => {
 *   if (row.line > 1) console.log(row.line, row.field(0));
 * });
 */
export async function readCsv(input: Readable, onRow: CsvRowHandler): Promise<void> {
  input.setEncoding('utf8'); // a multi-byte character split across reads is joined by the decoder
  const parser = new CsvParser();
  let first = true;
  for await (const chunk of input) {
    const text = typeof chunk === 'string' ? chunk : String(chunk);
    if (first && text.includes('\u0000')) throw new CsvBinaryError();
    first = false;
    parser.push(text, onRow);
  }
  parser.end(onRow);
}

/**
 * NUL in the first chunk: text files (CSV, UTF-8) never hold one; images, archives, spreadsheets
 * (.xlsx) and UTF-16 exports do. Said before any row is parsed, instead of a "missing column" that
 * quotes the binary header.
 */
export class CsvBinaryError extends CsvSyntaxError {
  constructor() {
    super(1, 'looks like a binary file, not CSV (it holds NUL bytes); export the data as CSV (UTF-8) and try again');
    this.message = 'looks like a binary file, not CSV (it holds NUL bytes); export the data as CSV (UTF-8) and try again';
    this.name = 'CsvBinaryError';
  }
}

/** A read stream over a file with the chunk size `readCsv` is tuned for. */
export function openCsvFile(path: string): Readable {
  return createReadStream(path, { highWaterMark: CSV_CHUNK_BYTES });
}
