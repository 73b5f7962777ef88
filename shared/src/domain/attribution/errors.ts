/**
 * The two ways attribution input can be wrong. Each error says what is wrong and how to fix it, and
 * carries the facts as fields so the CLI, Excel and the web parts can phrase it their own way.
 */

/** The option an {@link AttributionOptionsError} is about. */
export type AttributionOptionName = 'halfLifeDays' | 'lookbackDays' | 'model';

/** An attribution option (half-life, lookback, model name) that cannot be used. */
export class AttributionOptionsError extends Error {
  override readonly name = 'AttributionOptionsError';

  constructor(
    readonly option: AttributionOptionName,
    readonly value: unknown,
    message: string,
  ) {
    super(message);
  }
}

/** The journey field two touchpoints disagree on. */
export type JourneyConflictField = 'convertedAt' | 'value';

/** Two touchpoints of one journey state different conversion times or different values. */
export class JourneyConflictError extends Error {
  override readonly name = 'JourneyConflictError';

  constructor(
    readonly journeyId: string,
    readonly field: JourneyConflictField,
    /** The value the journey already had. */
    readonly first: number | null,
    /** The value of the offending touchpoint. */
    readonly second: number | null,
  ) {
    super(conflictMessage(journeyId, field, first, second));
  }
}

function conflictMessage(
  journeyId: string,
  field: JourneyConflictField,
  first: number | null,
  second: number | null,
): string {
  const id = JSON.stringify(journeyId);
  if (field === 'convertedAt') {
    return (
      `journey ${id} has two conversion times, ${describeConversion(first)} and ${describeConversion(second)}; ` +
      'give every touchpoint of a journey the same conversion time (or none when it did not convert)'
    );
  }
  return (
    `journey ${id} has two values, ${String(first)} and ${String(second)}; ` +
    'give every touchpoint of a journey the same value (or leave it empty on all but one)'
  );
}

/** ISO time for a conversion, "not converted" for null; never throws on an out-of-range number. */
function describeConversion(at: number | null): string {
  if (at === null) return 'not converted';
  // toISOString throws outside ±8.64e15 ms (and on NaN), and an error message must not throw.
  return Number.isFinite(at) && Math.abs(at) <= 8.64e15 ? new Date(at).toISOString() : String(at);
}
