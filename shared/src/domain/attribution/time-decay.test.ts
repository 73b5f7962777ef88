import { credits, journey } from './journeys.fixture';
import { AttributionOptionsError } from './errors';
import { attributeTimeDecay } from './time-decay';

const march = (d: number): number => Date.UTC(2026, 2, d);

describe('attributeTimeDecay', () => {
  it('splits 100 converted on 03-15 as Email 33.33 (03-01, x = 14, w = 0.25) and Paid search 66.67 (03-08, x = 7, w = 0.5)', () => {
    const result = attributeTimeDecay([
      {
        id: 'worked example',
        convertedAt: march(15),
        value: 100,
        touches: [
          { channel: 'Email', touchedAt: march(1) },
          { channel: 'Paid search', touchedAt: march(8) },
        ],
      },
    ]);
    expect(result.model).toBe('time-decay');
    expect(result.total).toBe(100);
    expect(result.channels.map((c) => c.channel)).toEqual(['Paid search', 'Email']);
    expect(result.channels[0]?.credit).toBeCloseTo(200 / 3, 12);
    expect(result.channels[1]?.credit).toBeCloseTo(100 / 3, 12);
    expect(result.channels[0]?.share).toBeCloseTo(2 / 3, 12);
  });

  it('with a 14-day half-life weighs x = 14 at 0.5 and x = 7 at √½: 100 splits 41.42 / 58.58', () => {
    const result = attributeTimeDecay([journey(100, 30, ['Email', 16], ['Paid search', 23])], { halfLifeDays: 14 });
    expect(credits(result)['Email']).toBeCloseTo((100 * 0.5) / (0.5 + Math.SQRT1_2), 12);
    expect(credits(result)['Paid search']).toBeCloseTo((100 * Math.SQRT1_2) / (0.5 + Math.SQRT1_2), 12);
  });

  it('gives a single touch the whole value, however old', () => {
    expect(credits(attributeTimeDecay([journey(40, 30, ['Email', 2])]))).toEqual({ Email: 40 });
  });

  it('adds up a channel touched twice: Email at x = 7 and x = 0 and Social at x = 7 split 100 as 75 / 25', () => {
    const result = attributeTimeDecay([journey(100, 30, ['Email', 23], ['Social', 23], ['Email', 30])]);
    // weights 0.5 + 1 for Email, 0.5 for Social, out of 2
    expect(credits(result)['Email']).toBeCloseTo(75, 12);
    expect(credits(result)['Social']).toBeCloseTo(25, 12);
  });

  it('ignores a touch after the conversion: Social on day 31 gets nothing of a day-30 conversion', () => {
    expect(credits(attributeTimeDecay([journey(100, 30, ['Email', 20], ['Social', 31])]))).toEqual({ Email: 100 });
  });

  it('with a 7-day lookback drops a touch 8 days before and keeps one exactly 7 days before', () => {
    expect(credits(attributeTimeDecay([journey(100, 30, ['Email', 22], ['Social', 23])], { lookbackDays: 7 }))).toEqual({ Social: 100 });
  });

  it('gives a converted journey with no eligible touch to (unattributed)', () => {
    const result = attributeTimeDecay([journey(100, 30, ['Email', 20]), journey(50, 30, ['Social', 31])]);
    expect(credits(result)).toEqual({ Email: 100, '(unattributed)': 50 });
    expect(result.total).toBe(150);
  });

  it('gives no credit for a journey that did not convert', () => {
    const result = attributeTimeDecay([journey(100, null, ['Email', 20]), journey(10, 30, ['Social', 29])]);
    expect(result.total).toBe(10);
    expect(credits(result)).toEqual({ Social: 10 });
  });

  it('still splits touches 10,000 and 10,007 days old as 1/3 and 2/3 (no underflow to 0/0)', () => {
    const result = attributeTimeDecay([journey(90, 20_000, ['Old', 9_993], ['Newer', 10_000])]);
    expect(credits(result)['Old']).toBeCloseTo(30, 9);
    expect(credits(result)['Newer']).toBeCloseTo(60, 9);
  });

  it('gives the same credit whatever the input order of the touches', () => {
    const inOrder = attributeTimeDecay([journey(100, 30, ['Email', 10], ['Social', 20], ['Display', 25])]);
    const shuffled = attributeTimeDecay([journey(100, 30, ['Display', 25], ['Email', 10], ['Social', 20])]);
    expect(credits(shuffled)['Email']).toBeCloseTo(credits(inOrder)['Email'] ?? NaN, 12);
    expect(credits(shuffled)['Display']).toBeCloseTo(credits(inOrder)['Display'] ?? NaN, 12);
  });

  it('returns total 0 and no channels for no journeys', () => {
    expect(attributeTimeDecay([])).toEqual({ model: 'time-decay', total: 0, channels: [] });
  });

  it('rejects a half-life of 0 even with no journeys', () => {
    expect(() => attributeTimeDecay([], { halfLifeDays: 0 })).toThrow(AttributionOptionsError);
  });
});
