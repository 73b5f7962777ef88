import { MS_PER_DAY } from './eligible-touches';
import type { AttributionResult, Journey } from './types';

/**
 * Test fixtures shared by the model tests: journeys written in whole days, and credits as a plain
 * object so expectations read as `{ Email: 25, Social: 75 }`.
 */

/** A journey of `value` converting on `convertedDay` (null: did not convert), touched by [channel, day] pairs. */
export function journey(value: number, convertedDay: number | null, ...touches: Array<[string, number]>): Journey {
  return {
    id: `j${value}`,
    convertedAt: convertedDay === null ? null : convertedDay * MS_PER_DAY,
    value,
    touches: touches.map(([channel, d]) => ({ channel, touchedAt: d * MS_PER_DAY })),
  };
}

/** Channel → credit. */
export const credits = (result: AttributionResult): Record<string, number> =>
  Object.fromEntries(result.channels.map((c) => [c.channel, c.credit]));
