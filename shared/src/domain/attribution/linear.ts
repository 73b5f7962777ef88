import { ChannelSums } from './channel-sums';
import { isEligible } from './eligible-touches';
import { resolveAttributionOptions, type ResolvedAttributionOptions } from './options';
import { creditConvertedJourneys, type JourneyFacts, type TouchTally } from './tally';
import { tallyJourneys } from './tally-journeys';
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
  return tallyJourneys(new LinearTally(resolveAttributionOptions(options)), journeys);
}

/**
 * @internal Linear as touches stream in: per journey, how many eligible touches each channel has.
 * A channel with k of the journey's n touches is credited value/n k times over (not k × value/n
 * once), the same additions, bit for bit, as crediting touch by touch.
 *
 * @example
 * // Value 90, touches Email, Social, Email: counts Email 2, Social 1; value/n = 30 → Email 60, Social 30.
 */
export class LinearTally implements TouchTally {
  readonly model = 'linear';
  private readonly counts = new ChannelSums();
  private readonly lookbackDays: number;

  constructor(options: ResolvedAttributionOptions) {
    this.lookbackDays = options.lookbackDays;
  }

  add(journey: number, channel: number, touchedAt: number, convertedAt: number | null): void {
    if (convertedAt !== null && isEligible(touchedAt, convertedAt, this.lookbackDays)) this.counts.add(journey, channel, 1);
  }

  result(journeys: JourneyFacts, channels: readonly string[]): AttributionResult {
    const counts = this.counts;
    const { credits, total } = creditConvertedJourneys(journeys, counts, (credits, j, value) => {
      const each = value / counts.total(j);
      for (let n = counts.first(j); n !== 0; n = counts.next(n)) {
        for (let k = counts.amount(n); k > 0; k--) credits.add(counts.channel(n), each);
      }
    });
    return credits.toResult(this.model, channels, total);
  }
}
