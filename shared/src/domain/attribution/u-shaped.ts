import { addCredit, attributeEachJourney } from './credit-sheet';
import type { AttributionOptions, AttributionResult, Journey, Touch } from './types';

/** The share of a journey's value for its first and for its last touch (the middle shares the rest). */
export const U_SHAPED_END_SHARE = 0.4;

/**
 * U-shaped (position-based) attribution: 40% of each converted journey's value to its first
 * eligible touch, 40% to its last, and 20% shared equally by the touches in between. A journey with
 * one touch gives it 100%; with two touches, 50% each.
 *
 * @throws {AttributionOptionsError} when the options are invalid.
 *
 * @example
 * const day = 86_400_000;
 * attributeUShaped([{ id: 'j1', convertedAt: 10 * day, value: 100, touches: [
 *   { channel: 'Social', touchedAt: 1 * day }, { channel: 'Email', touchedAt: 2 * day },
 *   { channel: 'Display', touchedAt: 3 * day }, { channel: 'Paid search', touchedAt: 4 * day } ] }])
 * //=> Paid search 40, Social 40, Display 10, Email 10 (total 100)
 */
export function attributeUShaped(journeys: Iterable<Journey>, options: AttributionOptions = {}): AttributionResult {
  return attributeEachJourney('u-shaped', journeys, options, (touches, value, credits) => {
    const n = touches.length;
    const first = (touches[0] as Touch).channel;
    const last = (touches[n - 1] as Touch).channel;
    if (n === 1) {
      addCredit(credits, first, value);
    } else if (n === 2) {
      addCredit(credits, first, value / 2);
      addCredit(credits, last, value / 2);
    } else {
      const end = value * U_SHAPED_END_SHARE;
      addCredit(credits, first, end);
      addCredit(credits, last, end);
      const middle = (value - 2 * end) / (n - 2);
      for (let i = 1; i < n - 1; i++) addCredit(credits, (touches[i] as Touch).channel, middle);
    }
  });
}
