import { toAttributionResult } from './credit-sheet';

describe('toAttributionResult', () => {
  it('sorts channels by credit descending, then by name ascending, with share = credit / total', () => {
    const credits = new Map([
      ['Social', 25],
      ['Email', 50],
      ['Display', 25],
    ]);
    expect(toAttributionResult('linear', credits, 100)).toEqual({
      model: 'linear',
      total: 100,
      channels: [
        { channel: 'Email', credit: 50, share: 0.5 },
        { channel: 'Display', credit: 25, share: 0.25 },
        { channel: 'Social', credit: 25, share: 0.25 },
      ],
    });
  });

  it('orders names by code unit, the same in every locale: "Zeta" before "alpha"', () => {
    const result = toAttributionResult('linear', new Map([['alpha', 1], ['Zeta', 1]]), 2);
    expect(result.channels.map((c) => c.channel)).toEqual(['Zeta', 'alpha']);
  });

  it('gives share 0 when the total is 0', () => {
    expect(toAttributionResult('linear', new Map([['Email', 0]]), 0).channels).toEqual([{ channel: 'Email', credit: 0, share: 0 }]);
  });

  it('gives an empty result for no credit', () => {
    expect(toAttributionResult('markov', new Map(), 0)).toEqual({ model: 'markov', total: 0, channels: [] });
  });
});
