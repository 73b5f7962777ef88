import type { Review } from '@gtm/shared';
import { validateActionForm } from './action-draft';
import { parseLocaleNumber } from '@gtm/shared';
import { formatKpiValue } from './kpi-format';
import { reviewCycleOn } from './review-cycle';
import { ANA } from './control-plane.fixture';

const review = (id: string, date: string): Review => ({ id, date, attendees: [ANA], decisions: [], actionIds: [], kpiSnapshot: [] });

describe('reviewCycleOn', () => {
  it('takes the latest review on or before today and schedules the next 21 days later: 16 Nov → 7 Dec 2026', () => {
    const cycle = reviewCycleOn([review('2', '2026-11-16'), review('1', '2026-10-26')], '2026-11-22');
    expect(cycle.lastReview?.id).toBe('2');
    expect(cycle.nextReview).toBe('2026-12-07');
  });

  it('ignores a review dated after today, and has no next review before the first one', () => {
    expect(reviewCycleOn([review('1', '2026-10-26'), review('9', '2026-12-07')], '2026-11-22').nextReview).toBe('2026-11-16');
    expect(reviewCycleOn([], '2026-11-22')).toEqual({ lastReview: null, nextReview: null, source: null });
  });

  it('moves a next review that falls on a weekend to Monday: 8 Nov 2026 (Sun) + 21 = 29 Nov (Sun) → 30 Nov', () => {
    expect(reviewCycleOn([review('1', '2026-11-08')], '2026-11-10').nextReview).toBe('2026-11-30');
  });
});

describe('KPI values', () => {
  it('formats each unit as people say it', () => {
    expect(formatKpiValue({ unit: 'currency' }, 1_250_000)).toBe('€1,250,000');
    expect(formatKpiValue({ unit: 'percent' }, 12.5)).toBe('12.5%');
    expect(formatKpiValue({ unit: 'days' }, 1)).toBe('1 day');
    expect(formatKpiValue({ unit: 'count' }, 5200)).toBe('5,200');
  });

  it('reads typed numbers (en-US) with separators and symbols, and refuses words rather than guessing', () => {
    expect(parseLocaleNumber('1,250,000', 'en-US')).toEqual({ ok: true, value: 1_250_000 });
    expect(parseLocaleNumber(' 12.5 % ', 'en-US')).toEqual({ ok: true, value: 12.5 });
    expect(parseLocaleNumber('€ 900', 'en-US')).toEqual({ ok: true, value: 900 });
    expect(parseLocaleNumber('twelve', 'en-US').ok).toBe(false);
    expect(parseLocaleNumber('', 'en-US').ok).toBe(false);
  });
});

describe('validateActionForm', () => {
  it('builds an open action for the review from a complete form, linked to the chosen KPI', () => {
    const result = validateActionForm({ title: ' Send the deck ', ownerEmail: 'ANA.SILVA@contoso.example', dueDate: '2026-11-22', kpiId: '3' }, [ANA], '7', '2026-11-22');
    expect(result).toEqual({ ok: true, draft: { title: 'Send the deck', owner: ANA, dueDate: '2026-11-22', status: 'open', reviewId: '7', link: { kind: 'kpi', id: '3' } } });
  });

  it('names each field to fix: no title, no owner, an impossible date', () => {
    const result = validateActionForm({ title: '  ', ownerEmail: ' ', dueDate: '2026-02-30', kpiId: '' }, [ANA], '7', '2026-11-22');
    expect(result).toEqual({
      ok: false,
      errors: {
        title: 'Say what will be done, e.g. “Send the revised pricing deck to Sales”.',
        ownerEmail: 'Choose who owns this action.',
        dueDate: '“2026-02-30” is not a date: use YYYY-MM-DD.',
      },
    });
  });

  it('accepts an owner the lists do not name yet when the e-mail is valid: the e-mail alone, no name', () => {
    const result = validateActionForm({ title: 'Brief the new AE', ownerEmail: ' new.hire@contoso.example ', dueDate: '2026-12-01', kpiId: '' }, [ANA], '7', '2026-11-22');
    expect(result).toEqual({ ok: true, draft: { title: 'Brief the new AE', owner: { email: 'new.hire@contoso.example' }, dueDate: '2026-12-01', status: 'open', reviewId: '7' } });
  });

  it('refuses an owner that is neither known nor an e-mail, saying how to fix it on the owner field', () => {
    const result = validateActionForm({ title: 'Brief the new AE', ownerEmail: 'new.hire@', dueDate: '2026-12-01', kpiId: '' }, [ANA], '7', '2026-11-22');
    expect(result).toEqual({
      ok: false,
      errors: { ownerEmail: '“new.hire@” is not an e-mail address: pick a person from the list or type a full address, e.g. ana.silva@contoso.com.' },
    });
  });
});
