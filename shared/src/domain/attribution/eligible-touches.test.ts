import { eligibleTouches, MS_PER_DAY } from './eligible-touches';
import { AttributionOptionsError } from './errors';
import type { Journey } from './types';

const day = MS_PER_DAY;

/** A journey converting on day 30 with the given [channel, touchedAt ms] touches. */
function converting(...touches: Array<[string, number]>): Journey {
  return { id: 'j', convertedAt: 30 * day, value: 100, touches: touches.map(([channel, touchedAt]) => ({ channel, touchedAt })) };
}

const channels = (journey: Journey, options = {}): string[] => eligibleTouches(journey, options).map((t) => t.channel);

describe('eligibleTouches', () => {
  it('drops a touch 1 ms after the conversion (x < 0) and keeps one at the conversion (x = 0)', () => {
    expect(channels(converting(['after', 30 * day + 1], ['at', 30 * day]))).toEqual(['at']);
  });

  it('with a 14-day lookback keeps a touch exactly 14 days before and drops one 14 days and 1 ms before', () => {
    const journey = converting(['14 days + 1 ms', 16 * day - 1], ['14 days', 16 * day], ['13 days', 17 * day]);
    expect(channels(journey, { lookbackDays: 14 })).toEqual(['14 days', '13 days']);
    expect(channels(journey)).toEqual(['14 days + 1 ms', '14 days', '13 days']);
  });

  it('with a lookback of 0 days keeps only touches at the conversion', () => {
    expect(channels(converting(['before', 29 * day], ['at', 30 * day]), { lookbackDays: 0 })).toEqual(['at']);
  });

  it('keeps a fractional lookback exact: 0.1 days is 8,640,000 ms', () => {
    const journey = converting(['0.1 days', 30 * day - 8_640_000], ['0.1 days + 1 ms', 30 * day - 8_640_001]);
    expect(channels(journey, { lookbackDays: 0.1 })).toEqual(['0.1 days']);
  });

  it('sorts by time and keeps input order for equal times', () => {
    const journey = converting(['B at day 5', 5 * day], ['A at day 1', 1 * day], ['C at day 5', 5 * day], ['D at day 1', 1 * day]);
    expect(channels(journey)).toEqual(['A at day 1', 'D at day 1', 'B at day 5', 'C at day 5']);
  });

  it('returns a new array and leaves the journey in input order', () => {
    const journey = converting(['late', 5 * day], ['early', 1 * day]);
    const eligible = eligibleTouches(journey);
    expect(eligible).not.toBe(journey.touches);
    expect(journey.touches.map((t) => t.channel)).toEqual(['late', 'early']);
  });

  it('gives a journey that did not convert no eligible touch', () => {
    expect(eligibleTouches({ id: 'j', convertedAt: null, value: 1, touches: [{ channel: 'Email', touchedAt: 0 }] })).toEqual([]);
  });

  it('drops a touch whose time is not a number', () => {
    expect(channels(converting(['bad', Number.NaN], ['good', 1 * day]))).toEqual(['good']);
  });

  it('rejects a negative lookback', () => {
    expect(() => eligibleTouches(converting(), { lookbackDays: -1 })).toThrow(AttributionOptionsError);
  });
});
