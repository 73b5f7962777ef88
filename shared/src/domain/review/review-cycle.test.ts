import type { Review } from './review';
import { reviewCycleOn } from './review-cycle';

const ana = { email: 'ana@contoso.com' };
const review = (date: string, status?: Review['status']): Review => ({
  id: date, date, attendees: [ana], decisions: [], actionIds: [], kpiSnapshot: [], ...(status ? { status } : {}),
});

describe('the review cycle: one truth, read from the Review records', () => {
  it('without a planned record: the cadence after the last held review (16 Nov → Mon 7 Dec)', () => {
    expect(reviewCycleOn([review('2026-10-26'), review('2026-11-16')], '2026-11-22')).toMatchObject({ nextReview: '2026-12-07', source: 'cadence', lastReview: { date: '2026-11-16' } });
  });

  it('a planned record moved by the organizer wins over the cadence: held 30 Nov, planned Mon 21 Dec', () => {
    const cycle = reviewCycleOn([review('2026-11-30', 'held'), review('2026-12-21', 'planned')], '2026-12-07');
    expect(cycle).toMatchObject({ nextReview: '2026-12-21', source: 'planned', lastReview: { date: '2026-11-30' } });
  });

  it('a review in progress is the current cycle, not the last review: actuals go to it', () => {
    const cycle = reviewCycleOn([review('2026-11-16', 'held'), review('2026-12-07', 'in-progress'), review('2026-12-07', 'planned')], '2026-12-07');
    expect(cycle).toMatchObject({ nextReview: '2026-12-07', source: 'in-progress', lastReview: { date: '2026-11-16' } });
  });

  it('once held, the next planned record is the cycle (held early on 18 Dec → planned 8 Jan)', () => {
    const cycle = reviewCycleOn([review('2026-11-30', 'held'), review('2026-12-18', 'held'), review('2027-01-08', 'planned')], '2026-12-18');
    expect(cycle).toMatchObject({ nextReview: '2027-01-08', source: 'planned', lastReview: { date: '2026-12-18' } });
  });

  it('ignores a planned record from before the last held review, and a held one dated after today', () => {
    const cycle = reviewCycleOn([review('2026-11-16', 'planned'), review('2026-11-30'), review('2026-12-30', 'held')], '2026-12-07');
    expect(cycle).toMatchObject({ nextReview: '2026-12-21', source: 'cadence', lastReview: { date: '2026-11-30' } });
  });

  it('before the first review: nothing to report for, unless the first one is planned', () => {
    expect(reviewCycleOn([], '2026-12-07')).toEqual({ lastReview: null, nextReview: null, source: null });
    expect(reviewCycleOn([review('2026-12-14', 'planned')], '2026-12-07')).toEqual({ lastReview: null, nextReview: '2026-12-14', source: 'planned' });
  });
});
