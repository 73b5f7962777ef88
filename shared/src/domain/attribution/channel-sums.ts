import { grownFloat64, grownInt32 } from './growable';

/**
 * @internal Per journey, a number per channel it touched (a weight sum, a touch count), held as
 * linked nodes in flat arrays: 16 bytes per (journey, channel) pair, however many times the
 * channel touched the journey, and no object per journey. Node 0 is "none", so fresh zeroed
 * arrays mean "every journey empty".
 *
 * @example
 * const sums = new ChannelSums();
 * sums.add(0, 3, 0.5); sums.add(0, 3, 0.25); sums.add(0, 1, 1);
 * // journey 0: channel 1 → 1, channel 3 → 0.75 (newest channel first)
 * for (let n = sums.first(0); n !== 0; n = sums.next(n)) console.log(sums.channel(n), sums.amount(n));
 */
export class ChannelSums {
  private head = new Int32Array(1024);
  private channels = new Int32Array(1024);
  private amounts = new Float64Array(1024);
  private nexts = new Int32Array(1024);
  private nodes = 1;

  /** Adds `amount` to `channel`'s number in journey `journey`. */
  add(journey: number, channel: number, amount: number): void {
    if (journey >= this.head.length) this.head = grownInt32(this.head, journey + 1);
    for (let n = this.head[journey] as number; n !== 0; n = this.nexts[n] as number) {
      if (this.channels[n] === channel) {
        this.amounts[n] = (this.amounts[n] as number) + amount;
        return;
      }
    }
    const n = this.nodes++;
    if (n === this.channels.length) {
      this.channels = grownInt32(this.channels, n + 1);
      this.amounts = grownFloat64(this.amounts, n + 1);
      this.nexts = grownInt32(this.nexts, n + 1);
    }
    this.channels[n] = channel;
    this.amounts[n] = amount;
    this.nexts[n] = this.head[journey] as number;
    this.head[journey] = n;
  }

  /** Multiplies every number of journey `journey` by `factor`. */
  scale(journey: number, factor: number): void {
    for (let n = this.first(journey); n !== 0; n = this.nexts[n] as number) this.amounts[n] = (this.amounts[n] as number) * factor;
  }

  /** Journey `journey`'s first node, 0 when it has none. */
  first(journey: number): number {
    return journey < this.head.length ? (this.head[journey] as number) : 0;
  }

  /** The node after `node`, 0 at the end. */
  next(node: number): number {
    return this.nexts[node] as number;
  }

  channel(node: number): number {
    return this.channels[node] as number;
  }

  amount(node: number): number {
    return this.amounts[node] as number;
  }

  /** The sum of journey `journey`'s numbers. */
  total(journey: number): number {
    let sum = 0;
    for (let n = this.first(journey); n !== 0; n = this.nexts[n] as number) sum += this.amounts[n] as number;
    return sum;
  }
}
