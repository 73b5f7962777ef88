import { tallyFor } from './attribute';
import { JourneyConflictError, type JourneyConflictField } from './errors';
import { DEFAULT_JOURNEY_VALUE } from './journey-builder';
import { JourneyIds } from './journey-ids';
import { ChannelIndex, JourneyTable } from './journey-table';
import { resolveAttributionOptions } from './options';
import type { TouchTally } from './tally';
import { TOUCHPOINT_BATCH_ROWS, type TouchpointBatch } from './touchpoint-batch';
import type { AttributionOptions, AttributionResult, JourneyModel } from './types';

/**
 * Where a reader (an Excel range, a list) puts touchpoints, one at a time: an
 * {@link AttributionStream}, or an adapter onto a {@link JourneyBuilder}.
 */
export interface TouchpointSink {
  /**
   * @param convertedAt - Epoch ms, null when the journey did not convert.
   * @param value - The conversion's value; undefined when the row states none.
   * @throws {JourneyConflictError} when the conversion time or stated value differs from the journey's.
   */
  add(journeyId: string, channel: string, touchedAt: number, convertedAt: number | null, value: number | undefined): void;
}

/** A row's disagreement with its journey, before it becomes a {@link JourneyConflictError}. */
interface Conflict {
  field: JourneyConflictField;
  first: number | null;
  second: number | null;
}

/** {@link AttributionStream.addBatch}: a row refused as a conflict. */
const REFUSED = -0x80000000;

/**
 * Attributes touchpoints as they stream in, in any order, without holding them: the fast path
 * the CLI and Excel share. Per journey it keeps its id (in {@link JourneyIds}: about 30 bytes for
 * an 8-character id), its conversion and value (17 bytes), and what the model's credit needs (see
 * {@link TouchTally}): memory grows with journeys, not touches (except Markov, whose paths need
 * the order: 16 bytes a touch). The rules are {@link JourneyBuilder}'s — one conversion time per
 * journey, at most one stated value, a journey's value 1 when none is stated — and the numbers
 * are {@link attribute}'s.
 *
 * @throws {AttributionOptionsError} from the constructor when the options or the model are invalid.
 *
 * @example
 * const at = (day: number) => Date.UTC(2026, 2, day);
 * const stream = new AttributionStream('time-decay');
 * stream.add('j1', 'Paid search', at(8), at(15), 100); // rows in any order
 * stream.add('j2', 'Social', at(3), null, undefined);   // did not convert
 * stream.add('j1', 'Email', at(1), at(15), undefined);  // no value stated: keeps 100
 * stream.result()
 * //=> { model: 'time-decay', total: 100, channels: [
 * //     { channel: 'Paid search', credit: 66.666…, share: 0.666… },
 * //     { channel: 'Email', credit: 33.333…, share: 0.333… } ] }
 * stream.add('j1', 'Social', at(9), null, undefined);
 * // throws JourneyConflictError: journey "j1" has two conversion times, 2026-03-15T00:00:00.000Z and not converted; ...
 */
export class AttributionStream implements TouchpointSink {
  private readonly tally: TouchTally;
  private readonly ids = new JourneyIds();
  private readonly journeys = new JourneyTable();
  private readonly channels = new ChannelIndex();
  /** The previous row's journey, and its id as `lastText.slice(lastStart, lastEnd)`. */
  private lastJourney = -1;
  private lastText = '';
  private lastStart = 0;
  private lastEnd = 0;
  /** {@link addBatch}'s journey of each row. */
  private readonly rowJourneys = new Int32Array(TOUCHPOINT_BATCH_ROWS);

  constructor(model: JourneyModel, options: AttributionOptions = {}) {
    this.tally = tallyFor(model, resolveAttributionOptions(options));
  }

  /**
   * Adds one touchpoint. A conflicting one is refused whole: its journey is left as it was.
   *
   * @throws {JourneyConflictError} when its conversion time or stated value differs from its journey's.
   */
  add(journeyId: string, channel: string, touchedAt: number, convertedAt: number | null, value: number | undefined): void {
    this.addAt(journeyId, 0, journeyId.length, channel, touchedAt, convertedAt, value);
  }

  /**
   * {@link add} with the journey id given as `text.slice(idStart, idEnd)` (a field of a CSV
   * chunk), so a row makes no string for it.
   *
   * @throws {JourneyConflictError} when its conversion time or stated value differs from its journey's.
   *
   * @example
   * stream.addAt('j1,Email,2026-03-01Z', 0, 2, 'Email', Date.UTC(2026, 2, 1), null, undefined); // journey "j1"
   */
  addAt(
    text: string,
    idStart: number,
    idEnd: number,
    channel: string,
    touchedAt: number,
    convertedAt: number | null,
    value: number | undefined,
  ): void {
    const j = this.journeyOf(text, idStart, idEnd, convertedAt, value);
    if (j < 0) {
      this.check(~j, text, idStart, idEnd, convertedAt, value);
      this.tally.add(~j, this.channels.indexOf(channel), touchedAt, convertedAt);
    } else {
      this.tally.add(j, this.channels.indexOf(channel), touchedAt, convertedAt);
    }
  }

  /**
   * {@link addAt} for every row of `batch`, which it empties; the same journeys, checks and
   * credits as adding the rows one by one, in their order. A conflicting row is refused whole and
   * handed to `onConflict` (in row order, once the batch is in: the stream is whole if it throws).
   *
   * The rows go through in three loops — find each row's journey, check each against its journey,
   * tally each — so that in rows read in random order the cache misses of neighbouring rows
   * overlap instead of queueing (see {@link TouchpointBatch}).
   *
   * @example
   * const batch = new TouchpointBatch();
   * batch.push('j1', 0, 2, 'Email', at(1), at(15), 100);
   * batch.push('j1', 0, 2, 'Social', at(2), at(16), undefined);
   * stream.addBatch(batch, (row, error) => console.log(row, error.field)); // logs 1 convertedAt
   */
  addBatch(batch: TouchpointBatch, onConflict: (row: number, error: JourneyConflictError) => void): void {
    const n = batch.size;
    const { texts, idStarts, idEnds, channels, touchedAt, convertedAt, values } = batch;
    const rowJourneys = this.rowJourneys;
    for (let i = 0; i < n; i++) {
      const value = values[i] as number;
      const converted = convertedAt[i] as number;
      rowJourneys[i] = this.journeyOf(
        texts[i] as string,
        idStarts[i] as number,
        idEnds[i] as number,
        Number.isNaN(converted) ? null : converted,
        Number.isNaN(value) ? undefined : value,
      );
    }
    let conflicts: [number, JourneyConflictError][] | undefined;
    for (let i = 0; i < n; i++) {
      const j = rowJourneys[i] as number;
      if (j >= 0) continue; // the row that added its journey agrees with it
      const value = values[i] as number;
      const converted = convertedAt[i] as number;
      const error = this.conflict(~j, Number.isNaN(converted) ? null : converted, Number.isNaN(value) ? undefined : value);
      if (error === undefined) {
        rowJourneys[i] = ~j;
      } else {
        rowJourneys[i] = REFUSED;
        (conflicts ??= []).push([i, new JourneyConflictError(this.ids.id(~j), error.field, error.first, error.second)]);
      }
    }
    const tally = this.tally;
    const channelIndex = this.channels;
    for (let i = 0; i < n; i++) {
      const j = rowJourneys[i] as number;
      if (j === REFUSED) continue;
      const converted = convertedAt[i] as number;
      tally.add(j, channelIndex.indexOf(channels[i] as string), touchedAt[i] as number, Number.isNaN(converted) ? null : converted);
    }
    batch.size = 0;
    if (conflicts !== undefined) for (const [row, error] of conflicts) onConflict(row, error);
  }

  /**
   * The number of the journey `text.slice(idStart, idEnd)`, adding it with this conversion and
   * value when it is new (the number as it is then), or ~number when it was known (its row still
   * to be checked against it).
   */
  private journeyOf(text: string, idStart: number, idEnd: number, convertedAt: number | null, value: number | undefined): number {
    const ids = this.ids;
    // Grouped exports repeat the previous row's journey: compare with its id's text (at hand in
    // the cache, where the journey's stored id is a cache miss in random order) before hashing.
    let j = this.lastJourney;
    if (j < 0 || !sameText(this.lastText, this.lastStart, this.lastEnd, text, idStart, idEnd)) j = ids.find(text, idStart, idEnd);
    this.lastText = text;
    this.lastStart = idStart;
    this.lastEnd = idEnd;
    if (j < 0) {
      ids.insert(text, idStart, idEnd);
      j = this.journeys.push(convertedAt, value ?? DEFAULT_JOURNEY_VALUE, value !== undefined);
      this.lastJourney = j;
      return j;
    }
    this.lastJourney = j;
    return ~j;
  }

  /** Throws the conflict of a row with known journey `j`, or takes the value it states. */
  private check(j: number, text: string, idStart: number, idEnd: number, convertedAt: number | null, value: number | undefined): void {
    const error = this.conflict(j, convertedAt, value);
    if (error !== undefined) throw new JourneyConflictError(text.slice(idStart, idEnd), error.field, error.first, error.second);
  }

  /**
   * What a row of known journey `j` disagrees on (undefined when nothing; then a value it is
   * the first to state becomes the journey's).
   */
  private conflict(j: number, convertedAt: number | null, value: number | undefined): Conflict | undefined {
    const journeys = this.journeys;
    const known = journeys.convertedAt(j);
    if (known !== convertedAt) return { field: 'convertedAt', first: known, second: convertedAt };
    if (value !== undefined) {
      if (!journeys.stated(j)) journeys.state(j, value);
      else if (journeys.valueOf(j) !== value) return { field: 'value', first: journeys.valueOf(j), second: value };
    }
    return undefined;
  }

  /**
   * How many journeys so far.
   *
   * @example
   * new AttributionStream('linear').size //=> 0
   */
  get size(): number {
    return this.journeys.count;
  }

  /**
   * The credits of every touchpoint added so far.
   *
   * @example
   * stream.result().total //=> 100
   */
  result(): AttributionResult {
    return this.tally.result(this.journeys, this.channels.names);
  }
}

/** Whether `a.slice(aStart, aEnd)` and `b.slice(bStart, bEnd)` are the same text. */
function sameText(a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let i = aStart, k = bStart; i < aEnd; i++, k++) if (a.charCodeAt(i) !== b.charCodeAt(k)) return false;
  return true;
}
