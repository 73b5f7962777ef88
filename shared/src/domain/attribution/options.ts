import { AttributionOptionsError } from './errors';
import type { AttributionOptions } from './types';

/** The half-life used when none is given, in days (DOMAIN.md §6). */
export const DEFAULT_HALF_LIFE_DAYS = 7;

/** Attribution options after validation, defaults filled in. */
export interface ResolvedAttributionOptions {
  halfLifeDays: number;
  /** Days; `Infinity` when no lookback was given (every touch before the conversion counts). */
  lookbackDays: number;
}

/**
 * Checks the options and fills in the defaults (half-life 7 days, no lookback). Every model calls
 * it, so a bad option fails the same way whichever model runs.
 *
 * @throws {AttributionOptionsError} when the half-life is not a finite number > 0 or the lookback
 *   is not a finite number ≥ 0.
 *
 * @example
 * resolveAttributionOptions({})
 * //=> { halfLifeDays: 7, lookbackDays: Infinity }
 * resolveAttributionOptions({ halfLifeDays: 14, lookbackDays: 30 })
 * //=> { halfLifeDays: 14, lookbackDays: 30 }
 * resolveAttributionOptions({ halfLifeDays: 0 })
 * // throws AttributionOptionsError: half-life must be a number of days greater than 0, got 0; ...
 */
export function resolveAttributionOptions(options: AttributionOptions = {}): ResolvedAttributionOptions {
  return {
    halfLifeDays: checkHalfLife(options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS),
    lookbackDays: checkLookback(options.lookbackDays),
  };
}

/**
 * @internal Throws unless `halfLifeDays` is a finite number > 0; returns it.
 *
 * @example
 * checkHalfLife(7) //=> 7
 * checkHalfLife(0) // throws AttributionOptionsError: half-life must be a number of days greater than 0, got 0; ...
 */
export function checkHalfLife(halfLifeDays: number): number {
  if (!Number.isFinite(halfLifeDays) || halfLifeDays <= 0) {
    throw new AttributionOptionsError(
      'halfLifeDays',
      halfLifeDays,
      `half-life must be a number of days greater than 0, got ${describe(halfLifeDays)}; ` +
        `use e.g. 7, or leave it out for the default of ${DEFAULT_HALF_LIFE_DAYS}`,
    );
  }
  return halfLifeDays;
}

function checkLookback(lookbackDays: number | undefined): number {
  if (lookbackDays === undefined) return Infinity;
  if (!Number.isFinite(lookbackDays) || lookbackDays < 0) {
    throw new AttributionOptionsError(
      'lookbackDays',
      lookbackDays,
      `lookback must be a number of days of 0 or more, got ${describe(lookbackDays)}; ` +
        'use e.g. 30, or leave it out to count every touch before the conversion',
    );
  }
  return lookbackDays;
}

/** Shows a bad option as the caller wrote it: 0, -1, NaN, Infinity, "7" (quoted when a string). */
function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
