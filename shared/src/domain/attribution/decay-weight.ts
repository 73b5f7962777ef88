import { checkHalfLife, DEFAULT_HALF_LIFE_DAYS } from './options';

/**
 * The time-decay weight of a touch `days` before its conversion: 2^(−days / halfLifeDays). A touch
 * one half-life before the conversion weighs half as much as one at the conversion.
 *
 * This is the bare formula (Excel's GTM.DECAY): it does not apply the attribution rule that touches
 * after the conversion (negative days) never count — the models drop those before weighing.
 *
 * @param days - Days between the touch and the conversion (fractions allowed).
 * @param halfLifeDays - Days for the weight to halve; default 7. Must be a finite number > 0.
 * @throws {AttributionOptionsError} when `halfLifeDays` is not a finite number > 0.
 *
 * @example
 * decayWeight(0)      //=> 1
 * decayWeight(7)      //=> 0.5
 * decayWeight(14)     //=> 0.25
 * decayWeight(14, 28) //=> 0.7071067811865476 (√½)
 */
export function decayWeight(days: number, halfLifeDays: number = DEFAULT_HALF_LIFE_DAYS): number {
  return 2 ** (-days / checkHalfLife(halfLifeDays));
}
