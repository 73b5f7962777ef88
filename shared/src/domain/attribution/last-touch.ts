import { EndTouchTally } from './end-touch-tally';
import { resolveAttributionOptions } from './options';
import { tallyJourneys } from './tally-journeys';
import type { AttributionOptions, AttributionResult, Journey } from './types';

/**
 * Last-touch attribution: each converted journey's whole value goes to its latest eligible touch;
 * of touches at the same time, the last in input order wins.
 *
 * @throws {AttributionOptionsError} when the options are invalid.
 *
 * @example
 * const day = 86_400_000;
 * attributeLastTouch([{ id: 'j1', convertedAt: 10 * day, value: 100, touches: [
 *   { channel: 'Email', touchedAt: 5 * day }, { channel: 'Social', touchedAt: 2 * day } ] }])
 * //=> { model: 'last-touch', total: 100, channels: [{ channel: 'Email', credit: 100, share: 1 }] }
 */
export function attributeLastTouch(journeys: Iterable<Journey>, options: AttributionOptions = {}): AttributionResult {
  return tallyJourneys(new EndTouchTally('last-touch', resolveAttributionOptions(options)), journeys);
}
