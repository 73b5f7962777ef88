import { decayWeight } from './decay-weight';
import { AttributionOptionsError } from './errors';

describe('decayWeight', () => {
  it('is 1 at the conversion, 0.5 one half-life before and 0.25 two half-lives before', () => {
    expect(decayWeight(0)).toBe(1);
    expect(decayWeight(7)).toBe(0.5);
    expect(decayWeight(14)).toBe(0.25);
  });

  it('uses the given half-life: 14 days before with a 28-day half-life weighs √½ ≈ 0.7071', () => {
    expect(decayWeight(14, 28)).toBeCloseTo(Math.SQRT1_2, 15);
    expect(decayWeight(1, 1)).toBe(0.5);
  });

  it('handles fractions of a day: 3.5 days with a 7-day half-life weighs √½', () => {
    expect(decayWeight(3.5)).toBeCloseTo(Math.SQRT1_2, 15);
  });

  it('rejects a half-life of 0, below 0 or not finite, saying what was given', () => {
    expect(() => decayWeight(1, 0)).toThrow(AttributionOptionsError);
    expect(() => decayWeight(1, 0)).toThrow('half-life must be a number of days greater than 0, got 0');
    expect(() => decayWeight(1, -7)).toThrow('got -7');
    expect(() => decayWeight(1, Number.NaN)).toThrow('got NaN');
    expect(() => decayWeight(1, Infinity)).toThrow('got Infinity');
  });
});
