import { credits, journey } from './journeys.fixture';
import { attributeLastTouch } from './last-touch';


describe('attributeLastTouch', () => {
  it('gives all 100 to the latest touch before the conversion, Display on day 8, whatever the input order', () => {
    expect(credits(attributeLastTouch([journey(100, 10, ['Display', 8], ['Email', 5], ['Social', 2])]))).toEqual({ Display: 100 });
  });

  it('of two touches on the same day, gives it to the last in input order', () => {
    expect(credits(attributeLastTouch([journey(100, 10, ['Email', 2], ['Social', 2])]))).toEqual({ Social: 100 });
  });

  it('skips a touch after the conversion: Social on day 11 loses to Email on day 9', () => {
    expect(credits(attributeLastTouch([journey(100, 10, ['Email', 9], ['Social', 11])]))).toEqual({ Email: 100 });
  });

  it('gives a converted journey with no eligible touch to (unattributed) and nothing for one that did not convert', () => {
    const result = attributeLastTouch([journey(30, 10, ['Old', 1]), journey(70, null, ['Email', 1])], { lookbackDays: 5 });
    expect(result).toEqual({ model: 'last-touch', total: 30, channels: [{ channel: '(unattributed)', credit: 30, share: 1 }] });
  });
});
