import { localDay } from './iso-date';

describe('localDay', () => {
  it('is the calendar day of the reading in the local time zone, late evening included', () => {
    expect(localDay(new Date(2026, 10, 22, 23, 30))).toBe('2026-11-22');
    expect(localDay(new Date(2026, 10, 23, 0, 0))).toBe('2026-11-23');
  });

  it('pads month and day to two digits: 5 March 2026 is 2026-03-05', () => {
    expect(localDay(new Date(2026, 2, 5, 12))).toBe('2026-03-05');
  });
});
