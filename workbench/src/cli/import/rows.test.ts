import { ACCOUNT_COLUMNS, readAccountRow } from './accounts';
import { resolveColumns, type ColumnSpec } from './columns';
import { dealStageOf, DEAL_COLUMNS, readDealRow } from './deals';
import { RowReader } from './row-reader';
import { readTouchpointRow, TOUCHPOINT_COLUMNS } from './touchpoints';

function reader<Key extends string>(specs: readonly ColumnSpec<Key>[], header: string[], fields: string[], line = 12): RowReader<Key> {
  return new RowReader(line, fields, resolveColumns(header, specs));
}

const DEAL_HEADER = ['Record ID', 'Deal Name', 'Amount', 'Deal Stage', 'Close Date', 'Original Source', 'Original Source Date'];

describe('reading a deals row', () => {
  it('reads a HubSpot row: closedwon is won, the amount a number, the dates days', () => {
    const r = reader(DEAL_COLUMNS, DEAL_HEADER, ['HS-1', 'Acme', '48000.50', 'closedwon', '2025-03-31', 'Webinar', '2025-01-15T10:00:00Z']);
    expect(readDealRow(r)).toEqual({
      key: 'HS-1',
      input: { id: 'HS-1', name: 'Acme', amount: 48000.5, stage: 'won', closedAt: '2025-03-31', ols: 'Webinar', olsDate: '2025-01-15', cs: undefined, csDate: undefined, accountId: undefined },
    });
  });

  it('reports every bad value of the row with its line, column, value and a fix', () => {
    const r = reader(DEAL_COLUMNS, DEAL_HEADER, ['HS-2', '', '12,5k', 'closedwon', '31/03/2025', '', '']);
    expect(readDealRow(r)).toBeNull();
    expect(r.problems).toEqual([
      { line: 12, field: 'Amount', value: '12,5k', message: 'Amount "12,5k" is not a number; write digits with a dot for decimals, without thousands separators, currency or units (e.g. 12500.50)' },
      { line: 12, field: 'Deal Name', value: '', message: 'Deal Name is empty; every deal needs one' },
      { line: 12, field: 'Close Date', value: '31/03/2025', message: 'Close Date "31/03/2025" is not a date; write YYYY-MM-DD (e.g. 2025-03-31)' },
    ]);
  });

  it('refuses a negative amount (a refund) with its line and column, as gtm attribute does without --allow-refunds', () => {
    const r = reader(DEAL_COLUMNS, DEAL_HEADER, ['HS-3', 'Acme refund', '-100', 'closedwon', '2025-03-31', '', '']);
    expect(readDealRow(r)).toBeNull();
    expect(r.problems).toEqual([{ line: 12, field: 'Amount', value: '-100', message: 'Amount "-100" is negative; it must be 0 or more' }]);
  });

  it.each([
    ['closedwon', 'won'],
    ['Closed Won', 'won'],
    ['closedlost', 'lost'],
    ['contractsent', 'open'],
    ['Appointment scheduled', 'open'],
  ])('reads the stage %s as %s', (text, stage) => {
    expect(dealStageOf(text)).toBe(stage);
  });
});

describe('reading an accounts row', () => {
  const header = ['Company name', 'Company Domain Name', 'ICP Fit', 'Engagement Score', 'Marketing Owner', 'Original Source', 'Original Source Date'];

  it('lower-cases the domain (the key) and reads "Name <e-mail>" owners', () => {
    const r = reader(ACCOUNT_COLUMNS, header, ['Acme', 'ACME.com', '5', '82', 'Ana Lopez <ana@contoso.com>', 'Webinar', '2025-01-15']);
    expect(readAccountRow(r)).toMatchObject({
      key: 'acme.com',
      input: { domain: 'acme.com', marketingOwner: { email: 'ana@contoso.com', displayName: 'Ana Lopez' }, ols: { source: 'Webinar', date: '2025-01-15' }, cs: undefined },
    });
  });

  it('asks for the OLS date when only the source is given, and a 1–5 ICP fit', () => {
    const r = reader(ACCOUNT_COLUMNS, header, ['Acme', 'acme.com', '4.5', '82', 'ana@contoso.com', 'Webinar', '']);
    expect(readAccountRow(r)).toBeNull();
    expect(r.problems.map((p) => p.message)).toEqual([
      'ICP Fit "4.5" is not a whole number from 1 (poor fit) to 5 (excellent fit)',
      'Original Source Date is empty but Original Source is "Webinar"; give the day the lead was created (YYYY-MM-DD)',
    ]);
  });

  it('refuses a URL for a domain', () => {
    const r = reader(ACCOUNT_COLUMNS, header, ['Acme', 'https://acme.com/', '4', '82', 'ana@contoso.com', '', '']);
    expect(readAccountRow(r)).toBeNull();
    expect(r.problems[0]?.message).toBe('Company Domain Name "https://acme.com/" is not a domain; write it like acme.com (no http://, www. is fine, no path)');
  });
});

describe('reading a touchpoints row', () => {
  const header = ['Journey ID', 'Channel', 'Touched At', 'Converted At', 'Value'];

  it('keys the touch by journey, channel and the UTC instant to the second', () => {
    const r = reader(TOUCHPOINT_COLUMNS, header, ['j-1', 'Webinar', '2025-03-03T10:30:00.400+01:00', '', '']);
    expect(readTouchpointRow(r)).toEqual({
      key: 'j-1|Webinar|2025-03-03T09:30:00Z',
      input: { journeyId: 'j-1', channel: 'Webinar', touchedAt: '2025-03-03T09:30:00Z', convertedAt: null, value: null },
    });
  });

  it('refuses a time without a zone, whose instant depends on the machine reading it', () => {
    const r = reader(TOUCHPOINT_COLUMNS, header, ['j-1', 'Webinar', '2025-03-03 09:30', '', '']);
    expect(readTouchpointRow(r)).toBeNull();
    expect(r.problems[0]).toMatchObject({ line: 12, field: 'Touched At', value: '2025-03-03 09:30' });
  });
});
