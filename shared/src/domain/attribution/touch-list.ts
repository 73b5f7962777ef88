import { grownFloat64, grownInt32 } from './growable';

/**
 * @internal Per journey, its touches (channel number and time) as linked nodes in flat arrays:
 * 16 bytes a touch instead of an object and an array slot. For the one model that needs every
 * touch in order (Markov's paths). `gather` hands a journey's touches back in input order.
 *
 * @example
 * const list = new TouchList();
 * list.add(0, 5, 200); list.add(1, 2, 50); list.add(0, 3, 100);
 * const channels = new Int32Array(4), times = new Float64Array(4);
 * list.gather(0, channels, times) //=> 2; channels [5, 3, …], times [200, 100, …]
 */
export class TouchList {
  private head = new Int32Array(1024);
  private counts = new Int32Array(1024);
  private channels = new Int32Array(1024);
  private times = new Float64Array(1024);
  private nexts = new Int32Array(1024);
  /** Node 0 is "none". */
  private nodes = 1;

  add(journey: number, channel: number, touchedAt: number): void {
    if (journey >= this.head.length) {
      this.head = grownInt32(this.head, journey + 1);
      this.counts = grownInt32(this.counts, journey + 1);
    }
    const n = this.nodes++;
    if (n === this.channels.length) {
      this.channels = grownInt32(this.channels, n + 1);
      this.times = grownFloat64(this.times, n + 1);
      this.nexts = grownInt32(this.nexts, n + 1);
    }
    this.channels[n] = channel;
    this.times[n] = touchedAt;
    this.nexts[n] = this.head[journey] as number;
    this.head[journey] = n;
    this.counts[journey] = (this.counts[journey] as number) + 1;
  }

  /** How many touches journey `journey` has. */
  count(journey: number): number {
    return journey < this.counts.length ? (this.counts[journey] as number) : 0;
  }

  /**
   * Copies journey `journey`'s touches, in input order, into the start of `channels` and `times`
   * (each at least {@link count} long); returns how many.
   */
  gather(journey: number, channels: Int32Array, times: Float64Array): number {
    const count = this.count(journey);
    let i = count;
    // The list runs newest first: fill from the end.
    for (let n = count === 0 ? 0 : (this.head[journey] as number); n !== 0; n = this.nexts[n] as number) {
      i--;
      channels[i] = this.channels[n] as number;
      times[i] = this.times[n] as number;
    }
    return count;
  }
}
