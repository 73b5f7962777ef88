import { dateOrder, formatLocaleDate, localeDatePattern, parseLocaleDate } from './locale-date';

describe('a typed date in the user’s locale', () => {
  it('learns the order from Intl: month first in en-US, day first in de-DE, fr-FR and en-GB, year first in sv-SE', () => {
    expect(dateOrder('en-US')).toBe('mdy');
    expect(dateOrder('de-DE')).toBe('dmy');
    expect(dateOrder('fr-FR')).toBe('dmy');
    expect(dateOrder('en-GB')).toBe('dmy');
    expect(dateOrder('sv-SE')).toBe('ymd');
  });

  it('shows its pattern as a person reads it: DD.MM.YYYY in de-DE, MM/DD/YYYY in en-US', () => {
    expect(localeDatePattern('de-DE')).toBe('DD.MM.YYYY');
    expect(localeDatePattern('en-US')).toBe('MM/DD/YYYY');
  });

  it('reads 30 Nov 2026 as each locale writes it', () => {
    expect(parseLocaleDate('30.11.2026', 'de-DE')).toEqual({ ok: true, value: '2026-11-30' });
    expect(parseLocaleDate('30/11/2026', 'fr-FR')).toEqual({ ok: true, value: '2026-11-30' });
    expect(parseLocaleDate('11/30/2026', 'en-US')).toEqual({ ok: true, value: '2026-11-30' });
    expect(parseLocaleDate('2026-11-30', 'sv-SE')).toEqual({ ok: true, value: '2026-11-30' });
  });

  it('takes short forms: no leading zeros, a two-digit year as 20xx, and ISO in any locale', () => {
    expect(parseLocaleDate('1.2.26', 'de-DE')).toEqual({ ok: true, value: '2026-02-01' });
    expect(parseLocaleDate('2026-02-01', 'en-US')).toEqual({ ok: true, value: '2026-02-01' });
  });

  it('refuses a day that does not exist, and the other order, saying what to type', () => {
    expect(parseLocaleDate('31.11.2026', 'de-DE')).toEqual({ ok: false, reason: '“31.11.2026” is not a date: type it as DD.MM.YYYY, e.g. 22.11.2026.' });
    expect(parseLocaleDate('30/11/2026', 'en-US')).toEqual({ ok: false, reason: '“30/11/2026” is not a date: type it as MM/DD/YYYY, e.g. 11/22/2026.' });
    expect(parseLocaleDate('next Friday', 'en-US').ok).toBe(false);
  });

  it('writes a date back the way it is read: 11/30/2026 in en-US, 30.11.2026 in de-DE', () => {
    expect(formatLocaleDate('2026-11-30', 'en-US')).toBe('11/30/2026');
    expect(formatLocaleDate('2026-11-30', 'de-DE')).toBe('30.11.2026');
    expect(parseLocaleDate(formatLocaleDate('2026-02-01', 'fr-FR'), 'fr-FR')).toEqual({ ok: true, value: '2026-02-01' });
  });
});
