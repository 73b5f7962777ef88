import { impactLabel, likelihoodLabel } from './scales';

describe('likelihood and impact labels', () => {
  it('labels likelihood 1…5 Rare, Unlikely, Possible, Likely, Almost certain', () => {
    expect([1, 2, 3, 4, 5].map(likelihoodLabel)).toEqual(['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain']);
  });

  it('labels impact 1…5 Insignificant, Minor, Moderate, Major, Severe', () => {
    expect([1, 2, 3, 4, 5].map(impactLabel)).toEqual(['Insignificant', 'Minor', 'Moderate', 'Major', 'Severe']);
  });

  it('refuses level 0, level 6 and level 2.5', () => {
    expect(() => likelihoodLabel(0)).toThrow(RangeError);
    expect(() => impactLabel(6)).toThrow(RangeError);
    expect(() => impactLabel(2.5)).toThrow(RangeError);
  });
});
