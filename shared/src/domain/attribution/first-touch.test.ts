import { credits, journey } from './journeys.fixture';
import { attributeFirstTouch } from './first-touch';


describe('attributeFirstTouch', () => {
  it('gives all 100 to the earliest touch, Social on day 2, whatever the input order', () => {
    expect(credits(attributeFirstTouch([journey(100, 10, ['Email', 5], ['Social', 2], ['Display', 8])]))).toEqual({ Social: 100 });
  });

  it('of two touches on the same day, gives it to the first in input order', () => {
    expect(credits(attributeFirstTouch([journey(100, 10, ['Email', 2], ['Social', 2])]))).toEqual({ Email: 100 });
  });

  it('skips a touch after the conversion and one beyond the lookback', () => {
    const result = attributeFirstTouch([journey(100, 10, ['Old', 1], ['After', 11], ['Email', 5])], { lookbackDays: 7 });
    expect(credits(result)).toEqual({ Email: 100 });
  });

  it('gives a converted journey with no eligible touch to (unattributed) and nothing for one that did not convert', () => {
    const result = attributeFirstTouch([journey(30, 10, ['After', 11]), journey(70, null, ['Email', 1]), journey(20, 10, ['Email', 1])]);
    expect(result).toEqual({
      model: 'first-touch',
      total: 50,
      channels: [
        { channel: '(unattributed)', credit: 30, share: 0.6 },
        { channel: 'Email', credit: 20, share: 0.4 },
      ],
    });
  });
});
