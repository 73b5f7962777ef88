import { ChannelSums } from './channel-sums';
import { isEligible } from './eligible-touches';
import { EndTouch } from './end-touch';
import { resolveAttributionOptions, type ResolvedAttributionOptions } from './options';
import { creditConvertedJourneys, type JourneyFacts, type TouchTally } from './tally';
import { tallyJourneys } from './tally-journeys';
import type { AttributionOptions, AttributionResult, Journey } from './types';

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
  return tallyJourneys(new UShapedTally(resolveAttributionOptions(options)), journeys);
}

/**
 * @internal U-shaped as touches stream in: per journey its first and last eligible touch (ties in
 * input order, as sorting would place them) and each channel's touch count; the middle touches of
 * a channel are its count less the first and the last if they are its own.
 *
 * @example
 * // Value 100, touches Social, Email, Email, Social (in time order): first and last Social get 40
 * // each; the middle has 2 touches, both Email, 10 each → Social 80, Email 20.
 */
export class UShapedTally implements TouchTally {
  readonly model = 'u-shaped';
  private readonly counts = new ChannelSums();
  private readonly first = new EndTouch(false);
  private readonly last = new EndTouch(true);
  private readonly lookbackDays: number;

  constructor(options: ResolvedAttributionOptions) {
    this.lookbackDays = options.lookbackDays;
  }

  add(journey: number, channel: number, touchedAt: number, convertedAt: number | null): void {
    if (convertedAt === null || !isEligible(touchedAt, convertedAt, this.lookbackDays)) return;
    this.counts.add(journey, channel, 1);
    this.first.offer(journey, channel, touchedAt);
    this.last.offer(journey, channel, touchedAt);
  }

  result(journeys: JourneyFacts, channels: readonly string[]): AttributionResult {
    const counts = this.counts;
    const { credits, total } = creditConvertedJourneys(journeys, counts, (credits, j, value) => {
      const n = counts.total(j);
      const first = this.first.channel(j);
      const last = this.last.channel(j);
      if (n === 1) {
        credits.add(first, value);
      } else if (n === 2) {
        credits.add(first, value / 2);
        credits.add(last, value / 2);
      } else {
        const end = value * U_SHAPED_END_SHARE;
        credits.add(first, end);
        credits.add(last, end);
        const middle = (value - 2 * end) / (n - 2);
        for (let node = counts.first(j); node !== 0; node = counts.next(node)) {
          const c = counts.channel(node);
          const inMiddle = counts.amount(node) - (c === first ? 1 : 0) - (c === last ? 1 : 0);
          for (let k = inMiddle; k > 0; k--) credits.add(c, middle);
        }
      }
    });
    return credits.toResult(this.model, channels, total);
  }
}
