import { nextReviewDate } from './cadence';

describe('next GTM Review = last review + 21 days, weekends move to Monday', () => {
  it('keeps a Monday: 10 Feb 2025 + 21 = Mon 3 Mar 2025', () => {
    expect(nextReviewDate('2025-02-10')).toBe('2025-03-03');
  });

  it('keeps a Friday: 14 Feb 2025 + 21 = Fri 7 Mar 2025', () => {
    expect(nextReviewDate('2025-02-14')).toBe('2025-03-07');
  });

  it('moves a Saturday to Monday: 8 Feb 2025 + 21 = Sat 1 Mar → Mon 3 Mar', () => {
    expect(nextReviewDate('2025-02-08')).toBe('2025-03-03');
  });

  it('moves a Sunday to Monday: 9 Feb 2025 + 21 = Sun 2 Mar → Mon 3 Mar', () => {
    expect(nextReviewDate('2025-02-09')).toBe('2025-03-03');
  });

  it('crosses a year end: 15 Dec 2025 + 21 = Mon 5 Jan 2026', () => {
    expect(nextReviewDate('2025-12-15')).toBe('2026-01-05');
  });

  it('moves a Saturday across a month end: 10 May 2025 + 21 = Sat 31 May → Mon 2 Jun', () => {
    expect(nextReviewDate('2025-05-10')).toBe('2025-06-02');
  });

  it('accepts another cadence: 14 days from Mon 10 Feb is Mon 24 Feb', () => {
    expect(nextReviewDate('2025-02-10', 14)).toBe('2025-02-24');
  });
});
