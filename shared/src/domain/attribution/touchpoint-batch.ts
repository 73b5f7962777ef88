/** How many rows a {@link TouchpointBatch} holds: its arrays (about 40 KB) stay in the CPU's caches. */
export const TOUCHPOINT_BATCH_ROWS = 1024;

/**
 * Touchpoints a reader has parsed and not yet handed to {@link AttributionStream.addBatch}, in
 * flat arrays: the stream then works through them a step at a time (find every row's journey,
 * then check every row against its journey, then tally every row). In rows read in random order
 * each step's memory reads are cache misses, and a loop whose iterations do not wait for each
 * other lets the CPU have several of them under way at once, where one row at a time waits for
 * each in turn.
 *
 * A journey id is `text.slice(idStart, idEnd)` of the text the row came in (a CSV chunk), kept by
 * reference: the batch makes no string.
 *
 * @example
 * const batch = new TouchpointBatch();
 * batch.push('j1,Email,…', 0, 2, 'Email', Date.UTC(2026, 2, 1), null, undefined); // true: room for more
 * batch.size //=> 1
 */
export class TouchpointBatch {
  size = 0;
  readonly texts: string[] = new Array<string>(TOUCHPOINT_BATCH_ROWS).fill('');
  readonly idStarts = new Int32Array(TOUCHPOINT_BATCH_ROWS);
  readonly idEnds = new Int32Array(TOUCHPOINT_BATCH_ROWS);
  readonly channels: string[] = new Array<string>(TOUCHPOINT_BATCH_ROWS).fill('');
  readonly touchedAt = new Float64Array(TOUCHPOINT_BATCH_ROWS);
  /** NaN: the journey did not convert. */
  readonly convertedAt = new Float64Array(TOUCHPOINT_BATCH_ROWS);
  /** NaN: the row states no value. */
  readonly values = new Float64Array(TOUCHPOINT_BATCH_ROWS);

  /**
   * Adds a row (the arguments of {@link AttributionStream.addAt}); returns false when the batch
   * is full after it, and must be handed over before the next push.
   */
  push(
    text: string,
    idStart: number,
    idEnd: number,
    channel: string,
    touchedAt: number,
    convertedAt: number | null,
    value: number | undefined,
  ): boolean {
    const i = this.size++;
    this.texts[i] = text;
    this.idStarts[i] = idStart;
    this.idEnds[i] = idEnd;
    this.channels[i] = channel;
    this.touchedAt[i] = touchedAt;
    this.convertedAt[i] = convertedAt ?? NaN;
    this.values[i] = value ?? NaN;
    return this.size < TOUCHPOINT_BATCH_ROWS;
  }
}
