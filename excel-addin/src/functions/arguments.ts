import { ATTRIBUTION_MODELS, isAttributionModel, parseTimestamp, type AttributionModel } from '@gtm/shared';
import { isBlank, serialToIsoDate } from './excel-dates';
import { ExcelInputError } from './excel-errors';

/**
 * The model argument: omitted means `time-decay`; case and surrounding spaces do not matter.
 *
 * @throws {ExcelInputError} #VALUE! naming the valid models.
 *
 * @example
 * toModel(null)      //=> 'time-decay'
 * toModel(' Linear') //=> 'linear'
 */
export function toModel(value: unknown): AttributionModel {
  if (isBlank(value)) return 'time-decay';
  const name = String(value).trim().toLowerCase();
  if (isAttributionModel(name)) return name;
  throw new ExcelInputError(
    '#VALUE!',
    `unknown model ${JSON.stringify(String(value))}; use one of ${ATTRIBUTION_MODELS.join(', ')}`,
  );
}

/**
 * An optional number of days (half-life, lookback): undefined when omitted. The domain checks the
 * range (a half-life ≤ 0 is #NUM!); text is #VALUE!.
 *
 * @example
 * toOptionalDays(14, 'half_life')   //=> 14
 * toOptionalDays(null, 'half_life') //=> undefined
 */
export function toOptionalDays(value: unknown, name: string): number | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value !== 'number') {
    throw new ExcelInputError('#VALUE!', `${name} must be a number of days, got ${JSON.stringify(String(value))}`);
  }
  return value;
}

/**
 * A likelihood or impact level: a whole number from 1 to 5.
 *
 * @throws {ExcelInputError} #VALUE! for text or blank, #NUM! for a number off the scale.
 *
 * @example
 * toLevel(4, 'likelihood') //=> 4
 */
export function toLevel(value: unknown, name: string): number {
  if (typeof value !== 'number') {
    throw new ExcelInputError('#VALUE!', `${name} must be a whole number from 1 to 5, got ${describe(value)}`);
  }
  if (!Number.isInteger(value) || value < 1 || value > 5) {
    throw new ExcelInputError('#NUM!', `${name} must be a whole number from 1 to 5, got ${value}`);
  }
  return value;
}

/**
 * A calendar day `YYYY-MM-DD` from a cell: an Excel serial date (time of day dropped) or ISO text.
 *
 * @throws {ExcelInputError} #VALUE! when the cell holds no date.
 *
 * @example
 * toIsoDay(46082, 'last_review_date')        //=> '2026-03-01'
 * toIsoDay('2026-03-01', 'last_review_date') //=> '2026-03-01'
 */
export function toIsoDay(value: unknown, name: string): string {
  let day: string | undefined;
  if (typeof value === 'number') day = serialToIsoDate(value);
  else if (typeof value === 'string' && !Number.isNaN(parseTimestamp(value))) day = value.trim().slice(0, 10);
  if (day === undefined) {
    throw new ExcelInputError(
      '#VALUE!',
      `${name} is not a date (${describe(value)}); use an Excel date or ISO text such as 2026-03-01`,
    );
  }
  return day;
}

function describe(value: unknown): string {
  if (isBlank(value)) return 'an empty cell';
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
