import { credits, journey } from './journeys.fixture';
import { attributeUShaped } from './u-shaped';


describe('attributeUShaped', () => {
  it('splits 100 over 4 touches as 40 first, 10 and 10 in the middle, 40 last', () => {
    const result = attributeUShaped([journey(100, 10, ['First', 1], ['Second', 2], ['Third', 3], ['Last', 4])]);
    expect(result.channels).toEqual([
      { channel: 'First', credit: 40, share: 0.4 },
      { channel: 'Last', credit: 40, share: 0.4 },
      { channel: 'Second', credit: 10, share: 0.1 },
      { channel: 'Third', credit: 10, share: 0.1 },
    ]);
  });

  it('splits 100 over 3 touches as 40 / 20 / 40', () => {
    expect(credits(attributeUShaped([journey(100, 10, ['A', 1], ['B', 2], ['C', 3])]))).toEqual({ A: 40, B: 20, C: 40 });
  });

  it('splits 100 over 2 touches as 50 / 50 and gives 1 touch all 100', () => {
    expect(credits(attributeUShaped([journey(100, 10, ['A', 1], ['B', 2])]))).toEqual({ A: 50, B: 50 });
    expect(credits(attributeUShaped([journey(100, 10, ['A', 1])]))).toEqual({ A: 100 });
  });

  it('orders by time, not input: the day-1 touch is first even when it comes last', () => {
    expect(credits(attributeUShaped([journey(100, 10, ['B', 2], ['C', 3], ['A', 1])]))).toEqual({ A: 40, B: 20, C: 40 });
  });

  it('with all 3 touches at the same time, takes first and last by input order', () => {
    expect(credits(attributeUShaped([journey(100, 10, ['A', 5], ['B', 5], ['C', 5])]))).toEqual({ A: 40, B: 20, C: 40 });
  });

  it('gives Email 80 when it is both first and last of 3 touches', () => {
    expect(credits(attributeUShaped([journey(100, 10, ['Email', 1], ['Social', 2], ['Email', 3])]))).toEqual({ Email: 80, Social: 20 });
  });

  it('gives a converted journey with no eligible touch to (unattributed) and nothing for one that did not convert', () => {
    const result = attributeUShaped([journey(30, 10, ['After', 12]), journey(70, null, ['Email', 1], ['Social', 2])]);
    expect(result).toEqual({ model: 'u-shaped', total: 30, channels: [{ channel: '(unattributed)', credit: 30, share: 1 }] });
  });
});
