import { resolveAttributionOptions } from './options';
import type { AttributionOptions, Journey, Touch } from './types';

/** Milliseconds in a day: x = (convertedAt − touchedAt) / MS_PER_DAY, exact to the millisecond. */
export const MS_PER_DAY = 86_400_000;

/**
 * The touches of a journey that can earn credit: x = (convertedAt − touchedAt) in days with
 * 0 ≤ x ≤ lookbackDays (a touch at the conversion counts; one exactly `lookbackDays` before counts),
 * sorted by time with ties in input order. A journey that did not convert has none.
 *
 * Every journey model uses this one rule ({@link isEligible}, touch by touch). The touches are the journey's own objects (not copies)
 * in a new array, so sorting or filtering it leaves the journey alone.
 *
 * @throws {AttributionOptionsError} when the options are invalid.
 *
 * @example
 * const day = 86_400_000;
 * eligibleTouches({
 *   id: 'j1', convertedAt: 30 * day, value: 100,
 *   touches: [
 *     { channel: 'Paid search', touchedAt: 23 * day }, // x = 7
 *     { channel: 'Email', touchedAt: 16 * day },       // x = 14
 *     { channel: 'Social', touchedAt: 31 * day },      // x = −1: after the conversion
 *     { channel: 'Display', touchedAt: 0 },            // x = 30: beyond a 14-day lookback
 *   ],
 * }, { lookbackDays: 14 })
 * //=> [{ channel: 'Email', touchedAt: 16 * day }, { channel: 'Paid search', touchedAt: 23 * day }]
 */
export function eligibleTouches(journey: Journey, options: AttributionOptions = {}): Touch[] {
  return selectEligibleTouches(journey, resolveAttributionOptions(options).lookbackDays);
}

/**
 * {@link eligibleTouches} with the lookback already validated (`Infinity` for none). Sorts only
 * when the eligible touches are out of time order.
 *
 * @example
 * // Converted on day 10; touches on day 12 (x = −2) and day 1 (x = 9 > 7) are dropped.
 * const day = 86_400_000;
 * selectEligibleTouches({ id: 'j', convertedAt: 10 * day, value: 1, touches: [
 *   { channel: 'Email', touchedAt: 12 * day }, { channel: 'Social', touchedAt: 5 * day },
 *   { channel: 'Display', touchedAt: 1 * day } ] }, 7)
 * //=> [{ channel: 'Social', touchedAt: 5 * day }]
 */
function selectEligibleTouches(journey: Journey, lookbackDays: number): Touch[] {
  const convertedAt = journey.convertedAt;
  if (convertedAt === null) return [];
  const eligible: Touch[] = [];
  let inOrder = true;
  let previous = -Infinity;
  for (const touch of journey.touches) {
    if (isEligible(touch.touchedAt, convertedAt, lookbackDays)) {
      if (touch.touchedAt < previous) inOrder = false;
      previous = touch.touchedAt;
      eligible.push(touch);
    }
  }
  // Array.prototype.sort is stable (ES2019), so equal times keep input order.
  if (!inOrder) eligible.sort(byTime);
  return eligible;
}

/**
 * @internal The rule itself, for one touch: x = (convertedAt − touchedAt) in days, 0 ≤ x ≤
 * lookbackDays (`Infinity` for none). A touch whose time is NaN (a bad timestamp) fails both
 * comparisons and never counts.
 *
 * @example
 * const day = 86_400_000;
 * isEligible(23 * day, 30 * day, Infinity) //=> true  (x = 7)
 * isEligible(31 * day, 30 * day, Infinity) //=> false (x = −1: after the conversion)
 * isEligible(16 * day, 30 * day, 7)        //=> false (x = 14, beyond the lookback)
 */
export function isEligible(touchedAt: number, convertedAt: number, lookbackDays: number): boolean {
  const x = (convertedAt - touchedAt) / MS_PER_DAY;
  return x >= 0 && x <= lookbackDays;
}

function byTime(a: Touch, b: Touch): number {
  return a.touchedAt - b.touchedAt;
}
