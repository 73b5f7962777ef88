import { parseTimestamp } from '@gtm/shared';
import { cellToMs, isBlank, isoDateToSerial, msToSerial, serialToIsoDate, serialToMs, trimmed } from './excel-dates';

const DAY = 86_400_000;

describe('Excel serial dates (1900 system)', () => {
  it('serial 1 is 1900-01-01 and serial 59 is 1900-02-28', () => {
    expect(serialToIsoDate(1)).toBe('1900-01-01');
    expect(serialToIsoDate(59)).toBe('1900-02-28');
  });

  it('serial 60 is the fictitious 1900-02-29, no real day, and 61 is 1900-03-01', () => {
    expect(serialToMs(60)).toBeNaN();
    expect(serialToIsoDate(60)).toBeUndefined();
    expect(serialToIsoDate(61)).toBe('1900-03-01');
    expect(msToSerial(Date.UTC(1900, 1, 28))).toBe(59);
    expect(msToSerial(Date.UTC(1900, 2, 1))).toBe(61);
  });

  it('2026-03-01 is serial 46082: 25569 (1970-01-01) + 20513 days since 1970', () => {
    expect(Date.UTC(2026, 2, 1) / DAY).toBe(20513);
    expect(isoDateToSerial('1970-01-01')).toBe(25569);
    expect(isoDateToSerial('2026-03-01')).toBe(46082);
    expect(serialToMs(46082)).toBe(Date.UTC(2026, 2, 1));
  });

  it('the fraction is the time of day: 46082.5 is 2026-03-01 12:00 UTC', () => {
    expect(serialToMs(46082.5)).toBe(Date.UTC(2026, 2, 1, 12));
    expect(serialToIsoDate(46082.75)).toBe('2026-03-01');
  });

  it('serials below 1 and past 9999-12-31 (2958465) are no day', () => {
    expect(serialToMs(0)).toBeNaN();
    expect(serialToMs(-3)).toBeNaN();
    expect(serialToIsoDate(2958465)).toBe('9999-12-31');
    expect(serialToMs(2958466)).toBeNaN();
  });

  it('round-trips every day from 1900-03-01 to 2100-01-01', () => {
    for (let s = 61; s <= isoDateToSerial('2100-01-01'); s += 97) expect(msToSerial(serialToMs(s))).toBe(s);
  });
});

describe('ISO text', () => {
  it('reads a date (midnight UTC), a time with Z and a time with an offset', () => {
    expect(parseTimestamp('2026-03-01')).toBe(Date.UTC(2026, 2, 1));
    expect(parseTimestamp('2026-03-15T00:00Z')).toBe(Date.UTC(2026, 2, 15));
    expect(parseTimestamp('2026-03-01T09:30:00.123+02:00')).toBe(Date.UTC(2026, 2, 1, 7, 30, 0, 123));
    expect(parseTimestamp(' 2026-03-01 ')).toBe(Date.UTC(2026, 2, 1));
  });

  it('rejects impossible days, times without a zone and other formats', () => {
    expect(parseTimestamp('2026-02-30')).toBeNaN();
    expect(parseTimestamp('2026-13-01')).toBeNaN();
    expect(parseTimestamp('2026-03-01T09:00')).toBeNaN();
    expect(parseTimestamp('01/03/2026')).toBeNaN();
  });

  it('a cell may hold a serial or ISO text; anything else is NaN', () => {
    expect(cellToMs(46082)).toBe(cellToMs('2026-03-01'));
    expect(cellToMs(true)).toBeNaN();
    expect(cellToMs('')).toBeNaN();
  });
});

describe('blank cells and trimming', () => {
  it('a cell is blank when it is null, empty or only white space (a no-break space too); 0 and false are not', () => {
    expect([null, undefined, '', '   ', '\t', '\u00a0', ' \u3000 '].map(isBlank)).toEqual([true, true, true, true, true, true, true]);
    expect([0, false, 'x', ' x ', '\u00a0x'].map(isBlank)).toEqual([false, false, false, false, false]);
  });

  it('trims what String.prototype.trim trims, at either end, and hands back untouched text as it is', () => {
    expect(trimmed(' Email ')).toBe('Email');
    expect(trimmed('\u00a0Paid search\ufeff')).toBe('Paid search');
    expect(trimmed('Social\u2029')).toBe('Social');
    expect(trimmed('Events')).toBe('Events');
    expect(trimmed('')).toBe('');
    // Characters above U+00A0 that are not white space stay: 'é' (U+00E9) and '→' (U+2192).
    expect(trimmed('é-mail →')).toBe('é-mail →');
  });
});
