import { grownFloat64, grownInt32 } from './growable';

/**
 * @internal Per journey, its earliest touch (`latest = false`; of equal times the first to come
 * in) or its latest (`latest = true`; of equal times the last to come in), as a channel number and
 * time: 12 bytes a journey, whatever the number of touches. Those are the first and last touches
 * of the journey sorted by time with ties in input order, which first touch, last touch and
 * U-shaped credit.
 *
 * @example
 * const first = new EndTouch(false);
 * first.offer(0, 2, 5 * 86_400_000); first.offer(0, 7, 1 * 86_400_000); first.offer(0, 4, 1 * 86_400_000);
 * first.channel(0) //=> 7 (day 1 came before the other day-1 touch)
 */
export class EndTouch {
  private at = new Float64Array(1024);
  /** Channel number + 1; 0 for a journey with no touch yet. */
  private channelPlusOne = new Int32Array(1024);

  constructor(private readonly latest: boolean) {}

  /** A touch of journey `journey`; kept when it is the earliest (latest) so far. */
  offer(journey: number, channel: number, touchedAt: number): void {
    if (journey >= this.at.length) {
      this.at = grownFloat64(this.at, journey + 1);
      this.channelPlusOne = grownInt32(this.channelPlusOne, journey + 1);
    }
    const none = this.channelPlusOne[journey] === 0;
    const at = this.at[journey] as number;
    if (none || (this.latest ? touchedAt >= at : touchedAt < at)) {
      this.at[journey] = touchedAt;
      this.channelPlusOne[journey] = channel + 1;
    }
  }

  /** The kept touch's channel number, −1 when journey `journey` has none. */
  channel(journey: number): number {
    return journey < this.at.length ? (this.channelPlusOne[journey] as number) - 1 : -1;
  }
}
