import { addCredit, attributeEachJourney } from './credit-sheet';
import type { AttributionOptions, AttributionResult, Journey } from './types';

/**
 * Linear attribution: each converted journey's value is split equally over its eligible touches
 * (a channel touched twice gets two shares).
 *
 * @throws {AttributionOptionsError} when the options are invalid.
 *
 * @example
 * const day = 86_400_000;
 * attributeLinear([{ id: 'j1', convertedAt: 10 * day, value: 90, touches: [
 *   { channel: 'Email', touchedAt: 1 * day }, { channel: 'Social', touchedAt: 2 * day },
 *   { channel: 'Email', touchedAt: 3 * day } ] }])
 * //=> { model: 'linear', total: 90, channels: [
 * //     { channel: 'Email', credit: 60, share: 0.666… }, { channel: 'Social', credit: 30, share: 0.333… } ] }
 */
export function attributeLinear(journeys: Iterable<Journey>, options: AttributionOptions = {}): AttributionResult {
  return attributeEachJourney('linear', journeys, options, (touches, value, credits) => {
    const each = value / touches.length;
    for (const touch of touches) addCredit(credits, touch.channel, each);
  });
}
