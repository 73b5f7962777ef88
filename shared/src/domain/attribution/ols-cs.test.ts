import { attributeOlsCs } from './ols-cs';
import type { Deal } from './types';

function deal(dealId: string, amount: number, ols: string, cs: string): Deal {
  return { dealId, amount, ols, olsDate: null, cs, csDate: null };
}

describe('attributeOlsCs', () => {
  it('gives half of a 1,000 deal to its OLS Partner and half to its CS Events', () => {
    expect(attributeOlsCs([deal('d1', 1000, 'Partner', 'Events')])).toEqual({
      model: 'ols-cs',
      total: 1000,
      channels: [
        { channel: 'Events', credit: 500, share: 0.5 },
        { channel: 'Partner', credit: 500, share: 0.5 },
      ],
    });
  });

  it('gives both halves to a source that is both OLS and CS', () => {
    expect(attributeOlsCs([deal('d1', 800, 'Partner', 'Partner')]).channels).toEqual([{ channel: 'Partner', credit: 800, share: 1 }]);
  });

  it('reports a blank source half as (unattributed), never guessing: 200 with no OLS gives 100 each', () => {
    const result = attributeOlsCs([deal('d1', 200, '', 'Events'), deal('d2', 100, 'Partner', '   ')]);
    expect(result.total).toBe(300);
    expect(result.channels).toEqual([
      { channel: '(unattributed)', credit: 150, share: 0.5 },
      { channel: 'Events', credit: 100, share: 1 / 3 },
      { channel: 'Partner', credit: 50, share: 1 / 6 },
    ]);
  });

  it('trims sources, so " Partner " and "Partner" are one channel', () => {
    expect(attributeOlsCs([deal('d1', 100, ' Partner ', 'Partner')]).channels).toEqual([{ channel: 'Partner', credit: 100, share: 1 }]);
  });

  it('adds up over deals: 1,000 + 500 + 200 = 1,700 as Partner 1,000, Events 600, (unattributed) 100', () => {
    const result = attributeOlsCs([
      deal('d1', 1000, 'Partner', 'Events'),
      deal('d2', 500, 'Partner', 'Partner'),
      deal('d3', 200, '', 'Events'),
    ]);
    expect(result.total).toBe(1700);
    expect(result.channels.map((c) => [c.channel, c.credit])).toEqual([
      ['Partner', 1000],
      ['Events', 600],
      ['(unattributed)', 100],
    ]);
  });

  it('returns total 0 and no channels for no deals', () => {
    expect(attributeOlsCs([])).toEqual({ model: 'ols-cs', total: 0, channels: [] });
  });
});
