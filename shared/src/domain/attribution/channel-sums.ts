import { grownFloat64 } from './growable';

/**
 * @internal Per journey, a number per channel it touched (a weight sum, a touch count), held as
 * linked nodes in one flat buffer: 16 bytes per (journey, channel) pair, however many times the
 * channel touched the journey, and no object per journey. Each journey also has a `reference`
 * number its tally may use (time decay keeps its latest touch there). A journey's head and
 * reference sit side by side, and a node's channel, amount and link too, so a touch of a journey
 * read in random order costs two or three cache misses, not six. Node 0 is "none", so fresh
 * zeroed arrays mean "every journey empty".
 *
 * @example
 * const sums = new ChannelSums();
 * sums.add(0, 3, 0.5); sums.add(0, 3, 0.25); sums.add(0, 1, 1);
 * // journey 0: channel 1 → 1, channel 3 → 0.75 (newest channel first)
 * for (let n = sums.first(0); n !== 0; n = sums.next(n)) console.log(sums.channel(n), sums.amount(n));
 */
export class ChannelSums {
  /** Journey j: [2j] its first node, [2j + 1] its reference. */
  private journeys = new Float64Array(2048);
  /** Node n is bytes 16n … 16n + 15: amounts[2n] its amount, links[4n + 2] its channel, links[4n + 3] the next node. */
  private amounts = new Float64Array(2048);
  private links = new Int32Array(this.amounts.buffer);
  private nodeCount = 1;

  /** Adds `amount` to `channel`'s number in journey `journey`. */
  add(journey: number, channel: number, amount: number): void {
    if (2 * journey >= this.journeys.length) this.journeys = grownFloat64(this.journeys, 2 * journey + 2);
    const links = this.links;
    const head = this.journeys[2 * journey] as number;
    for (let n = head; n !== 0; n = links[4 * n + 3] as number) {
      if (links[4 * n + 2] === channel) {
        this.amounts[2 * n] = (this.amounts[2 * n] as number) + amount;
        return;
      }
    }
    const n = this.nodeCount++;
    if (2 * n >= this.amounts.length) {
      // Half again, not twice: the copy is the peak of a 10,000,000-row run's memory.
      const bigger = new Float64Array(Math.ceil((this.amounts.length * 3) / 4) * 2);
      bigger.set(this.amounts);
      this.amounts = bigger;
      this.links = new Int32Array(bigger.buffer);
    }
    this.amounts[2 * n] = amount;
    this.links[4 * n + 2] = channel;
    this.links[4 * n + 3] = head;
    this.journeys[2 * journey] = n;
  }

  /** Multiplies every number of journey `journey` by `factor`. */
  scale(journey: number, factor: number): void {
    for (let n = this.first(journey); n !== 0; n = this.links[4 * n + 3] as number) this.amounts[2 * n] = (this.amounts[2 * n] as number) * factor;
  }

  /** Journey `journey`'s first node, 0 when it has none. */
  first(journey: number): number {
    return 2 * journey < this.journeys.length ? (this.journeys[2 * journey] as number) : 0;
  }

  /** The node after `node`, 0 at the end. */
  next(node: number): number {
    return this.links[4 * node + 3] as number;
  }

  channel(node: number): number {
    return this.links[4 * node + 2] as number;
  }

  amount(node: number): number {
    return this.amounts[2 * node] as number;
  }

  /** The sum of journey `journey`'s numbers. */
  total(journey: number): number {
    let sum = 0;
    for (let n = this.first(journey); n !== 0; n = this.next(n)) sum += this.amount(n);
    return sum;
  }

  /** Journey `journey`'s reference number (0 until set). */
  reference(journey: number): number {
    return 2 * journey < this.journeys.length ? (this.journeys[2 * journey + 1] as number) : 0;
  }

  setReference(journey: number, value: number): void {
    if (2 * journey >= this.journeys.length) this.journeys = grownFloat64(this.journeys, 2 * journey + 2);
    this.journeys[2 * journey + 1] = value;
  }
}
