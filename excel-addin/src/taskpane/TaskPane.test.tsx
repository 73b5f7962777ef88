/** @jest-environment jsdom */
/**
 * The task pane over an in-memory SharePoint (the shared memory ListStore) and a fake Excel side:
 * what it loads, what it says while loading, and what it says when SharePoint or Excel refuses.
 */
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryListStore, GTM_TOUCHPOINTS_LIST, ListStoreError, type MemoryListStore, GTM_DEALS_LIST } from '@gtm/shared';
import { attribute } from '../functions/functions';
import type { CellValue } from './datasets';
import type { TableTarget } from './excel-tables';
import { TaskPane, type ExcelTables } from './TaskPane';

/** Excel, reduced to what the pane asks of it: the tables written, kept for assertions. */
function fakeTables(): ExcelTables & { written: { target: TableTarget; rows: CellValue[][] }[]; samples: number } {
  const fake = {
    written: [] as { target: TableTarget; rows: CellValue[][] }[],
    samples: 0,
    async writeTable(target: TableTarget, pages: AsyncIterable<CellValue[][]>, onProgress: (n: number) => void) {
      const rows: CellValue[][] = [];
      for await (const page of pages) {
        rows.push(...page);
        onProgress(rows.length);
      }
      fake.written.push({ target, rows });
      return rows.length;
    },
    async insertSampleData() {
      fake.samples++;
    },
  };
  return fake;
}

/** A touchpoint row as SharePoint returns it: every column present, empty ones null. */
const touch = (values: Record<string, string | number | null>) => ({ GtmValue: null, GtmTouchKey: null, GtmLeadId: null, GtmAccountId: null, ...values });

/** The worked example's journey, plus a row without a channel (invalid: reported, not loaded). */
function seededStore(): MemoryListStore {
  const store = createMemoryListStore();
  store.seed(GTM_TOUCHPOINTS_LIST, [
    touch({ Title: 'j1 · Email', GtmJourneyId: 'j1', GtmChannel: 'Email', GtmTouchedAt: '2026-03-01T00:00:00Z', GtmConvertedAt: '2026-03-15T00:00:00Z', GtmValue: 100 }),
    touch({ Title: 'j1 · Paid search', GtmJourneyId: 'j1', GtmChannel: 'Paid search', GtmTouchedAt: '2026-03-08T00:00:00Z', GtmConvertedAt: '2026-03-15T00:00:00Z', GtmValue: 100 }),
    touch({ Title: 'j2 · ?', GtmJourneyId: 'j2', GtmChannel: '', GtmTouchedAt: '2026-03-09T00:00:00Z', GtmConvertedAt: null }),
  ]);
  return store;
}

class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
beforeAll(() => {
  (globalThis as Record<string, unknown>).CustomFunctions = { Error: StubError, ErrorCode: { invalidValue: '#VALUE!', invalidNumber: '#NUM!' } };
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
});

it('loads the 2 valid touchpoints into the table Touchpoints, and reports the third row with its item id and reason', async () => {
  const tables = fakeTables();
  render(<TaskPane openStore={async () => seededStore()} tables={tables} />);
  expect(screen.getByLabelText('Touchpoints (GTM Touchpoints)')).toBeChecked();
  await userEvent.click(screen.getByRole('button', { name: 'Load from SharePoint' }));
  expect(await screen.findByText('Loaded 2 touchpoints into the table Touchpoints on the sheet "GTM Touchpoints".')).toBeInTheDocument();
  await waitFor(() => expect(screen.getByText(/^1 row of "GTM Touchpoints" could not be read and was left out/)).toBeInTheDocument());
  expect(screen.getByText(/^1 row/)).toHaveTextContent('(item 3: channel: Too small: expected string to have >=1 characters). Fix it in SharePoint and load again.');
  expect(tables.written[0]?.target).toEqual({
    sheetName: 'GTM Touchpoints',
    tableName: 'Touchpoints',
    headers: ['journey_id', 'channel', 'touched_at', 'converted_at', 'value', 'lead_id', 'account_id'],
    dateColumns: { headers: ['touched_at', 'converted_at'], format: 'yyyy-mm-dd' },
  });
  // Excel dates, not ISO text: 8 Mar 2026 is serial 46089 (1 Mar is 46082), 15 Mar is 46096.
  expect(tables.written[0]?.rows[1]).toEqual(['j1', 'Paid search', 46089, 46096, 100, '', '']);
});

it('writes a table GTM.ATTRIBUTE reads as it is: Paid search 66.666…, Email 33.333…', async () => {
  const tables = fakeTables();
  render(<TaskPane openStore={async () => seededStore()} tables={tables} />);
  await userEvent.click(screen.getByRole('button', { name: 'Load from SharePoint' }));
  await screen.findByText(/^Loaded 2 touchpoints/);
  const { target, rows } = tables.written[0]!;
  const table = attribute([[...target.headers], ...rows]);
  expect(table.map(([channel]) => channel)).toEqual(['Channel', 'Paid search', 'Email']);
  expect(table[1]?.[1]).toBeCloseTo(66.6667, 4);
  expect(table[2]?.[1]).toBeCloseTo(33.3333, 4);
});

it('shows the rows written so far while a large list loads, and disables the buttons until it ends', async () => {
  let finish: () => void = () => undefined;
  const tables: ExcelTables = {
    async writeTable(_target, _pages, onProgress) {
      onProgress(5000);
      await new Promise<void>((resolve) => (finish = resolve));
      onProgress(12000);
      return 12000;
    },
    insertSampleData: async () => undefined,
  };
  render(<TaskPane openStore={async () => createMemoryListStore()} tables={tables} />);
  await userEvent.click(screen.getByRole('button', { name: 'Load from SharePoint' }));
  expect(await screen.findByText('5,000 rows written to Excel')).toBeInTheDocument();
  expect(screen.getByText('Loading touchpoints…')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Load from SharePoint' })).toBeDisabled();
  expect(screen.getByRole('button', { name: 'Insert sample data' })).toBeDisabled();
  finish();
  expect(await screen.findByText('Loaded 12,000 touchpoints into the table Touchpoints on the sheet "GTM Touchpoints".')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Load from SharePoint' })).toBeEnabled();
});

it('loads deals when Deals is picked with the keyboard: headers deal_id, amount, ols, ols_date, cs, cs_date first', async () => {
  const store = createMemoryListStore();
  store.seed(GTM_DEALS_LIST, [
    { Title: 'Contoso renewal', GtmDealId: 'D-1', GtmAmount: 5000, GtmOls: 'Events', GtmOlsDate: '2026-01-05T00:00:00Z', GtmCs: 'Webinar', GtmCsDate: '2026-02-01T00:00:00Z', GtmStage: 'Won', GtmCloseDate: '2026-03-01T00:00:00Z', GtmAccountDomain: null },
  ]);
  const tables = fakeTables();
  render(<TaskPane openStore={async () => store} tables={tables} />);
  screen.getByLabelText('Touchpoints (GTM Touchpoints)').focus();
  await userEvent.keyboard('{ArrowUp}');
  expect(screen.getByLabelText('Deals (GTM Deals)')).toBeChecked();
  await userEvent.click(screen.getByRole('button', { name: 'Load from SharePoint' }));
  expect(await screen.findByText('Loaded 1 deal into the table Deals on the sheet "GTM Deals".')).toBeInTheDocument();
  expect(tables.written[0]?.target.headers.slice(0, 6)).toEqual(['deal_id', 'amount', 'ols', 'ols_date', 'cs', 'cs_date']);
  // The dates as Excel serials: 5 Jan 2026 is 46027, 1 Feb 46054, 1 Mar 46082.
  expect(tables.written[0]?.rows).toEqual([['D-1', 5000, 'Events', 46027, 'Webinar', 46054, 'Contoso renewal', 'won', 46082, '']]);
});

it('says to provision the lists when the list does not exist (404), and writes nothing', async () => {
  const store = createMemoryListStore();
  store.removeList(GTM_TOUCHPOINTS_LIST.title);
  const tables = fakeTables();
  render(<TaskPane openStore={async () => store} tables={tables} />);
  await userEvent.click(screen.getByRole('button', { name: 'Load from SharePoint' }));
  await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The list "GTM Touchpoints" does not exist on the GTM site. Provision the GTM lists (`gtm provision`; npm start does it in the workbench), then load again.'));
});

it('says whom to ask when SharePoint refuses access (403)', async () => {
  const store = seededStore();
  store.failNext(new ListStoreError('Access denied', 403));
  render(<TaskPane openStore={async () => store} tables={fakeTables()} />);
  await userEvent.click(screen.getByRole('button', { name: 'Load from SharePoint' }));
  await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('You have no permission to read "GTM Touchpoints". Ask the GTM site\'s owner for read access, then load again.'));
});

it('passes on what Excel refused, with what to do', async () => {
  const tables = fakeTables();
  tables.writeTable = async () => {
    throw Object.assign(new Error('The argument is invalid or missing or has an incorrect format.'), { name: 'RichApi.Error', code: 'InvalidArgument' });
  };
  render(<TaskPane openStore={async () => seededStore()} tables={tables} />);
  await userEvent.click(screen.getByRole('button', { name: 'Load from SharePoint' }));
  await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/^Excel did not accept the table \(InvalidArgument: The argument is invalid/));
});

it('"Insert sample data" writes the worked example once and says where it went', async () => {
  const tables = fakeTables();
  render(<TaskPane openStore={async () => seededStore()} tables={tables} />);
  await userEvent.click(screen.getByRole('button', { name: 'Insert sample data' }));
  expect(await screen.findByText('The worked example and its formulas are on the sheet "GTM Sample" (touchpoints in A1:E3, formulas from K1).')).toBeInTheDocument();
  expect(tables.samples).toBe(1);
});
