import type { AttributionModel, AttributionResult, ChannelCredit } from './types';

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
