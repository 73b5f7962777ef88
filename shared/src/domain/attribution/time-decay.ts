import { addCredit, attributeEachJourney } from './credit-sheet';
import { MS_PER_DAY } from './eligible-touches';
import type { AttributionOptions, AttributionResult, Journey, Touch } from './types';

/**
 * Time-decay attribution (DOMAIN.md §6): a touch x days before its journey's conversion weighs
 * w = 2^(−x / halfLifeDays) (default 7), and the journey's value is split over its eligible touches
 * in proportion to w. Touches after the conversion never count; `lookbackDays` drops older ones.
 *
 * The weights are taken relative to the journey's latest eligible touch, 2^(−(x − x_min)/halfLife):
 * the shares are the same, but a journey whose touches are all years old cannot underflow every
 * weight to 0 and divide 0 by 0.
 *
 * @throws {AttributionOptionsError} when the options are invalid.
 *
 * @example
 * // One journey converting 2026-03-15 with value 100, touched by Email on 03-01 (x = 14, w = 0.25)
 * // and Paid search on 03-08 (x = 7, w = 0.5): Email gets 100 × 0.25/0.75, Paid search 100 × 0.5/0.75.
 * const at = (day: number) => Date.UTC(2026, 2, day);
 * attributeTimeDecay([{ id: 'j1', convertedAt: at(15), value: 100,
 *   touches: [{ channel: 'Email', touchedAt: at(1) }, { channel: 'Paid search', touchedAt: at(8) }] }])
 * //=> { model: 'time-decay', total: 100, channels: [
 * //     { channel: 'Paid search', credit: 66.666…, share: 0.666… },
 * //     { channel: 'Email', credit: 33.333…, share: 0.333… } ] }
 */
export function attributeTimeDecay(journeys: Iterable<Journey>, options: AttributionOptions = {}): AttributionResult {
  // One scratch buffer for the weights of every journey: no per-touch allocation in the hot loop.
  let weights = new Float64Array(16);
  return attributeEachJourney('time-decay', journeys, options, (touches, value, credits, { halfLifeDays }) => {
    const n = touches.length;
    if (n === 1) {
      addCredit(credits, (touches[0] as Touch).channel, value);
      return;
    }
    if (weights.length < n) weights = new Float64Array(Math.max(n, weights.length * 2));
    const latest = (touches[n - 1] as Touch).touchedAt;
    const msPerHalfLife = halfLifeDays * MS_PER_DAY;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const w = 2 ** (((touches[i] as Touch).touchedAt - latest) / msPerHalfLife);
      weights[i] = w;
      sum += w;
    }
    for (let i = 0; i < n; i++) {
      addCredit(credits, (touches[i] as Touch).channel, (value * (weights[i] as number)) / sum);
    }
  });
}
