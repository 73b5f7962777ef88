import type { Risk } from './risk';
import { rateRisk, rateScore, scoreRisk } from './score';

describe('risk score = likelihood × impact', () => {
  it('scores likelihood 4 × impact 5 = 20 as Critical', () => {
    expect(scoreRisk({ likelihood: 4, impact: 5 })).toBe(20);
    expect(rateScore(20)).toBe('Critical');
  });

  it('scores 1 × 1 = 1 (the smallest) and 5 × 5 = 25 (the largest)', () => {
    expect(scoreRisk({ likelihood: 1, impact: 1 })).toBe(1);
    expect(scoreRisk({ likelihood: 5, impact: 5 })).toBe(25);
  });
});

describe('rating bands 1–4 Low, 5–9 Medium, 10–16 High, 20–25 Critical', () => {
  it.each([
    [1, 'Low'],
    [4, 'Low'],
    [5, 'Medium'],
    [9, 'Medium'],
    [10, 'High'],
    [16, 'High'],
    [20, 'Critical'],
    [25, 'Critical'],
  ])('rates %p as %s', (score, rating) => {
    expect(rateScore(score)).toBe(rating);
  });

  it('rates the impossible products 17, 18, 19 High (below the Critical floor of 20)', () => {
    expect([17, 18, 19].map(rateScore)).toEqual(['High', 'High', 'High']);
  });

  it('refuses 0, 26 and 4.5, which are not scores', () => {
    expect(() => rateScore(0)).toThrow(RangeError);
    expect(() => rateScore(26)).toThrow(RangeError);
    expect(() => rateScore(4.5)).toThrow(RangeError);
  });

  it('rates 2 × 2 = 4 Low and 1 × 5 = 5 Medium across the Low/Medium edge', () => {
    expect(rateScore(scoreRisk({ likelihood: 2, impact: 2 }))).toBe('Low');
    expect(rateScore(scoreRisk({ likelihood: 1, impact: 5 }))).toBe('Medium');
  });

  it('rates 3 × 3 = 9 Medium and 2 × 5 = 10 High across the Medium/High edge', () => {
    expect(rateScore(scoreRisk({ likelihood: 3, impact: 3 }))).toBe('Medium');
    expect(rateScore(scoreRisk({ likelihood: 2, impact: 5 }))).toBe('High');
  });

  it('rates 4 × 4 = 16 High and 4 × 5 = 20 Critical across the High/Critical edge', () => {
    expect(rateScore(scoreRisk({ likelihood: 4, impact: 4 }))).toBe('High');
    expect(rateScore(scoreRisk({ likelihood: 4, impact: 5 }))).toBe('Critical');
  });
});

describe('inherent versus residual', () => {
  const risk: Pick<Risk, 'inherent' | 'residual'> = {
    inherent: { likelihood: 4, impact: 5 },
    residual: { likelihood: 2, impact: 3 },
  };

  it('rates the inherent 4 × 5 = 20 Critical', () => {
    expect(rateRisk(risk, 'inherent')).toEqual({ score: 20, rating: 'Critical' });
  });

  it('rates the residual 2 × 3 = 6 Medium', () => {
    expect(rateRisk(risk, 'residual')).toEqual({ score: 6, rating: 'Medium' });
  });
});
