import { tallyFor } from './attribute';
import { JourneyConflictError } from './errors';
import { DEFAULT_JOURNEY_VALUE } from './journey-builder';
import { JourneyIds } from './journey-ids';
import { ChannelIndex, JourneyTable } from './journey-table';
import { resolveAttributionOptions } from './options';
import type { TouchTally } from './tally';
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
  private lastJourney = -1;

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
    const journeys = this.journeys;
    const ids = this.ids;
    // Grouped exports repeat the previous row's journey: compare with it before hashing.
    let j = this.lastJourney;
    if (j < 0 || !ids.equals(j, text, idStart, idEnd)) j = ids.find(text, idStart, idEnd);
    if (j < 0) {
      ids.insert(text, idStart, idEnd);
      j = journeys.push(convertedAt, value ?? DEFAULT_JOURNEY_VALUE, value !== undefined);
    } else {
      const known = journeys.convertedAt(j);
      if (known !== convertedAt) throw new JourneyConflictError(text.slice(idStart, idEnd), 'convertedAt', known, convertedAt);
      if (value !== undefined) {
        if (!journeys.stated(j)) {
          journeys.state(j, value);
        } else if (journeys.valueOf(j) !== value) {
          throw new JourneyConflictError(text.slice(idStart, idEnd), 'value', journeys.valueOf(j), value);
        }
      }
    }
    this.lastJourney = j;
    this.tally.add(j, this.channels.indexOf(channel), touchedAt, convertedAt);
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
