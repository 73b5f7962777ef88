import { isEligible } from './eligible-touches';
import { grownFloat64, grownInt32 } from './growable';
import { solveLinearSystem } from './linear-system';
import { resolveAttributionOptions, type ResolvedAttributionOptions } from './options';
import { ChannelCredits, type JourneyFacts, type TouchTally } from './tally';
import { tallyJourneys } from './tally-journeys';
import { TouchList } from './touch-list';
import type { AttributionOptions, AttributionResult, Journey } from './types';

/** Path terminators in the flattened path list (channel indices are ≥ 0). */
const TO_CONVERSION = -1;
const TO_NULL = -2;

/**
 * Data-driven attribution by a first-order Markov chain and removal effects.
 *
 * The chain: every journey is a path start → its channels in time order → `conversion` or `null`.
 * A converted journey walks its eligible touches (same rule as every model: after the conversion
 * or beyond the lookback never count) and ends in `conversion`; a journey that did not convert
 * walks all its touches (it has no conversion to look back from) and ends in `null`. Transition
 * probabilities are the counts of each transition divided by the counts leaving its state; every
 * occurrence of a transition counts 1, whatever the journey's value.
 *
 * A repeated channel (Email → Email) is kept as a self-loop transition. A self-loop only delays
 * leaving its state, so it changes no conversion probability: the credit is the same with or
 * without it.
 *
 * P(conv) is the probability of absorbing in `conversion` from start, solved exactly from the
 * absorbing chain, (I − Q)·x = r (Q: transient-to-transient probabilities, r: probability of
 * converting next), by Gaussian elimination with partial pivoting — no simulation. Removing
 * channel c sends every transition into c to `null`; RE(c) = 1 − P(conv | c removed) / P(conv).
 * Each channel's credit is V × RE(c) / ΣRE, where V is the total value of the converted journeys
 * with an eligible touch; a converted journey with none gives its value to `(unattributed)` and
 * is left out of the chain (it has no path). A channel from which conversion is unreachable has
 * RE 0 and is left out of the result.
 *
 * Cost: one (C+1)×(C+1) solve per channel that can lead to a conversion, O(C⁴) in all for C
 * channels — milliseconds for tens of channels, about a second for a few hundred.
 *
 * @throws {AttributionOptionsError} when the options are invalid.
 *
 * @example
 * // A → conversion (value 50), A → B → conversion (value 50), B → null (did not convert):
 * // P(conv) = 2/3; removing A leaves 1/6, RE(A) = 3/4; removing B leaves 1/3, RE(B) = 1/2;
 * // A gets 100 × (3/4)/(5/4) = 60 and B gets 100 × (1/2)/(5/4) = 40.
 * const day = 86_400_000;
 * attributeMarkov([
 *   { id: 'j1', convertedAt: 9 * day, value: 50, touches: [{ channel: 'A', touchedAt: 1 * day }] },
 *   { id: 'j2', convertedAt: 9 * day, value: 50, touches: [
 *     { channel: 'A', touchedAt: 1 * day }, { channel: 'B', touchedAt: 2 * day }] },
 *   { id: 'j3', convertedAt: null, value: 1, touches: [{ channel: 'B', touchedAt: 1 * day }] },
 * ])
 * //=> { model: 'markov', total: 100, channels: [
 * //     { channel: 'A', credit: 60, share: 0.6 }, { channel: 'B', credit: 40, share: 0.4 } ] }
 */
export function attributeMarkov(journeys: Iterable<Journey>, options: AttributionOptions = {}): AttributionResult {
  return tallyJourneys(new MarkovTally(resolveAttributionOptions(options)), journeys);
}

/**
 * @internal Markov as touches stream in. A chain needs each journey's touches in time order, so
 * this is the one tally that keeps the touches, 16 bytes each ({@link TouchList}): every touch of
 * a journey that did not convert, the eligible ones of a journey that did. The paths are built at
 * the end, journey by journey in input order, with channels numbered in the order the paths first
 * reach them, exactly as when the journeys were objects.
 *
 * @example
 * // The example of attributeMarkov, as touches: A → conversion, A → B → conversion, B → null.
 * const day = 86_400_000;
 * const tally = new MarkovTally({ halfLifeDays: 7, lookbackDays: Infinity });
 * tally.add(0, 0, 1 * day, 9 * day); tally.add(1, 0, 1 * day, 9 * day); tally.add(1, 1, 2 * day, 9 * day);
 * tally.add(2, 1, 1 * day, null);
 * // tally.result(values 50, 50 and not converted, ['A', 'B']) → A 60, B 40
 */
export class MarkovTally implements TouchTally {
  readonly model = 'markov';
  private readonly touches = new TouchList();
  private readonly lookbackDays: number;

  constructor(options: ResolvedAttributionOptions) {
    this.lookbackDays = options.lookbackDays;
  }

  add(journey: number, channel: number, touchedAt: number, convertedAt: number | null): void {
    if (convertedAt === null || isEligible(touchedAt, convertedAt, this.lookbackDays)) this.touches.add(journey, channel, touchedAt);
  }

  result(journeys: JourneyFacts, channels: readonly string[]): AttributionResult {
    const credits = new ChannelCredits();
    const { paths, length, channelOf, chainValue, total } = this.paths(journeys, channels.length, credits);
    if (length > 0) {
      const removalEffects = removalEffectsOf(paths, length, channelOf.length);
      let sum = 0;
      for (const re of removalEffects) sum += re;
      if (sum > 0) {
        removalEffects.forEach((re, c) => {
          if (re > 0) credits.add(channelOf[c] as number, (chainValue * re) / sum);
        });
      } else if (chainValue !== 0) {
        // Cannot happen (every converting path passes a channel); kept so no value is ever lost.
        credits.addUnattributed(chainValue);
      }
    }
    return credits.toResult(this.model, channels, total);
  }

  /**
   * Every path flattened into one list of chain channel numbers, each path closed by
   * TO_CONVERSION or TO_NULL; `channelOf[k]` is chain channel k's number among all channels.
   * Converted journeys without an eligible touch go to `(unattributed)` on the way.
   */
  private paths(
    journeys: JourneyFacts,
    channelCount: number,
    credits: ChannelCredits,
  ): { paths: Int32Array; length: number; channelOf: number[]; chainValue: number; total: number } {
    const chainIndex = new Int32Array(channelCount).fill(-1);
    const channelOf: number[] = [];
    let paths = new Int32Array(1024);
    let length = 0;
    let total = 0;
    let chainValue = 0;
    let channels = new Int32Array(16);
    let times = new Float64Array(16);
    for (let j = 0; j < journeys.count; j++) {
      const count = this.touches.count(j);
      if (journeys.converted(j)) {
        const value = journeys.valueOf(j);
        total += value;
        if (count === 0) {
          credits.addUnattributed(value);
          continue;
        }
        chainValue += value;
      }
      if (count === 0) continue;
      if (count > channels.length) {
        channels = grownInt32(channels, count);
        times = grownFloat64(times, count);
      }
      this.touches.gather(j, channels, times);
      const order = timeOrder(times, count);
      paths = grownInt32(paths, length + count + 1);
      for (let i = 0; i < count; i++) {
        const channel = channels[order === undefined ? i : (order[i] as number)] as number;
        let index = chainIndex[channel] as number;
        if (index < 0) {
          index = channelOf.length;
          chainIndex[channel] = index;
          channelOf.push(channel);
        }
        paths[length++] = index;
      }
      paths[length++] = journeys.converted(j) ? TO_CONVERSION : TO_NULL;
    }
    return { paths, length, channelOf, chainValue, total };
  }
}

/**
 * The positions of the first `count` times sorted by time, ties in input order; undefined when
 * they already are in order (the common case). Array.prototype.sort is stable (ES2019).
 */
function timeOrder(times: Float64Array, count: number): number[] | undefined {
  let previous = -Infinity;
  for (let i = 0; i < count; i++) {
    const t = times[i] as number;
    if (t < previous) {
      const order = Array.from({ length: count }, (_, k) => k);
      return order.sort((a, b) => (times[a] as number) - (times[b] as number));
    }
    previous = t;
  }
  return undefined;
}

/**
 * The removal effect of each of `channelCount` channels, from the flattened paths. Transient
 * states: 0 is start, c + 1 is channel c.
 */
function removalEffectsOf(paths: Int32Array, length: number, channelCount: number): Float64Array {
  const n = channelCount + 1;
  const counts = new Float64Array(n * n);
  const conversions = new Float64Array(n);
  const leaving = new Float64Array(n);
  let from = 0;
  for (let p = 0; p < length; p++) {
    const step = paths[p] as number;
    leaving[from] = (leaving[from] as number) + 1;
    if (step >= 0) {
      const to = step + 1;
      counts[from * n + to] = (counts[from * n + to] as number) + 1;
      from = to;
    } else {
      if (step === TO_CONVERSION) conversions[from] = (conversions[from] as number) + 1;
      from = 0;
    }
  }

  // A = I − Q and r, row by row. Every state on a path has a transition out, so `leaving` > 0.
  const a = new Float64Array(n * n);
  const r = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const out = leaving[i] as number;
    for (let j = 0; j < n; j++) a[i * n + j] = (i === j ? 1 : 0) - (counts[i * n + j] as number) / out;
    r[i] = (conversions[i] as number) / out;
  }

  const effects = new Float64Array(channelCount);
  const pConv = solveLinearSystem(a, r)[0] as number;
  if (!(pConv > 0)) return effects;
  const canConvert = statesThatCanConvert(counts, conversions, n);
  const removed = new Float64Array(n * n);
  for (let c = 0; c < channelCount; c++) {
    const s = c + 1;
    // A channel that cannot lead to a conversion has removal effect 0 exactly; skip its solve.
    if (!canConvert[s]) continue;
    // Removing s: every transition into s goes to null, i.e. Q's column s becomes 0.
    removed.set(a);
    for (let i = 0; i < n; i++) removed[i * n + s] = i === s ? 1 : 0;
    const pWithout = solveLinearSystem(removed, r)[0] as number;
    // max(0, …): removing a state can only lower P(conv); this drops a rounding-sized negative.
    effects[c] = Math.max(0, 1 - pWithout / pConv);
  }
  return effects;
}

/** Which transient states have a path to `conversion` (backward search over observed transitions). */
function statesThatCanConvert(counts: Float64Array, conversions: Float64Array, n: number): boolean[] {
  const can: boolean[] = new Array<boolean>(n).fill(false);
  const queue: number[] = [];
  for (let i = 0; i < n; i++) {
    if ((conversions[i] as number) > 0) {
      can[i] = true;
      queue.push(i);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const to = queue[head] as number;
    for (let from = 0; from < n; from++) {
      if (!can[from] && (counts[from * n + to] as number) > 0) {
        can[from] = true;
        queue.push(from);
      }
    }
  }
  return can;
}
