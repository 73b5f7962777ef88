import { resolveAttributionOptions, type ResolvedAttributionOptions } from './options';
import { selectEligibleTouches } from './eligible-touches';
import { UNATTRIBUTED } from './types';
import type { AttributionModel, AttributionOptions, AttributionResult, ChannelCredit, Journey, Touch } from './types';

/**
 * @internal Channel → credit, accumulated in place (no per-touch objects). Insertion order does not
 * matter: {@link toAttributionResult} sorts.
 */
export type CreditSheet = Map<string, number>;

/**
 * @internal Adds `amount` to `channel`'s credit.
 *
 * @example
 * const credits: CreditSheet = new Map([['Email', 10]]);
 * addCredit(credits, 'Email', 5); // credits.get('Email') === 15
 */
export function addCredit(credits: CreditSheet, channel: string, amount: number): void {
  credits.set(channel, (credits.get(channel) ?? 0) + amount);
}

/**
 * @internal Splits one converted journey's value over its eligible touches (never empty, in time
 * order, ties in input order) by adding to `credits`.
 */
export type JourneySplit = (
  touches: Touch[],
  value: number,
  credits: CreditSheet,
  options: ResolvedAttributionOptions,
) => void;

/**
 * @internal The loop every per-journey model shares: journeys that did not convert give nothing;
 * a converted journey with no eligible touch gives its value to `(unattributed)`; the others are
 * split by `split`. The total is the sum of the converted journeys' values.
 *
 * @example
 * // Last touch in four lines:
 * attributeEachJourney('last-touch', journeys, {}, (touches, value, credits) =>
 *   addCredit(credits, touches[touches.length - 1]!.channel, value));
 */
export function attributeEachJourney(
  model: AttributionModel,
  journeys: Iterable<Journey>,
  options: AttributionOptions,
  split: JourneySplit,
): AttributionResult {
  const resolved = resolveAttributionOptions(options);
  const credits: CreditSheet = new Map();
  let total = 0;
  for (const journey of journeys) {
    if (journey.convertedAt === null) continue;
    total += journey.value;
    const touches = selectEligibleTouches(journey, resolved.lookbackDays);
    if (touches.length === 0) addCredit(credits, UNATTRIBUTED, journey.value);
    else split(touches, journey.value, credits, resolved);
  }
  return toAttributionResult(model, credits, total);
}

/**
 * Turns channel credits into a result: channels by credit descending, ties by channel name
 * ascending (plain code-unit order, the same in every locale); share = credit / total, 0 when the
 * total is 0.
 *
 * `total` is the value the credits split (the converted value or the deal amounts), passed in
 * rather than re-added from the credits so that a journey of value 100 reports exactly 100; the
 * credits add up to it within floating-point rounding (about 1e-15 of the total).
 *
 * @example
 * toAttributionResult('linear', new Map([['Email', 25], ['Social', 75]]), 100)
 * //=> { model: 'linear', total: 100, channels: [
 * //     { channel: 'Social', credit: 75, share: 0.75 },
 * //     { channel: 'Email', credit: 25, share: 0.25 } ] }
 */
export function toAttributionResult(
  model: AttributionModel,
  credits: ReadonlyMap<string, number>,
  total: number,
): AttributionResult {
  const channels: ChannelCredit[] = [];
  for (const [channel, credit] of credits) {
    channels.push({ channel, credit, share: total === 0 ? 0 : credit / total });
  }
  channels.sort(byCreditThenName);
  return { model, total, channels };
}

function byCreditThenName(a: ChannelCredit, b: ChannelCredit): number {
  if (a.credit !== b.credit) return b.credit - a.credit;
  return a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0;
}
