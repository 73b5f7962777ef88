import { isRiskReviewStale, riskReviewState } from './review-due';

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

describe('a risk never reviewed counts from its creation', () => {
  it('is not stale 41 days after it was created (1 Jan → 11 Feb 2025), and reads "new"', () => {
    const risk = { status: 'open', lastReviewedAt: null, createdAt: '2025-01-01' } as const;
    expect(isRiskReviewStale(risk, '2025-02-11')).toBe(false);
    expect(riskReviewState(risk, '2025-02-11')).toBe('new');
  });

  it('is stale, and due, 42 days after it was created (1 Jan → 12 Feb 2025)', () => {
    const risk = { status: 'open', lastReviewedAt: null, createdAt: '2025-01-01' } as const;
    expect(isRiskReviewStale(risk, '2025-02-12')).toBe(true);
    expect(riskReviewState(risk, '2025-02-12')).toBe('due');
  });

  it('is due when its creation date is unknown (nothing proves it is new)', () => {
    expect(riskReviewState({ status: 'open', lastReviewedAt: null }, '2025-02-11')).toBe('due');
  });

  it('reads "reviewed" 10 days after a review, and "closed" once closed', () => {
    expect(riskReviewState({ status: 'mitigating', lastReviewedAt: '2025-02-01', createdAt: '2024-06-01' }, '2025-02-11')).toBe('reviewed');
    expect(riskReviewState({ status: 'closed', lastReviewedAt: null, createdAt: '2024-06-01' }, '2025-02-11')).toBe('closed');
  });
});
