import { formatDate } from './format-date';

describe('formatDate', () => {
  it('writes an ISO date as day, short month, year', () => {
    expect(formatDate('2026-11-22')).toBe('22 Nov 2026');
    expect(formatDate('2026-12-01')).toBe('1 Dec 2026');
  });

  it('keeps the calendar date of a date-time whatever the browser time zone (23:30Z stays the 31st)', () => {
    expect(formatDate('2026-12-31T23:30:00Z')).toBe('31 Dec 2026');
  });

  it('shows a dash for no date and leaves text that is not a date as it is', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDate('')).toBe('—');
    expect(formatDate('next Tuesday')).toBe('next Tuesday');
    expect(formatDate('2026-13-01')).toBe('2026-13-01');
  });
});
