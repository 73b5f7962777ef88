import { addDays, daysBetween, weekdayOf } from './day-math';

describe('day math in UTC calendar days', () => {
  it('adds 21 days to 20 Feb 2025 to reach 13 Mar 2025 (across the end of February)', () => {
    expect(addDays('2025-02-20', 21)).toBe('2025-03-13');
  });

  it('adds 1 day to 28 Feb 2024 to reach the leap day 29 Feb 2024', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('crosses the March daylight-saving change without losing a day: 29 Mar 2025 + 2 = 31 Mar', () => {
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31');
  });

  it('counts 42 days from 1 Jan 2025 to 12 Feb 2025, and -42 backwards', () => {
    expect(daysBetween('2025-01-01', '2025-02-12')).toBe(42);
    expect(daysBetween('2025-02-12', '2025-01-01')).toBe(-42);
  });

  it('knows 1 Mar 2025 is a Saturday (6) and 2 Mar 2025 a Sunday (0)', () => {
    expect(weekdayOf('2025-03-01')).toBe(6);
    expect(weekdayOf('2025-03-02')).toBe(0);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => addDays('03/01/2025', 1)).toThrow(RangeError);
  });
});
