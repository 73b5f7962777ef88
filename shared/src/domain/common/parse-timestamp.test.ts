import { daysFromCivil, parseTimestamp } from './parse-timestamp';

describe('parseTimestamp', () => {
  it('reads a date alone as midnight UTC', () => {
    expect(parseTimestamp('2026-03-01')).toBe(Date.UTC(2026, 2, 1));
  });

  it('reads a date and time in UTC', () => {
    expect(parseTimestamp('2026-03-01T09:30:00Z')).toBe(Date.UTC(2026, 2, 1, 9, 30));
    expect(parseTimestamp('2026-03-01T09:30Z')).toBe(Date.UTC(2026, 2, 1, 9, 30));
    expect(parseTimestamp('2026-03-01t09:30:15z')).toBe(Date.UTC(2026, 2, 1, 9, 30, 15));
    expect(parseTimestamp('2026-03-01 09:30:00Z')).toBe(Date.UTC(2026, 2, 1, 9, 30));
  });

  it('applies an offset: 09:30 at +02:00 is 07:30 UTC', () => {
    expect(parseTimestamp('2026-03-01T09:30:00.123+02:00')).toBe(Date.UTC(2026, 2, 1, 7, 30, 0, 123));
    expect(parseTimestamp('2026-03-01T09:30:00+0200')).toBe(Date.UTC(2026, 2, 1, 7, 30));
    expect(parseTimestamp('2026-03-01T09:30:00+02')).toBe(Date.UTC(2026, 2, 1, 7, 30));
    expect(parseTimestamp('2026-03-01T01:00:00-05:30')).toBe(Date.UTC(2026, 2, 1, 6, 30));
  });

  it('reads fractions of a second, truncating past milliseconds', () => {
    expect(parseTimestamp('2026-03-01T00:00:00.5Z')).toBe(Date.UTC(2026, 2, 1, 0, 0, 0, 500));
    expect(parseTimestamp('2026-03-01T00:00:00.123456Z')).toBe(Date.UTC(2026, 2, 1, 0, 0, 0, 123));
    expect(parseTimestamp('2026-03-01T00:00:00.999999Z')).toBe(Date.UTC(2026, 2, 1, 0, 0, 0, 999));
  });

  it('tolerates surrounding spaces', () => {
    expect(parseTimestamp(' 2026-03-01 ')).toBe(Date.UTC(2026, 2, 1));
  });

  it('knows leap years', () => {
    expect(parseTimestamp('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(parseTimestamp('2000-02-29')).toBe(Date.UTC(2000, 1, 29));
    expect(parseTimestamp('2026-02-29')).toBeNaN();
    expect(parseTimestamp('1900-02-29')).toBeNaN();
  });

  it.each([
    ['a day-first date', '31/02/2026'],
    ['a day past the end of the month', '2026-02-31'],
    ['day 31 of a 30-day month', '2026-04-31'],
    ['month 13', '2026-13-01'],
    ['month 0', '2026-00-10'],
    ['day 0', '2026-01-00'],
    ['a local time without a zone', '2026-03-01T09:30:00'],
    ['a local time with a space', '2026-03-01 09:30'],
    ['hour 24', '2026-03-01T24:00:00Z'],
    ['minute 60', '2026-03-01T10:60:00Z'],
    ['second 60', '2026-03-01T10:00:60Z'],
    ['an empty fraction', '2026-03-01T10:00:00.Z'],
    ['an offset of 24 hours', '2026-03-01T10:00:00+24:00'],
    ['a truncated offset', '2026-03-01T10:00:00+2'],
    ['text after the zone', '2026-03-01T10:00:00Zx'],
    ['a short year', '26-03-01'],
    ['single-digit month', '2026-3-01'],
    ['a word', 'yesterday'],
    ['an empty string', ''],
  ])('rejects %s (%s)', (_name, text) => {
    expect(parseTimestamp(text)).toBeNaN();
  });

  it('agrees with Date.UTC on every day from 1899 to 2101', () => {
    for (let day = Date.UTC(1899, 0, 1); day <= Date.UTC(2101, 11, 31); day += 86_400_000) {
      const iso = new Date(day).toISOString().slice(0, 10);
      if (parseTimestamp(iso) !== day) throw new Error(`${iso}: ${parseTimestamp(iso)} != ${day}`);
    }
  });
});

describe('daysFromCivil', () => {
  it('counts days from 1970-01-01', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    expect(daysFromCivil(2026, 3, 1)).toBe(20513);
  });
});

describe('parseTimestamp in place', () => {
  it('reads the timestamp between start and end of a longer text', () => {
    const line = 'j1,2026-03-01T09:30:00Z,2026-03-15';
    expect(parseTimestamp(line, 3, 23)).toBe(Date.UTC(2026, 2, 1, 9, 30));
    expect(parseTimestamp(line, 24, 34)).toBe(Date.UTC(2026, 2, 15));
    expect(parseTimestamp(line, 3, 22)).toBeNaN();
    expect(parseTimestamp('x 2026-03-01 y', 1, 13)).toBe(Date.UTC(2026, 2, 1));
  });
});

describe('parseTimestamp on YYYY-MM-DDTHH:MM:SSZ (the fast path CRMs and gtm export hit)', () => {
  it('agrees with Date.parse every 7 hours 13 minutes 17 seconds from 1900 to 2199', () => {
    const step = (7 * 3600 + 13 * 60 + 17) * 1000;
    for (let t = Date.UTC(1900, 0, 1); t < Date.UTC(2200, 0, 1); t += step) {
      const text = `${new Date(t).toISOString().slice(0, 19)}Z`;
      if (parseTimestamp(text) !== t) throw new Error(`${text}: ${parseTimestamp(text)} != ${t}`);
    }
  });

  it.each(['2026-02-29T00:00:00Z', '2026-04-31T12:00:00Z', '2026-13-01T00:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01T00:60:00Z', '2026-01-01T00:00:60Z', '2026-0a-01T00:00:00Z'])(
    'rejects %s',
    (text) => expect(parseTimestamp(text)).toBeNaN(),
  );

  it('leaves years outside 1900–2199 to the general parser: 1899-12-31T23:59:59Z and 2200-01-01T00:00:00Z', () => {
    expect(parseTimestamp('1899-12-31T23:59:59Z')).toBe(Date.UTC(1899, 11, 31, 23, 59, 59));
    expect(parseTimestamp('2200-01-01T00:00:00Z')).toBe(Date.UTC(2200, 0, 1));
  });
});
