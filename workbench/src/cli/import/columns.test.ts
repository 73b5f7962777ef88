import { MissingColumnError } from '../../csv/header';
import { ACCOUNT_COLUMNS } from './accounts';
import { describeColumns, resolveColumns } from './columns';
import { DEAL_COLUMNS } from './deals';
import { TOUCHPOINT_COLUMNS } from './touchpoints';

describe('resolveColumns', () => {
  it('finds HubSpot names in any case and order, and keeps the file’s spelling for messages', () => {
    const columns = resolveColumns(['deal stage', ' AMOUNT ', 'Record ID', 'Pipeline'], DEAL_COLUMNS);
    expect(columns.dealId).toEqual({ at: 2, name: 'Record ID', maxLength: 255 }); // GtmDealId's maxLength, for the length check
    expect(columns.amount).toEqual({ at: 1, name: 'AMOUNT' });
    expect(columns.stage).toEqual({ at: 0, name: 'deal stage' });
    expect(columns.closeDate).toEqual({ at: -1, name: 'Close Date' });
  });

  it('accepts our snake_case names, as gtm attribute reads them', () => {
    const columns = resolveColumns(['journey_id', 'channel', 'touched_at', 'converted_at', 'value'], TOUCHPOINT_COLUMNS);
    expect(Object.values(columns).map((c) => c.at)).toEqual([0, 1, 2, 3, 4]);
  });

  it('names every accepted spelling of a missing required column', () => {
    expect(() => resolveColumns(['Company name', 'ICP Fit'], ACCOUNT_COLUMNS)).toThrow(
      new MissingColumnError('Company Domain Name" or "Domain" or "domain', ['Company name', 'ICP Fit']),
    );
  });

  it('describes the columns for help and messages', () => {
    expect(describeColumns(TOUCHPOINT_COLUMNS)).toBe(
      'required: Journey ID | journey_id, Channel | channel, Touched At | touched_at; optional: Converted At | converted_at, Value | value',
    );
  });
});
