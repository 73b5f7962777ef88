import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { CsvParser, type CsvRowHandler } from './csv-parser';

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
  for await (const chunk of input) parser.push(typeof chunk === 'string' ? chunk : String(chunk), onRow);
  parser.end(onRow);
}

/** A read stream over a file with the chunk size `readCsv` is tuned for. */
export function openCsvFile(path: string): Readable {
  return createReadStream(path, { highWaterMark: CSV_CHUNK_BYTES });
}
