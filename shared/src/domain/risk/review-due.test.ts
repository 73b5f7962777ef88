import { isRiskReviewStale } from './review-due';

describe('risk not reviewed for two cycles (42 days)', () => {
  it('is stale after exactly 42 days (1 Jan → 12 Feb 2025)', () => {
    expect(isRiskReviewStale({ status: 'open', lastReviewedAt: '2025-01-01' }, '2025-02-12')).toBe(true);
  });

  it('is not stale after 41 days (1 Jan → 11 Feb 2025)', () => {
    expect(isRiskReviewStale({ status: 'open', lastReviewedAt: '2025-01-01' }, '2025-02-11')).toBe(false);
  });

  it('is stale when never reviewed', () => {
    expect(isRiskReviewStale({ status: 'mitigating', lastReviewedAt: null }, '2025-02-11')).toBe(true);
  });

  it('is never stale once closed', () => {
    expect(isRiskReviewStale({ status: 'closed', lastReviewedAt: null }, '2025-02-11')).toBe(false);
  });

  it('honours a custom window of 21 days', () => {
    expect(isRiskReviewStale({ status: 'open', lastReviewedAt: '2025-01-01' }, '2025-01-22', 21)).toBe(true);
  });
});
