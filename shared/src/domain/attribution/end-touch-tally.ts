import { isEligible } from './eligible-touches';
import { EndTouch } from './end-touch';
import type { ResolvedAttributionOptions } from './options';
import { ChannelCredits, type JourneyFacts, type TouchTally } from './tally';
import type { AttributionResult } from './types';

/**
 * @internal First touch (`latest = false`) or last touch (`latest = true`) as touches stream in:
 * per journey only its earliest (latest) eligible touch, which gets the whole value.
 *
 * @example
 * const day = 86_400_000;
 * const tally = new EndTouchTally('first-touch', { halfLifeDays: 7, lookbackDays: Infinity });
 * tally.add(0, 0, 5 * day, 10 * day); tally.add(0, 1, 2 * day, 10 * day);
 * // tally.result(journey 0 converted with value 100, ['Email', 'Social']) → Social 100
 */
export class EndTouchTally implements TouchTally {
  private readonly end: EndTouch;
  private readonly lookbackDays: number;

  constructor(
    readonly model: 'first-touch' | 'last-touch',
    options: ResolvedAttributionOptions,
  ) {
    this.end = new EndTouch(model === 'last-touch');
    this.lookbackDays = options.lookbackDays;
  }

  add(journey: number, channel: number, touchedAt: number, convertedAt: number | null): void {
    if (convertedAt !== null && isEligible(touchedAt, convertedAt, this.lookbackDays)) this.end.offer(journey, channel, touchedAt);
  }

  result(journeys: JourneyFacts, channels: readonly string[]): AttributionResult {
    const credits = new ChannelCredits();
    let total = 0;
    for (let j = 0; j < journeys.count; j++) {
      if (!journeys.converted(j)) continue;
      const value = journeys.valueOf(j);
      total += value;
      const channel = this.end.channel(j);
      if (channel < 0) credits.addUnattributed(value);
      else credits.add(channel, value);
    }
    return credits.toResult(this.model, channels, total);
  }
}
