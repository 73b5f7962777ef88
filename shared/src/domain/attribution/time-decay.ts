import { ChannelSums } from './channel-sums';
import { isEligible, MS_PER_DAY } from './eligible-touches';
import { resolveAttributionOptions, type ResolvedAttributionOptions } from './options';
import { creditConvertedJourneys, type JourneyFacts, type TouchTally } from './tally';
import { tallyJourneys } from './tally-journeys';
import type { AttributionOptions, AttributionResult, Journey } from './types';

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
  return tallyJourneys(new TimeDecayTally(resolveAttributionOptions(options)), journeys);
}

/**
 * @internal Time decay as touches stream in, keeping per journey only its weight sum per channel
 * and its latest eligible touch time L: each sum is Σ 2^((t − L)/h) over the channel's touches, so
 * every weight is ≤ 1 (no overflow) and the latest is exactly 1 (never all 0). A touch later than
 * L scales the journey's sums by 2^((L − t)/h) and becomes the new L. The credit is
 * value × sum(channel) / sum(all channels), the same shares as weighing every touch.
 *
 * @example
 * // Converting on day 15 (half-life 7): Email on day 1 and on day 8, Paid search on day 8.
 * // Relative to L = day 8: Email 2^(−1) + 1 = 1.5, Paid search 1; value 100 → Email 60, Paid search 40.
 * const day = 86_400_000;
 * const tally = new TimeDecayTally({ halfLifeDays: 7, lookbackDays: Infinity });
 * tally.add(0, 0, 1 * day, 15 * day); tally.add(0, 1, 8 * day, 15 * day); tally.add(0, 0, 8 * day, 15 * day);
 * // tally.result(journey 0 converted with value 100, ['Email', 'Paid search']) → Email 60, Paid search 40
 */
export class TimeDecayTally implements TouchTally {
  readonly model = 'time-decay';
  /** Weight sums; each journey's reference is its latest eligible touch (epoch ms). */
  private readonly sums = new ChannelSums();
  private readonly msPerHalfLife: number;
  private readonly lookbackDays: number;

  constructor(options: ResolvedAttributionOptions) {
    this.msPerHalfLife = options.halfLifeDays * MS_PER_DAY;
    this.lookbackDays = options.lookbackDays;
  }

  add(journey: number, channel: number, touchedAt: number, convertedAt: number | null): void {
    if (convertedAt === null || !isEligible(touchedAt, convertedAt, this.lookbackDays)) return;
    const sums = this.sums;
    if (sums.first(journey) === 0) {
      sums.setReference(journey, touchedAt);
      sums.add(journey, channel, 1);
      return;
    }
    const latest = sums.reference(journey);
    if (touchedAt > latest) {
      sums.scale(journey, 2 ** ((latest - touchedAt) / this.msPerHalfLife));
      sums.setReference(journey, touchedAt);
      sums.add(journey, channel, 1);
    } else {
      sums.add(journey, channel, 2 ** ((touchedAt - latest) / this.msPerHalfLife));
    }
  }

  result(journeys: JourneyFacts, channels: readonly string[]): AttributionResult {
    const sums = this.sums;
    const { credits, total } = creditConvertedJourneys(journeys, sums, (credits, j, value) => {
      const first = sums.first(j);
      if (sums.next(first) === 0) {
        credits.add(sums.channel(first), value);
      } else {
        const sum = sums.total(j);
        for (let n = first; n !== 0; n = sums.next(n)) credits.add(sums.channel(n), (value * sums.amount(n)) / sum);
      }
    });
    return credits.toResult(this.model, channels, total);
  }
}
