import { toIsoDay, toLevel, toModel, toOptionalDays } from './arguments';

describe('arguments', () => {
  it('model: omitted is time-decay; case and spaces do not matter', () => {
    expect(toModel(null)).toBe('time-decay');
    expect(toModel(undefined)).toBe('time-decay');
    expect(toModel(' Linear ')).toBe('linear');
    expect(toModel('ols-cs')).toBe('ols-cs');
  });

  it('model: an unknown one is #VALUE! listing the seven valid ones', () => {
    expect(() => toModel('decay')).toThrow(
      'unknown model "decay"; use one of time-decay, first-touch, last-touch, linear, u-shaped, markov, ols-cs',
    );
  });

  it('days: omitted is undefined, text is #VALUE!', () => {
    expect(toOptionalDays(14, 'half_life')).toBe(14);
    expect(toOptionalDays('', 'half_life')).toBeUndefined();
    expect(() => toOptionalDays('a week', 'half_life')).toThrow('half_life must be a number of days, got "a week"');
  });

  it('levels are whole numbers 1–5: 0 and 2.5 are #NUM!, text #VALUE!', () => {
    expect(toLevel(5, 'impact')).toBe(5);
    expect(() => toLevel(0, 'impact')).toThrow(expect.objectContaining({ code: '#NUM!', message: 'impact must be a whole number from 1 to 5, got 0' }));
    expect(() => toLevel(2.5, 'impact')).toThrow(expect.objectContaining({ code: '#NUM!' }));
    expect(() => toLevel('high', 'impact')).toThrow(
      expect.objectContaining({ code: '#VALUE!', message: 'impact must be a whole number from 1 to 5, got "high"' }),
    );
  });

  it('days of a date: serial 46082 and "2026-03-01" are both 2026-03-01', () => {
    expect(toIsoDay(46082, 'd')).toBe('2026-03-01');
    expect(toIsoDay('2026-03-01T18:00Z', 'd')).toBe('2026-03-01');
    expect(() => toIsoDay('', 'last_review_date')).toThrow(
      'last_review_date is not a date (an empty cell); use an Excel date or ISO text such as 2026-03-01',
    );
  });
});
