import {
  localDateTimeToUtc,
  localDayOf,
  localMidnightUtc,
  SP_TIME_ZONES,
  spTimeZoneById,
  spTimeZoneForIana,
  timeZoneInformation,
  utcOffsetMinutes,
} from './time-zones';

describe('SharePoint time zones', () => {
  it('names Pacific Time id 13, Auckland id 17 and UTC id 93, as SharePoint does', () => {
    expect(spTimeZoneById(13)).toEqual({ id: 13, iana: 'America/Los_Angeles', description: '(UTC-08:00) Pacific Time (US and Canada)' });
    expect(spTimeZoneById(17)?.description).toBe('(UTC+12:00) Auckland, Wellington');
    expect(spTimeZoneById(93)?.description).toBe('(UTC) Coordinated Universal Time');
    expect(spTimeZoneById(52)).toBeUndefined();
  });

  it('has one entry per id, every zone known to the runtime', () => {
    expect(new Set(SP_TIME_ZONES.map((z) => z.id)).size).toBe(SP_TIME_ZONES.length);
    for (const zone of SP_TIME_ZONES) expect(() => utcOffsetMinutes(0, zone.iana)).not.toThrow();
  });

  it('finds the zone for an IANA name, by name or by the same clock all year', () => {
    expect(spTimeZoneForIana('Pacific/Auckland')?.id).toBe(17);
    expect(spTimeZoneForIana('Etc/UTC')?.id).toBe(93);
    expect(spTimeZoneForIana('Europe/Oslo')?.id).toBe(3); // Oslo keeps the clock of Paris (id 3), listed first
    expect(spTimeZoneForIana('Mars/Olympus_Mons')).toBeUndefined();
  });

  it('gives the biases in minutes with UTC = local + Bias: Los Angeles 480, Auckland -720, both -60 in summer', () => {
    expect(timeZoneInformation('America/Los_Angeles', 2026)).toEqual({ Bias: 480, StandardBias: 0, DaylightBias: -60 });
    expect(timeZoneInformation('Pacific/Auckland', 2026)).toEqual({ Bias: -720, StandardBias: 0, DaylightBias: -60 });
    expect(timeZoneInformation('Asia/Kolkata', 2026)).toEqual({ Bias: -330, StandardBias: 0, DaylightBias: 0 });
    expect(timeZoneInformation('UTC', 2026)).toEqual({ Bias: 0, StandardBias: 0, DaylightBias: 0 });
  });
});

describe('a date-only value is the local midnight of its date, in UTC', () => {
  it('Auckland 15 March 2026 (NZDT, +13) is 11:00 UTC on the 14th; 15 June (NZST, +12) is 12:00 UTC on the 14th', () => {
    expect(localMidnightUtc('2026-03-15', 'Pacific/Auckland')).toBe('2026-03-14T11:00:00Z');
    expect(localMidnightUtc('2026-06-15', 'Pacific/Auckland')).toBe('2026-06-14T12:00:00Z');
  });

  it('Los Angeles 1 December 2026 (PST, -8) is 08:00 UTC; 15 June (PDT, -7) is 07:00 UTC', () => {
    expect(localMidnightUtc('2026-12-01', 'America/Los_Angeles')).toBe('2026-12-01T08:00:00Z');
    expect(localMidnightUtc('2026-06-15', 'America/Los_Angeles')).toBe('2026-06-15T07:00:00Z');
  });

  it('holds on the days clocks change: Los Angeles 8 March 2026, Auckland 5 April 2026', () => {
    expect(localMidnightUtc('2026-03-08', 'America/Los_Angeles')).toBe('2026-03-08T08:00:00Z'); // change at 2 am
    expect(localMidnightUtc('2026-03-09', 'America/Los_Angeles')).toBe('2026-03-09T07:00:00Z');
    expect(localMidnightUtc('2026-04-05', 'Pacific/Auckland')).toBe('2026-04-04T11:00:00Z'); // still +13 at midnight
    expect(localMidnightUtc('2026-04-06', 'Pacific/Auckland')).toBe('2026-04-05T12:00:00Z');
  });

  it('reads every day of 2026 back to the same date in Auckland, Los Angeles, Kolkata and UTC', () => {
    for (const zone of ['Pacific/Auckland', 'America/Los_Angeles', 'Asia/Kolkata', 'UTC']) {
      for (let d = 0; d < 365; d++) {
        const day = new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10);
        expect(localDayOf(localMidnightUtc(day, zone), zone)).toBe(day);
      }
    }
  });

  it('reads an instant as its local date: 2026-03-15T00:00:00Z is the 14th in Los Angeles and the 15th in Auckland', () => {
    expect(localDayOf('2026-03-15T00:00:00Z', 'America/Los_Angeles')).toBe('2026-03-14');
    expect(localDayOf('2026-03-15T00:00:00Z', 'Pacific/Auckland')).toBe('2026-03-15');
  });

  it('reads a local date-time without offset as that zone’s wall clock', () => {
    expect(localDateTimeToUtc('2026-03-15T09:30:00', 'America/Los_Angeles')).toBe('2026-03-15T16:30:00Z');
    expect(localDateTimeToUtc('2026-03-15', 'Pacific/Auckland')).toBe('2026-03-14T11:00:00Z');
  });

  it('refuses what is not a date', () => {
    expect(() => localMidnightUtc('15/03/2026', 'UTC')).toThrow('Not a calendar date (YYYY-MM-DD): "15/03/2026"');
    expect(() => localDayOf('soon', 'UTC')).toThrow('Not an ISO 8601 instant');
  });
});
