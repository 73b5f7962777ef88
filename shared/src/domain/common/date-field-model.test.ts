import { calendarDayOf, isoDateOfCalendarDay, localeCalendarNames, readTypedCalendarDay, usableLocale } from './date-field-model';

describe('what a date field does besides drawing itself', () => {
  it('names the calendar’s months and weekdays in the locale (November / novembre, Sunday first)', () => {
    expect(localeCalendarNames('de-DE').months[10]).toBe('November');
    expect(localeCalendarNames('fr-FR').months[10]).toBe('novembre');
    expect(localeCalendarNames('en-US').days[0]).toBe('Sunday');
    expect(localeCalendarNames('de-DE').shortDays).toEqual(['S', 'M', 'D', 'M', 'D', 'F', 'S']);
    expect(localeCalendarNames('it-IT').shortMonths).toHaveLength(12);
  });

  it('turns 2026-11-30 into the local midnight of 30 Nov 2026 and back, and no date into none', () => {
    const day = calendarDayOf('2026-11-30');
    expect([day?.getFullYear(), day?.getMonth(), day?.getDate(), day?.getHours()]).toEqual([2026, 10, 30, 0]);
    expect(isoDateOfCalendarDay(new Date(2026, 10, 30, 23, 59))).toBe('2026-11-30');
    expect(calendarDayOf('')).toBeUndefined();
    expect(calendarDayOf('30.11.2026')).toBeUndefined();
  });

  it('reads 30.11.2026 in de-DE as 30 Nov, and refuses 30/11/2026 in en-US saying to type MM/DD/YYYY', () => {
    const de = readTypedCalendarDay('30.11.2026', 'de-DE');
    expect(de.refusal).toBeUndefined();
    expect(de.day && isoDateOfCalendarDay(de.day)).toBe('2026-11-30');
    expect(readTypedCalendarDay('30/11/2026', 'en-US')).toEqual({ day: null, refusal: '“30/11/2026” is not a date: type it as MM/DD/YYYY, e.g. 11/22/2026.' });
  });

  it('uses the first locale Intl knows, canonical, else en-US', () => {
    expect(usableLocale(['en-us'])).toBe('en-US');
    expect(usableLocale([null, 'not a tag', 'it-IT'])).toBe('it-IT');
    expect(usableLocale(['', undefined])).toBe('en-US');
  });
});
