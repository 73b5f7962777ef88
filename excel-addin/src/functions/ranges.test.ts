import { ExcelInputError } from './excel-errors';
import { DEAL_COLUMNS, dealsFromColumns, layoutOf, readDeals, readJourneys, TOUCHPOINT_COLUMNS } from './ranges';

const at = (day: number): number => Date.UTC(2026, 2, day);

describe('layoutOf', () => {
  it('a first row of the column names is a header, in any order and any case', () => {
    const layout = layoutOf([['Channel', 'journey_id', 'converted_at', 'touched_at'], ['Email', 'j1', '', 46082]], TOUCHPOINT_COLUMNS);
    expect(layout).toEqual({
      columns: { journey_id: 1, channel: 0, touched_at: 3, converted_at: 2, value: undefined },
      firstDataRow: 1,
    });
  });

  it('without a header the columns come in the fixed order and row 1 is data', () => {
    expect(layoutOf([['j1', 'Email', 46082, '']], TOUCHPOINT_COLUMNS)).toEqual({
      columns: { journey_id: 0, channel: 1, touched_at: 2, converted_at: 3, value: 4 },
      firstDataRow: 0,
    });
  });

  it('a header lacking a required column is #VALUE! naming it', () => {
    expect(() => layoutOf([['journey_id', 'channel', 'touched_at']], TOUCHPOINT_COLUMNS)).toThrow(
      'row 1: the header has no converted_at column; name the columns journey_id, channel, touched_at, converted_at, [value]',
    );
  });

  it('deal headers may leave out the dates', () => {
    expect(layoutOf([['deal_id', 'amount', 'ols', 'cs']], DEAL_COLUMNS).columns).toEqual({
      deal_id: 0,
      amount: 1,
      ols: 2,
      ols_date: undefined,
      cs: 3,
      cs_date: undefined,
    });
  });
});

describe('readJourneys', () => {
  it('reads the worked example with ISO text, and with serial dates alike', () => {
    const expected = [
      {
        id: 'j1',
        convertedAt: at(15),
        value: 100,
        touches: [
          { channel: 'Email', touchedAt: at(1) },
          { channel: 'Paid search', touchedAt: at(8) },
        ],
      },
    ];
    expect(readJourneys([['j1', 'Email', '2026-03-01', '2026-03-15T00:00Z', 100], ['j1', 'Paid search', '2026-03-08', '2026-03-15', 100]])).toEqual(expected);
    expect(readJourneys([['j1', 'Email', 46082, 46096, 100], ['j1', 'Paid search', 46089, 46096, 100]])).toEqual(expected);
  });

  it('skips blank rows (before the header too) and reads an empty converted_at as not converted', () => {
    const journeys = readJourneys([
      ['', '', '', ''],
      ['journey_id', 'channel', 'touched_at', 'converted_at'],
      [null, null, null, null],
      ['j2', 'Social', 46082, ''],
    ]);
    expect(journeys).toEqual([{ id: 'j2', convertedAt: null, value: 1, touches: [{ channel: 'Social', touchedAt: at(1) }] }]);
  });

  it('names the row (counting the header) and the column of a bad cell', () => {
    const rows = [['journey_id', 'channel', 'touched_at', 'converted_at'], ...Array(5).fill(['j1', 'Email', 46082, 46096]), ['j1', 'Email', 'soon', 46096]];
    expect(() => readJourneys(rows)).toThrow(
      'row 7: touched_at is not a date ("soon"); use an Excel date or ISO text such as 2026-03-01 or 2026-03-01T09:00Z',
    );
    expect(() => readJourneys([['j1', '', 46082, 46096]])).toThrow('row 1: channel is empty');
    expect(() => readJourneys([['j1', 'Email', 46082, 46096, 'lots']])).toThrow('row 1: value is not a number ("lots")');
  });

  it('a journey with two values is #VALUE! at the second row', () => {
    try {
      readJourneys([['j1', 'Email', 46082, 46096, 100], ['j1', 'Social', 46083, 46096, 200]]);
      throw new Error('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(ExcelInputError);
      expect((error as ExcelInputError).code).toBe('#VALUE!');
      expect((error as ExcelInputError).message).toMatch(/^row 2: journey "j1" has two values, 100 and 200/);
    }
  });
});

describe('readJourneys, cells repeated from row to row', () => {
  it('gives 3 rows of " Email ", "Email" and "Email\u00a0" one channel name, Email, shared by the touches', () => {
    const [journey] = readJourneys([['j1', ' Email ', 46082, 46096], ['j1', 'Email', 46083, 46096], ['j1', 'Email\u00a0', 46084, 46096]]);
    expect(journey?.touches.map((t) => t.channel)).toEqual(['Email', 'Email', 'Email']);
  });

  it('reads a journey id, conversion and value again whenever the cell differs from the row above', () => {
    // j1 (value 100) and j2 (value 50) alternate; " j1" is j1 with a space.
    const journeys = readJourneys([
      ['j1', 'Email', 46082, 46096, 100],
      ['j2', 'Social', 46082, '', 50],
      [' j1', 'Display', 46083, '2026-03-15', 100],
      ['j2', 'Events', 46083, '', ''],
    ]);
    expect(journeys.map((j) => [j.id, j.convertedAt, j.value, j.touches.length])).toEqual([
      ['j1', at(15), 100, 2],
      ['j2', null, 50, 2],
    ]);
  });

  it('still finds a conversion that differs from the row above, at the row where it changes', () => {
    expect(() => readJourneys([['j1', 'Email', 46082, 46096], ['j1', 'Social', 46083, 46096], ['j1', 'Display', 46084, 46097]])).toThrow(
      /^row 3: journey "j1" has two conversion times, 2026-03-15T00:00:00.000Z and 2026-03-16T00:00:00.000Z/,
    );
  });

  it('skips a row of blanks and spaces, but a blank journey_id in a row with data is #VALUE! at that row', () => {
    expect(readJourneys([['j1', 'Email', 46082, 46096], [' ', '', null, '  '], ['j1', 'Social', 46083, 46096]])[0]?.touches).toHaveLength(2);
    expect(() => readJourneys([['j1', 'Email', 46082, 46096], ['', 'Social', 46083, 46096]])).toThrow('row 2: journey_id is empty');
    expect(() => readJourneys([['j1', 'Email', 46082, 46096], ['j1', 'Social', '  ', 46096]])).toThrow('row 2: touched_at is empty');
  });
});

describe('deals', () => {
  it('readDeals reads the deals range with or without dates', () => {
    expect(readDeals([['deal_id', 'amount', 'ols', 'ols_date', 'cs', 'cs_date'], ['d1', 1000, 'Partner', 46082, 'Events', '']])).toEqual([
      { dealId: 'd1', amount: 1000, ols: 'Partner', olsDate: at(1), cs: 'Events', csDate: null },
    ]);
  });

  it('dealsFromColumns pairs three equal columns, skipping rows blank in all three', () => {
    expect(dealsFromColumns([['Partner'], [''], ['']], [['Events'], [''], ['Events']], [[1000], [''], [200]])).toEqual([
      { dealId: 'row 1', amount: 1000, ols: 'Partner', olsDate: null, cs: 'Events', csDate: null },
      { dealId: 'row 3', amount: 200, ols: '', olsDate: null, cs: 'Events', csDate: null },
    ]);
    expect(() => dealsFromColumns([['a'], ['b']], [['c']], [[1], [2]])).toThrow(
      'ols, cs and amount must be the same length, got 2, 1 and 2 cells',
    );
  });
});
