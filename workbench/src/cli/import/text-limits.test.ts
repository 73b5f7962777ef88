import { Readable } from 'node:stream';
import { createMemoryListStore, GTM_DEALS_LIST } from '@gtm/shared';
import { ACCOUNT_COLUMNS, readAccountRow } from './accounts';
import { resolveColumns, type ColumnSpec } from './columns';
import { DEAL_COLUMNS, DEALS_KIND, readDealRow } from './deals';
import { readImportFile } from './read-file';
import { formatReport } from './report';
import { RowReader } from './row-reader';
import { importRows } from './run-import';
import { readTouchpointRow, TOUCHPOINT_COLUMNS } from './touchpoints';

function reader<Key extends string>(specs: readonly ColumnSpec<Key>[], header: string[], fields: string[], line = 12): RowReader<Key> {
  return new RowReader(line, fields, resolveColumns(header, specs));
}

describe('a CSV value longer than its column holds (the list schema’s maxLength)', () => {
  it('is a problem on its line and column, with the limit: a 300-character Deal Name (Title holds 255)', () => {
    const r = reader(DEAL_COLUMNS, ['Record ID', 'Deal Name', 'Amount'], ['HS-1', 'n'.repeat(300), '100']);
    expect(readDealRow(r)).toBeNull();
    expect(r.problems).toEqual([
      { line: 12, field: 'Deal Name', value: 'n'.repeat(300), message: 'Deal Name is 300 characters; SharePoint holds at most 255 — shorten it by 45' },
    ]);
  });

  it('uses each column’s own limit: a 254-character domain (a domain name has at most 253) and a 256-character intent topic', () => {
    const header = ['Company name', 'Company Domain Name', 'ICP Fit', 'Engagement Score', 'Marketing Owner', 'Intent Topics'];
    const domain = `${'a'.repeat(250)}.com`;
    const r = reader(ACCOUNT_COLUMNS, header, ['Acme', domain, '4', '80', 'ana@contoso.com', `pricing; ${'t'.repeat(256)}`]);
    expect(readAccountRow(r)).toBeNull();
    expect(r.problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'Company Domain Name: Company Domain Name is 254 characters; SharePoint holds at most 253 — shorten it by 1',
      'Intent Topics: Intent Topics is 256 characters; SharePoint holds at most 255 — shorten it by 1',
    ]);
  });

  it('keeps journey id (128) and channel (100) short enough for the touch key to fit its 255', () => {
    const r = reader(TOUCHPOINT_COLUMNS, ['Journey ID', 'Channel', 'Touched At'], ['j'.repeat(129), 'c'.repeat(101), '2025-03-03T09:30:00Z']);
    expect(readTouchpointRow(r)).toBeNull();
    expect(r.problems.map((p) => p.message)).toEqual([
      'Journey ID is 129 characters; SharePoint holds at most 128 — shorten it by 1',
      'Channel is 101 characters; SharePoint holds at most 100 — shorten it by 1',
    ]);
  });

  it('is reported with file, line, column and limit; the row is not written and the other 2 are', async () => {
    const csv = ['Record ID,Deal Name,Amount', 'HS-1,Acme renewal,48000', `HS-2,${'n'.repeat(300)},1000`, 'HS-3,Fabrikam,12000', ''].join('\n');
    const file = await readImportFile(Readable.from([csv]), DEALS_KIND);
    const store = createMemoryListStore();
    const report = await importRows(DEALS_KIND, store, file, { dryRun: false });
    expect({ added: report.added, rejected: report.problems.map((p) => [p.line, p.field]) }).toEqual({ added: 2, rejected: [[3, 'Deal Name']] });
    expect(store.rows(GTM_DEALS_LIST).map((r) => r.values.GtmDealId)).toEqual(['HS-1', 'HS-3']);
    const text = formatReport(report, 'text', 'hubspot-deals.csv');
    expect(text).toContain('1 row rejected in hubspot-deals.csv (fix them and import the file again; the other rows are in):');
    expect(text).toContain('  line 3: Deal Name is 300 characters; SharePoint holds at most 255 — shorten it by 45');
    expect(JSON.parse(formatReport(report, 'json', 'hubspot-deals.csv'))).toMatchObject({ file: 'hubspot-deals.csv', new: 2, rejected: 1 });
  });
});
