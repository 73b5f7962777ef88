import { credits, journey } from './journeys.fixture';
import { attributeLinear } from './linear';


describe('attributeLinear', () => {
  it('splits 100 over 3 touches as 33.33 each, sorted by name on the tie', () => {
    const result = attributeLinear([journey(100, 10, ['Social', 1], ['Email', 2], ['Display', 3])]);
    expect(result.channels.map((c) => c.channel)).toEqual(['Display', 'Email', 'Social']);
    for (const c of result.channels) {
      expect(c.credit).toBeCloseTo(33.333333, 5);
      expect(c.share).toBeCloseTo(1 / 3, 12);
    }
  });

  it('gives a channel touched twice of 3 touches two shares: 90 splits Email 60, Social 30', () => {
    expect(credits(attributeLinear([journey(90, 10, ['Email', 1], ['Social', 2], ['Email', 3])]))).toEqual({ Email: 60, Social: 30 });
  });

  it('counts only eligible touches: of 4 touches one is after the conversion, so 90 splits in 3', () => {
    expect(credits(attributeLinear([journey(90, 10, ['A', 1], ['B', 2], ['C', 3], ['D', 11])]))).toEqual({ A: 30, B: 30, C: 30 });
  });

  it('gives a converted journey with no eligible touch to (unattributed) and nothing for one that did not convert', () => {
    const result = attributeLinear([journey(30, 10, ['After', 12]), journey(70, null, ['Email', 1])]);
    expect(result).toEqual({ model: 'linear', total: 30, channels: [{ channel: '(unattributed)', credit: 30, share: 1 }] });
  });
});
