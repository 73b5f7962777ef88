/// <reference types="office-js" />
/**
 * Every Office.js call of the task pane lives here, with load/sync discipline: read only what is
 * needed (`isNullObject`), queue writes in batches, and sync once per chunk of rows — never once
 * per cell — so a 50,000-row list is 50 round trips to Excel, each reporting progress.
 */
import { blockAddress, columnName } from '../sample/a1';
import { SAMPLE_DEALS, SAMPLE_FORMULAS, SAMPLE_TOUCHPOINTS } from '../sample/worked-example';
import type { CellValue } from './datasets';

/** Rows per `table.rows.add` + `context.sync()`: well under Excel's 5 MB request limit. */
export const CHUNK_ROWS = 1000;

/** The worksheet "Insert sample data" writes. */
export const SAMPLE_SHEET = 'GTM Sample';

/** Where a table goes: its worksheet and its name (Excel table names allow no spaces). */
export interface TableTarget {
  sheetName: string;
  tableName: string;
  headers: readonly string[];
  /** Columns (by header) whose cells are Excel dates: their data rows get this number format. */
  dateColumns?: { headers: readonly string[]; format: string };
}

/** The worksheet named `name`, emptied; added when there is none. Queues work, syncs once. */
async function freshSheet(context: Excel.RequestContext, name: string, tableName?: string): Promise<Excel.Worksheet> {
  const existing = context.workbook.worksheets.getItemOrNullObject(name);
  existing.load('isNullObject');
  const table = tableName === undefined ? undefined : context.workbook.tables.getItemOrNullObject(tableName);
  table?.load('isNullObject');
  await context.sync();
  // The previous load's table goes with its rows: a reload replaces, it never appends.
  if (table && !table.isNullObject) table.delete();
  if (existing.isNullObject) return context.workbook.worksheets.add(name);
  existing.getRange().clear();
  return existing;
}

/** Splits rows into chunks of at most `size`. */
export function chunksOf<T>(rows: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}

/**
 * Writes the pages into a new Excel table (headers first) on its own worksheet, replacing what a
 * previous load put there; calls `onProgress` with the rows written after each sync.
 * @returns the number of rows written
 */
export async function writeTable(
  target: TableTarget,
  pages: AsyncIterable<CellValue[][]>,
  onProgress: (rowsWritten: number) => void,
): Promise<number> {
  // The first page is read before Excel is touched: a list that is missing, forbidden or out of
  // reach fails here and leaves the workbook (and a previous load's table) as it was.
  const iterator = pages[Symbol.asyncIterator]();
  const first = await iterator.next();
  async function* remaining(): AsyncGenerator<CellValue[][]> {
    if (first.done) return;
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return Excel.run(async (context) => {
    const sheet = await freshSheet(context, target.sheetName, target.tableName);
    const header = sheet.getRange(blockAddress('A1', 1, target.headers.length));
    header.values = [[...target.headers]];
    const table = sheet.tables.add(header, true);
    table.name = target.tableName;
    await context.sync();
    let written = 0;
    for await (const page of remaining()) {
      for (const chunk of chunksOf(page, CHUNK_ROWS)) {
        table.rows.add(undefined, chunk);
        await context.sync();
        written += chunk.length;
        onProgress(written);
      }
    }
    // Date serials show as numbers (46082) until their column has a date format.
    if (target.dateColumns !== undefined && written > 0) {
      const { format } = target.dateColumns;
      for (const header of target.dateColumns.headers) {
        const column = target.headers.indexOf(header);
        if (column < 0) continue;
        sheet.getRange(blockAddress(`${columnName(column)}2`, written, 1)).numberFormat = Array.from({ length: written }, () => [format]);
      }
    }
    sheet.getUsedRange().format.autofitColumns();
    sheet.activate();
    await context.sync();
    return written;
  });
}

/**
 * Puts the worked example on the "GTM Sample" sheet: touchpoints in A1:E3, deals in G1:I4 and the
 * sample formulas from K1 down, each with a note to its right. One sync.
 */
export async function insertSampleData(): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = await freshSheet(context, SAMPLE_SHEET);
    sheet.getRange(blockAddress('A1', SAMPLE_TOUCHPOINTS.length, 5)).values = SAMPLE_TOUCHPOINTS.map((row) => [...row]);
    sheet.getRange(blockAddress('G1', SAMPLE_DEALS.length, 3)).values = SAMPLE_DEALS.map((row) => [...row]);
    for (const sample of SAMPLE_FORMULAS) {
      const cell = sheet.getRange(sample.cell);
      cell.formulas = [[sample.formula]];
      if (sample.format === 'date') cell.numberFormat = [['yyyy-mm-dd']];
      // The result's columns get their number formats (66.67, 66.7%): Excel keeps the exact value
      // and shows it formatted, where rounding in the function would lose it.
      const formats = sample.numberFormats;
      if (formats !== undefined) {
        const rows = sample.resultRows ?? 1;
        sheet.getRange(blockAddress(sample.cell, rows, formats.length)).numberFormat = Array.from({ length: rows }, () => [...formats]);
      }
      // The note sits four columns right of the formula, past a spilled Channel | Credit | Share.
      cell.getOffsetRange(0, 4).values = [[sample.note]];
    }
    sheet.activate();
    await context.sync();
  });
}
