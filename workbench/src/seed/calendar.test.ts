import { lastReviewBefore, reviewCycles } from './calendar';

describe('lastReviewBefore', () => {
  it('is the Monday before a Sunday', () => {
    expect(lastReviewBefore('2026-11-22')).toBe('2026-11-16');
  });

  it('is the previous Monday when today is a Monday (the review is strictly before now)', () => {
    expect(lastReviewBefore('2026-11-23')).toBe('2026-11-16');
  });

  it('is yesterday on a Tuesday', () => {
    expect(lastReviewBefore('2026-11-17')).toBe('2026-11-16');
  });
});

describe('reviewCycles', () => {
  it('lists the cycles oldest first, 21 days apart, ending at the last review', () => {
    expect(reviewCycles('2026-11-22', 3)).toEqual(['2026-10-05', '2026-10-26', '2026-11-16']);
  });

  it('holds 8 cycles by default', () => {
    expect(reviewCycles('2026-11-22')).toHaveLength(8);
    expect(reviewCycles('2026-11-22')[0]).toBe('2026-06-22');
  });
});
