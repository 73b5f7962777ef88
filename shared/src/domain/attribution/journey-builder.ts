import { JourneyConflictError } from './errors';
import type { Journey, TouchpointInput } from './types';

/** A journey's value when none of its touchpoints states one. */
export const DEFAULT_JOURNEY_VALUE = 1;

/**
 * Groups touchpoints into journeys as they stream in (the CLI feeds up to 1,000,000 rows), one
 * `Map` lookup and one small object per row. Conflicts are checked on `add`, so the caller can
 * report the offending row: a journey has one conversion time (null vs a time conflicts too) and
 * at most one stated value (a row without a value states none and never conflicts).
 *
 * Journeys come out in the order their first touchpoint came in; touches keep input order.
 *
 * @example
 * const builder = new JourneyBuilder();
 * builder.add({ journeyId: 'j1', channel: 'Email', touchedAt: Date.UTC(2026, 2, 1), convertedAt: Date.UTC(2026, 2, 15) });
 * builder.add({ journeyId: 'j1', channel: 'Paid search', touchedAt: Date.UTC(2026, 2, 8), convertedAt: Date.UTC(2026, 2, 15), value: 100 });
 * builder.size        //=> 1
 * builder.journeys()  //=> [{ id: 'j1', convertedAt: 1773532800000, value: 100, touches: [Email, Paid search] }]
 * builder.add({ journeyId: 'j1', channel: 'Social', touchedAt: Date.UTC(2026, 2, 9), convertedAt: null });
 * // throws JourneyConflictError: journey "j1" has two conversion times, 2026-03-15T00:00:00.000Z and not converted; ...
 */
export class JourneyBuilder {
  private readonly byId = new Map<string, Journey>();
  /** Ids of the journeys whose value a touchpoint stated (the others hold the default of 1). */
  private readonly stated = new Set<string>();
  /** The journey the previous touchpoint went to. */
  private last: Journey | undefined;

  /**
   * Adds one touchpoint to its journey.
   *
   * @throws {JourneyConflictError} when the touchpoint's conversion time or stated value differs
   *   from its journey's; the journey is left unchanged.
   *
   * @example
   * builder.add({ journeyId: 'j1', channel: 'Email', touchedAt: 0, convertedAt: 86_400_000, value: 50 });
   */
  add(tp: TouchpointInput): void {
    // CRM exports usually keep a journey's rows together: reuse the last journey before the Map.
    const last = this.last;
    const journey = last !== undefined && last.id === tp.journeyId ? last : this.byId.get(tp.journeyId);
    if (journey === undefined) {
      const created: Journey = {
        id: tp.journeyId,
        convertedAt: tp.convertedAt,
        value: tp.value ?? DEFAULT_JOURNEY_VALUE,
        touches: [{ channel: tp.channel, touchedAt: tp.touchedAt }],
      };
      this.byId.set(tp.journeyId, created);
      this.last = created;
      if (tp.value !== undefined) this.stated.add(tp.journeyId);
      return;
    }
    if (journey.convertedAt !== tp.convertedAt) {
      throw new JourneyConflictError(tp.journeyId, 'convertedAt', journey.convertedAt, tp.convertedAt);
    }
    if (tp.value !== undefined) {
      if (this.stated.has(tp.journeyId)) {
        if (journey.value !== tp.value) throw new JourneyConflictError(tp.journeyId, 'value', journey.value, tp.value);
      } else {
        journey.value = tp.value;
        this.stated.add(tp.journeyId);
      }
    }
    journey.touches.push({ channel: tp.channel, touchedAt: tp.touchedAt });
    this.last = journey;
  }

  /**
   * The journeys so far, in the order their first touchpoint came in. The objects are the
   * builder's own: adding more touchpoints afterwards extends them.
   *
   * @example
   * builder.journeys().length //=> 1
   */
  journeys(): Journey[] {
    return Array.from(this.byId.values());
  }

  /**
   * How many journeys the builder holds.
   *
   * @example
   * new JourneyBuilder().size //=> 0
   */
  get size(): number {
    return this.byId.size;
  }
}

/**
 * Groups touchpoints into journeys (see {@link JourneyBuilder} for the rules).
 *
 * @throws {JourneyConflictError} at the first touchpoint that conflicts with its journey.
 *
 * @example
 * groupJourneys([
 *   { journeyId: 'a', channel: 'Email', touchedAt: 0, convertedAt: 86_400_000, value: 100 },
 *   { journeyId: 'b', channel: 'Social', touchedAt: 0, convertedAt: null },
 *   { journeyId: 'a', channel: 'Paid search', touchedAt: 3_600_000, convertedAt: 86_400_000 },
 * ])
 * //=> [
 * //   { id: 'a', convertedAt: 86400000, value: 100, touches: [Email @0, Paid search @3600000] },
 * //   { id: 'b', convertedAt: null, value: 1, touches: [Social @0] },
 * // ]
 */
export function groupJourneys(tps: Iterable<TouchpointInput>): Journey[] {
  const builder = new JourneyBuilder();
  for (const tp of tps) builder.add(tp);
  return builder.journeys();
}
