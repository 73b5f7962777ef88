import { attribute as domainAttribute, attributeOlsCs } from '@gtm/shared';
import { isoDateToSerial } from './excel-dates';
import { attribute, decay, nextreview, olscs, riskrating, riskscore } from './functions';
import { readDeals, readJourneys } from './ranges';

/** The runtime Excel injects, reduced to what the functions use. */
class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
beforeAll(() => {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: StubError,
    ErrorCode: { invalidValue: '#VALUE!', invalidNumber: '#NUM!' },
  };
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
});

/** What Excel would show: the error's code and message. */
function excelErrorOf(call: () => unknown): { code: string; message: string | undefined } {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(StubError);
    const e = error as StubError;
    return { code: e.code, message: e.message };
  }
  throw new Error('expected an Excel error');
}

const HEADER = ['journey_id', 'channel', 'touched_at', 'converted_at', 'value'];
const WORKED = [
  HEADER,
  ['j1', 'Email', '2026-03-01', '2026-03-15T00:00Z', 100],
  ['j1', 'Paid search', '2026-03-08', '2026-03-15T00:00Z', 100],
];
const serial = isoDateToSerial;

describe('GTM.ATTRIBUTE', () => {
  it('the worked example: Paid search 7 days out gets 2/3 of 100, Email 14 days out 1/3', () => {
    const table = attribute(WORKED);
    expect(table).toHaveLength(3);
    expect(table[0]).toEqual(['Channel', 'Credit', 'Share']);
    expect(table[1]?.[0]).toBe('Paid search');
    expect(table[1]?.[1]).toBeCloseTo(66.6667, 4);
    expect(table[1]?.[2]).toBeCloseTo(0.6667, 4);
    expect(table[2]?.[0]).toBe('Email');
    expect(table[2]?.[1]).toBeCloseTo(33.3333, 4);
    expect(table[2]?.[2]).toBeCloseTo(0.3333, 4);
  });

  it('gives the same numbers with Excel serial dates (2026-03-01 = 46082, 03-08 = 46089, 03-15 = 46096)', () => {
    expect([serial('2026-03-01'), serial('2026-03-08'), serial('2026-03-15')]).toEqual([46082, 46089, 46096]);
    const rows = [HEADER, ['j1', 'Email', 46082, 46096, 100], ['j1', 'Paid search', 46089, 46096, 100]];
    expect(attribute(rows)).toEqual(attribute(WORKED));
  });

  it('gives the same numbers without a header row, with the header in another order, and with blank rows', () => {
    const expected = attribute(WORKED);
    expect(attribute(WORKED.slice(1))).toEqual(expected);
    const reordered = WORKED.map(([id, ch, t, c, v]) => [v, c, ch, t, id]);
    expect(reordered[0]).toEqual(['value', 'converted_at', 'channel', 'touched_at', 'journey_id']);
    expect(attribute(reordered)).toEqual(expected);
    const blank = ['', '', '', '', ''];
    expect(attribute([blank, WORKED[0]!, blank, WORKED[1]!, ['', '', '', ''], WORKED[2]!, blank])).toEqual(expected);
  });

  it('equals the domain attribute() the CLI calls, for every journey model, half-life 14 and lookback 10', () => {
    for (const model of ['time-decay', 'first-touch', 'last-touch', 'linear', 'u-shaped', 'markov'] as const) {
      const result = domainAttribute(model, readJourneys(WORKED), { halfLifeDays: 14, lookbackDays: 10 });
      const expected = [['Channel', 'Credit', 'Share'], ...result.channels.map((c) => [c.channel, c.credit, c.share])];
      expect(attribute(WORKED, model, 14, 10)).toEqual(expected);
    }
    // Lookback 10: Email (14 days out) drops, so Paid search takes all 100.
    expect(attribute(WORKED, 'time-decay', 14, 10)).toEqual([['Channel', 'Credit', 'Share'], ['Paid search', 100, 1]]);
  });

  it('half-life 14 gives Paid search 58.578… and Email 41.421… (as the domain documents)', () => {
    const table = attribute(WORKED, 'time-decay', 14);
    expect(table[1]?.[1]).toBeCloseTo(58.5786, 4);
    expect(table[2]?.[1]).toBeCloseTo(41.4214, 4);
  });

  it('ols-cs reads a deals range: 1000 split Partner/Events, 500 all Partner → Partner 1000, Events 500', () => {
    const deals = [
      ['deal_id', 'amount', 'ols', 'ols_date', 'cs', 'cs_date'],
      ['d1', 1000, 'Partner', 46082, 'Events', 46090],
      ['d2', 500, 'Partner', '', 'Partner', ''],
    ];
    expect(attribute(deals, 'ols-cs')).toEqual([
      ['Channel', 'Credit', 'Share'],
      ['Partner', 1000, 1000 / 1500],
      ['Events', 500, 500 / 1500],
    ]);
    const result = attributeOlsCs(readDeals(deals));
    expect(result.total).toBe(1500);
  });

  it('a bad date is #VALUE! naming the row, counting the header as row 1', () => {
    const rows = [...WORKED, ...Array(3).fill(WORKED[1]), ['j1', 'Email', 'last week', '2026-03-15T00:00Z', 100]];
    expect(excelErrorOf(() => attribute(rows))).toEqual({
      code: '#VALUE!',
      message: 'row 7: touched_at is not a date ("last week"); use an Excel date or ISO text such as 2026-03-01 or 2026-03-01T09:00Z',
    });
  });

  it('a half-life of 0 or less is #NUM!', () => {
    expect(excelErrorOf(() => attribute(WORKED, 'time-decay', 0))).toEqual({
      code: '#NUM!',
      message: 'half-life must be a number of days greater than 0, got 0; use e.g. 7, or leave it out for the default of 7',
    });
    expect(excelErrorOf(() => attribute(WORKED, 'time-decay', -7)).code).toBe('#NUM!');
  });

  it('a negative lookback is #NUM!', () => {
    expect(excelErrorOf(() => attribute(WORKED, 'linear', undefined, -1)).code).toBe('#NUM!');
  });

  it('an unknown model is #VALUE! listing the valid ones', () => {
    expect(excelErrorOf(() => attribute(WORKED, 'position'))).toEqual({
      code: '#VALUE!',
      message: 'unknown model "position"; use one of time-decay, first-touch, last-touch, linear, u-shaped, markov, ols-cs',
    });
  });

  it('conflicting journey values are #VALUE! at the offending row', () => {
    const rows = [HEADER, ['j1', 'Email', 46082, 46096, 100], ['j1', 'Social', 46083, 46096, 250]];
    const e = excelErrorOf(() => attribute(rows));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/^row 3: journey "j1" has two values, 100 and 250/);
  });
});

describe('GTM.OLSCS', () => {
  it('splits 1000 Partner/Events and 200 (blank)/Events: Events 600, Partner 500, (unattributed) 100', () => {
    expect(olscs([['Partner'], ['']], [['Events'], ['Events']], [[1000], [200]])).toEqual([
      ['Channel', 'Credit', 'Share'],
      ['Events', 600, 0.5],
      ['Partner', 500, 500 / 1200],
      ['(unattributed)', 100, 100 / 1200],
    ]);
  });

  it('columns of different lengths and a non-number amount are #VALUE!', () => {
    expect(excelErrorOf(() => olscs([['a']], [['b'], ['c']], [[1]])).code).toBe('#VALUE!');
    expect(excelErrorOf(() => olscs([['a']], [['b']], [['lots']]))).toEqual({
      code: '#VALUE!',
      message: 'row 1: amount is not a number ("lots")',
    });
  });
});

describe('GTM.DECAY', () => {
  it('decay(7) = 0.5 and decay(14) = 0.25 with the default half-life of 7; decay(14, 28) = √½', () => {
    expect(decay(7)).toBe(0.5);
    expect(decay(14)).toBe(0.25);
    expect(decay(0)).toBe(1);
    expect(decay(14, 28)).toBeCloseTo(Math.SQRT1_2, 12);
  });

  it('spills over a column of days: 0, 7, 14, 21 → 1, 0.5, 0.25, 0.125', () => {
    expect(decay([[0], [7], [14], [21]])).toEqual([[1], [0.5], [0.25], [0.125]]);
  });

  it('a half-life of 0 is #NUM!, text days #VALUE!', () => {
    expect(excelErrorOf(() => decay(7, 0)).code).toBe('#NUM!');
    expect(excelErrorOf(() => decay([['a week']] as unknown as number[][]))).toEqual({
      code: '#VALUE!',
      message: 'days must be a number of days, got "a week"',
    });
  });
});

describe('GTM.RISKSCORE and GTM.RISKRATING', () => {
  it('likelihood 4 × impact 5 scores 20, rated Critical; 3 × 3 = 9 is Medium; 2 × 5 = 10 is High', () => {
    expect(riskscore(4, 5)).toBe(20);
    expect(riskrating(4, 5)).toBe('Critical');
    expect(riskrating(3, 3)).toBe('Medium');
    expect(riskrating(2, 5)).toBe('High');
    expect(riskrating(1, 4)).toBe('Low');
  });

  it('a level off the 1–5 scale is #NUM!', () => {
    expect(excelErrorOf(() => riskscore(6, 1))).toEqual({
      code: '#NUM!',
      message: 'likelihood must be a whole number from 1 to 5, got 6',
    });
    expect(excelErrorOf(() => riskrating(1, 0)).code).toBe('#NUM!');
  });
});

describe('GTM.NEXTREVIEW', () => {
  it('Friday 2026-03-06 + 21 days is Friday 2026-03-27, returned as serial 46108', () => {
    expect(serial('2026-03-27')).toBe(46108);
    expect(nextreview(serial('2026-03-06'))).toBe(46108);
    expect(nextreview('2026-03-06')).toBe(46108);
  });

  it('a review due on a weekend moves to Monday: Saturday 2026-03-07 + 21 = Saturday 03-28 → Monday 03-30', () => {
    expect(new Date(Date.UTC(2026, 2, 28)).getUTCDay()).toBe(6);
    expect(nextreview(serial('2026-03-07'))).toBe(serial('2026-03-30'));
    expect(nextreview(serial('2026-03-08'))).toBe(serial('2026-03-30'));
  });

  it('a cell without a date is #VALUE!', () => {
    expect(excelErrorOf(() => nextreview('next week')).code).toBe('#VALUE!');
  });
});
