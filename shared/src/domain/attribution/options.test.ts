import { AttributionOptionsError } from './errors';
import { resolveAttributionOptions } from './options';

describe('resolveAttributionOptions', () => {
  it('defaults to a 7-day half-life and no lookback', () => {
    expect(resolveAttributionOptions()).toEqual({ halfLifeDays: 7, lookbackDays: Infinity });
    expect(resolveAttributionOptions({})).toEqual({ halfLifeDays: 7, lookbackDays: Infinity });
  });

  it('keeps a half-life of 14 days and a lookback of 0 or 30 days', () => {
    expect(resolveAttributionOptions({ halfLifeDays: 14, lookbackDays: 30 })).toEqual({ halfLifeDays: 14, lookbackDays: 30 });
    expect(resolveAttributionOptions({ lookbackDays: 0 }).lookbackDays).toBe(0);
  });

  it('rejects a half-life of 0 with a message saying what and how to fix', () => {
    const error = catchError(() => resolveAttributionOptions({ halfLifeDays: 0 }));
    expect(error).toBeInstanceOf(AttributionOptionsError);
    expect(error).toMatchObject({ name: 'AttributionOptionsError', option: 'halfLifeDays', value: 0 });
    expect((error as Error).message).toBe(
      'half-life must be a number of days greater than 0, got 0; use e.g. 7, or leave it out for the default of 7',
    );
  });

  it('rejects a negative, NaN or infinite lookback', () => {
    expect(() => resolveAttributionOptions({ lookbackDays: -1 })).toThrow(
      'lookback must be a number of days of 0 or more, got -1',
    );
    expect(() => resolveAttributionOptions({ lookbackDays: Number.NaN })).toThrow('got NaN');
    expect(() => resolveAttributionOptions({ lookbackDays: Infinity })).toThrow('got Infinity');
  });

  it('rejects a half-life given as text (from an untyped caller), quoting it', () => {
    const options = { halfLifeDays: '7' as unknown as number };
    expect(() => resolveAttributionOptions(options)).toThrow('got "7"');
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
