/**
 * The Office.js module against office-addin-mock: properties read before `load` + `sync` come back
 * as the mock's error text, so a missing load shows up as a wrong branch; syncs are counted to
 * hold the "one sync per chunk of rows" discipline.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { SAMPLE_FORMULAS, SAMPLE_TOUCHPOINTS } from '../sample/worked-example';
import { CHUNK_ROWS, chunksOf, insertSampleData, SAMPLE_SHEET, writeTable } from './excel-tables';

// office-addin-manifest's entry pulls ESM-only dependencies jest cannot load; the mock needs only the OfficeApp enum.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

interface Recorder {
  calls: string[];
  rowsAdded: unknown[][][];
  ranges: Record<string, { values?: unknown; formulas?: unknown; numberFormat?: unknown }>;
  table: { name?: string };
  syncs: number;
}

/** Excel with (or without) a sheet and a table of the names being written. */
function mockExcel(options: { sheetExists: boolean; tableExists: boolean }): Recorder {
  const recorder: Recorder = { calls: [], rowsAdded: [], ranges: {}, table: {}, syncs: 0 };
  const range = (address: string): object => {
    const r = (recorder.ranges[address] ??= {});
    return Object.assign(r, {
      clear: () => recorder.calls.push(`clear ${address}`),
      getOffsetRange: (rows: number, columns: number) => range(`${address}+${rows},${columns}`),
      format: { autofitColumns: () => recorder.calls.push('autofit') },
    });
  };
  const sheet = {
    isNullObject: !options.sheetExists,
    getRange: (address?: string) => range(address ?? 'all'),
    getUsedRange: () => range('used'),
    activate: () => recorder.calls.push('activate'),
    tables: {
      add: (header: object, hasHeaders: boolean) => {
        recorder.calls.push(`tables.add(${Object.keys(recorder.ranges).find((a) => recorder.ranges[a] === header)}, ${hasHeaders})`);
        return Object.assign(recorder.table, { rows: { add: (_: unknown, values: unknown[][]) => recorder.rowsAdded.push(values) } });
      },
    },
  };
  const data = {
    context: {
      workbook: {
        worksheets: {
          found: sheet,
          getItemOrNullObject(name: string) {
            recorder.calls.push(`worksheets.getItemOrNullObject(${name})`);
            return (this as unknown as { found: object }).found;
          },
          add(name: string) {
            recorder.calls.push(`worksheets.add(${name})`);
            return (this as unknown as { found: object }).found;
          },
        },
        tables: {
          found: { isNullObject: !options.tableExists, delete: () => recorder.calls.push('table.delete') },
          getItemOrNullObject(name: string) {
            recorder.calls.push(`tables.getItemOrNullObject(${name})`);
            return (this as unknown as { found: object }).found;
          },
        },
      },
    },
    run: async function (callback: (context: unknown) => Promise<unknown>) {
      return callback((this as unknown as { context: unknown }).context);
    },
  };
  const excel = new OfficeMockObject(data) as unknown as { context: { sync(): Promise<void> } };
  const sync = excel.context.sync.bind(excel.context);
  excel.context.sync = async () => {
    recorder.syncs++;
    await sync();
  };
  (globalThis as Record<string, unknown>).Excel = excel;
  return recorder;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
});

async function* pages(...sizes: number[]): AsyncGenerator<(string | number)[][]> {
  let n = 0;
  for (const size of sizes) yield Array.from({ length: size }, () => [`j${++n}`, 'Email', '2026-03-01', '2026-03-15', 100]);
}

const TARGET = { sheetName: 'GTM Touchpoints', tableName: 'Touchpoints', headers: ['journey_id', 'channel', 'touched_at', 'converted_at', 'value'] };

describe('writeTable', () => {
  it('writes 2,500 rows as 3 chunks of at most 1,000, one sync each, reporting 1,000, 2,000 and 2,500', async () => {
    const excel = mockExcel({ sheetExists: false, tableExists: false });
    const progress: number[] = [];
    const written = await writeTable(TARGET, pages(2500), (n) => progress.push(n));
    expect(written).toBe(2500);
    expect(progress).toEqual([1000, 2000, 2500]);
    expect(excel.rowsAdded.map((chunk) => chunk.length)).toEqual([1000, 1000, 500]);
    // 1 to learn whether sheet and table exist, 1 for the header and table, 3 for the chunks, 1 for autofit and activate.
    expect(excel.syncs).toBe(6);
  });

  it('on a new workbook: adds the sheet, a table over the header A1:E1 named Touchpoints, then autofits and activates', async () => {
    const excel = mockExcel({ sheetExists: false, tableExists: false });
    await writeTable(TARGET, pages(3), () => undefined);
    expect(excel.calls).toEqual([
      'worksheets.getItemOrNullObject(GTM Touchpoints)',
      'tables.getItemOrNullObject(Touchpoints)',
      'worksheets.add(GTM Touchpoints)',
      'tables.add(A1:E1, true)',
      'autofit',
      'activate',
    ]);
    expect(excel.ranges['A1:E1']?.values).toEqual([TARGET.headers]);
    expect(excel.table.name).toBe('Touchpoints');
    expect(excel.rowsAdded[0]?.[2]).toEqual(['j3', 'Email', '2026-03-01', '2026-03-15', 100]);
  });

  it('on a reload: deletes the old table and clears the sheet instead of appending to it', async () => {
    const excel = mockExcel({ sheetExists: true, tableExists: true });
    await writeTable(TARGET, pages(1), () => undefined);
    expect(excel.calls.slice(0, 4)).toEqual([
      'worksheets.getItemOrNullObject(GTM Touchpoints)',
      'tables.getItemOrNullObject(Touchpoints)',
      'table.delete',
      'clear all',
    ]);
    expect(excel.calls).not.toContain('worksheets.add(GTM Touchpoints)');
  });

  it('writes the header and no rows for an empty list: 0 rows, no chunk, no progress', async () => {
    const excel = mockExcel({ sheetExists: false, tableExists: false });
    const progress: number[] = [];
    await expect(writeTable(TARGET, pages(0), (n) => progress.push(n))).resolves.toBe(0);
    expect(excel.rowsAdded).toEqual([]);
    expect(progress).toEqual([]);
  });
});

describe('insertSampleData', () => {
  it('puts the touchpoints in A1:E3, the deals in G1:I4 and the formulas from K1 on "GTM Sample", in one sync after the existence check', async () => {
    const excel = mockExcel({ sheetExists: false, tableExists: false });
    await insertSampleData();
    expect(excel.calls[0]).toBe(`worksheets.getItemOrNullObject(${SAMPLE_SHEET})`);
    expect(excel.ranges['A1:E3']?.values).toEqual(SAMPLE_TOUCHPOINTS);
    expect(excel.ranges['G1:I4']?.values).toEqual([['ols', 'cs', 'amount'], ['Events', 'Webinar', 1000], ['Partner referral', 'Events', 3000], ['Events', 'Events', 2000]]);
    expect(excel.ranges.K1?.formulas).toEqual([['=GTM.ATTRIBUTE(A1:E3)']]);
    expect(excel.ranges.K20?.numberFormat).toEqual([['yyyy-mm-dd']]);
    // The spilled attribution in K1:M5 shows credits to two decimals and shares as percents.
    expect(excel.ranges['K1:M5']?.numberFormat).toEqual(Array.from({ length: 5 }, () => ['General', '#,##0.00', '0.0%']));
    expect(excel.ranges.K17?.numberFormat).toBeUndefined();
    expect(excel.ranges['K17:K17']?.numberFormat).toEqual([['0.00']]);
    expect(SAMPLE_FORMULAS.every((f) => excel.ranges[f.cell]?.formulas !== undefined)).toBe(true);
    expect(excel.syncs).toBe(2);
  });
});

it('chunksOf splits 5 rows by 2 into 2, 2 and 1, and CHUNK_ROWS is 1,000', () => {
  expect(chunksOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  expect(CHUNK_ROWS).toBe(1000);
});
