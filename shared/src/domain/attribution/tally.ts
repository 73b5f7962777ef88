import { toAttributionResult } from './credit-sheet';
import { grownFloat64, grownUint8 } from './growable';
import { UNATTRIBUTED } from './types';
import type { AttributionModel, AttributionResult } from './types';

/**
 * What a journey's credit needs, once all its touches are in: whether it converted and its value.
 * Journeys are numbered 0, 1, 2, … in the order their first touchpoint came in.
 */
export interface JourneyFacts {
  readonly count: number;
  converted(journey: number): boolean;
  valueOf(journey: number): number;
}

/**
 * @internal One model's running state. Touches come in any order (a shuffled CRM export
 * scatters a journey's rows over the file); each model keeps only what its credit needs: weight
 * sums per channel for time decay, the earliest or latest touch for first and last touch, touch
 * counts for linear and U-shaped, and (because a chain needs the order) the touches themselves,
 * 16 bytes each, for Markov.
 *
 * A journey's conversion time is fixed by its first touchpoint (a different one is a conflict
 * that never reaches the tally), so eligibility is decided as each touch arrives.
 */
export interface TouchTally {
  readonly model: AttributionModel;
  /**
   * A touch of journey `journey` on channel number `channel`.
   * @param convertedAt - The journey's conversion (epoch ms), null when it did not convert.
   */
  add(journey: number, channel: number, touchedAt: number, convertedAt: number | null): void;
  /** The result once every touch is in; `channels[c]` is channel number c's name. */
  result(journeys: JourneyFacts, channels: readonly string[]): AttributionResult;
}

/**
 * @internal Credits by channel number, plus `(unattributed)`. Only channels that were credited
 * (even with 0) appear in the result, as with a Map of names.
 *
 * @example
 * const credits = new ChannelCredits();
 * credits.add(1, 30); credits.add(1, 20); credits.addUnattributed(50);
 * credits.toResult('linear', ['Email', 'Social'], 100)
 * //=> { model: 'linear', total: 100, channels: [
 * //     { channel: '(unattributed)', credit: 50, share: 0.5 }, { channel: 'Social', credit: 50, share: 0.5 } ] }
 */
export class ChannelCredits {
  private credit = new Float64Array(16);
  private credited = new Uint8Array(16);
  private unattributed = 0;
  private hasUnattributed = false;

  add(channel: number, amount: number): void {
    if (channel >= this.credit.length) {
      this.credit = grownFloat64(this.credit, channel + 1);
      this.credited = grownUint8(this.credited, channel + 1);
    }
    this.credit[channel] = (this.credit[channel] as number) + amount;
    this.credited[channel] = 1;
  }

  addUnattributed(amount: number): void {
    this.unattributed += amount;
    this.hasUnattributed = true;
  }

  toResult(model: AttributionModel, channels: readonly string[], total: number): AttributionResult {
    const byName = new Map<string, number>();
    if (this.hasUnattributed) byName.set(UNATTRIBUTED, this.unattributed);
    for (let c = 0; c < this.credit.length; c++) {
      if (this.credited[c] !== 1) continue;
      const name = channels[c] as string;
      // A data channel literally named "(unattributed)" adds to the same line, as it always has.
      byName.set(name, (byName.get(name) ?? 0) + (this.credit[c] as number));
    }
    return toAttributionResult(model, byName, total);
  }
}

/**
 * Credits every converted journey once: its value goes to "(unattributed)" when `sums` kept no touch
 * for it, else `share` splits it over the journey's channels. The one loop the linear, U-shaped and
 * time-decay tallies share; each model says only how a journey's value is split.
 * @example
 * // one converted journey (value 100) whose two touches were both Email (channel 0):
 * creditConvertedJourneys(journeys, sums, (credits, j, value) => credits.add(0, value)).total // 100
 */
export function creditConvertedJourneys(
  journeys: JourneyFacts,
  sums: { first(journey: number): number },
  share: (credits: ChannelCredits, journey: number, value: number) => void,
): { credits: ChannelCredits; total: number } {
  const credits = new ChannelCredits();
  let total = 0;
  for (let j = 0; j < journeys.count; j++) {
    if (!journeys.converted(j)) continue;
    const value = journeys.valueOf(j);
    total += value;
    if (sums.first(j) === 0) credits.addUnattributed(value);
    else share(credits, j, value);
  }
  return { credits, total };
}
