// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- CustomFunctions is an ambient global (no module to import); programs that reach this file by import only (tsconfig.ui.json) need the reference
/// <reference path="./custom-functions.d.ts" />
import {
  attributeOlsCs,
  AttributionStream,
  decayWeight,
  nextReviewDate,
  rateScore,
  scoreRisk,
  type AttributionResult,
} from '@gtm/shared';
import { toIsoDay, toLevel, toModel, toOptionalDays } from './arguments';
import { isoDateToSerial } from './excel-dates';
import { toExcelError } from './excel-errors';
import { dealsFromColumns, readDeals, readTouchpoints } from './ranges';

/**
 * Attributes converted value to channels.
 * @customfunction
 * @param touchpoints Touchpoints with the columns journey_id, channel, touched_at, converted_at and optionally value (a header row in any order, or the columns in that order). For the ols-cs model: deals with deal_id, amount, ols, ols_date, cs, cs_date.
 * @param [model] Attribution model: time-decay (default), first-touch, last-touch, linear, u-shaped, markov or ols-cs.
 * @param [half_life] Time-decay half-life in days; default 7.
 * @param [lookback] Only touches this many days before the conversion count; default all.
 * @returns A table: Channel, Credit, Share; one row per channel, highest credit first.
 */
export function attribute(
  touchpoints: any[][], // eslint-disable-line @typescript-eslint/no-explicit-any -- an Excel range
  model?: string,
  half_life?: number,
  lookback?: number,
  // any[][]: the metadata generator maps no union matrix; the cells are text and numbers.
): any[][] { // eslint-disable-line @typescript-eslint/no-explicit-any -- a spilled range
  try {
    const name = toModel(model);
    if (name === 'ols-cs') return toTable(attributeOlsCs(readDeals(touchpoints)));
    const options = {
      halfLifeDays: toOptionalDays(half_life, 'half_life'),
      lookbackDays: toOptionalDays(lookback, 'lookback'),
    };
    // The CLI's fast path: the rows are credited as they are read, no journey objects.
    const stream = new AttributionStream(name, options);
    readTouchpoints(touchpoints, stream);
    return toTable(stream.result());
  } catch (error) {
    throw excelError(error);
  }
}

/**
 * Splits each deal's amount half to its OLS source and half to its CS source.
 * @customfunction
 * @param ols The OLS (original lead source) column, one cell per deal.
 * @param cs The CS (conversion source) column, as long as ols.
 * @param amount The deal amounts, as long as ols.
 * @returns A table: Channel, Credit, Share; one row per source, highest credit first.
 */
export function olscs(
  ols: any[][], // eslint-disable-line @typescript-eslint/no-explicit-any -- an Excel range
  cs: any[][], // eslint-disable-line @typescript-eslint/no-explicit-any -- an Excel range
  amount: any[][], // eslint-disable-line @typescript-eslint/no-explicit-any -- an Excel range
): any[][] { // eslint-disable-line @typescript-eslint/no-explicit-any -- a spilled range: text and numbers
  try {
    return toTable(attributeOlsCs(dealsFromColumns(ols, cs, amount)));
  } catch (error) {
    throw excelError(error);
  }
}

/**
 * The time-decay weight of a touch: 2^(-days/half_life).
 * @customfunction
 * @param days Days between the touch and the conversion: one value or a range.
 * @param [half_life] Days for the weight to halve; default 7.
 * @returns The weight (1 at the conversion, 0.5 one half-life before), one per day value.
 */
export function decay(days: number | number[][], half_life?: number): number | number[][] {
  try {
    const h = toOptionalDays(half_life, 'half_life');
    const weigh = (d: unknown): number => {
      const n = toOptionalDays(d, 'days');
      return n === undefined ? decayWeight(0, h) : decayWeight(n, h);
    };
    return Array.isArray(days) ? days.map((row) => row.map(weigh)) : weigh(days);
  } catch (error) {
    throw excelError(error);
  }
}

/**
 * A risk's score: likelihood × impact.
 * @customfunction
 * @param likelihood Likelihood, a whole number from 1 (rare) to 5 (almost certain).
 * @param impact Impact, a whole number from 1 (insignificant) to 5 (severe).
 * @returns The score, from 1 to 25.
 */
export function riskscore(likelihood: number, impact: number): number {
  try {
    return scoreRisk({ likelihood: toLevel(likelihood, 'likelihood'), impact: toLevel(impact, 'impact') });
  } catch (error) {
    throw excelError(error);
  }
}

/**
 * A risk's rating: Low, Medium, High or Critical.
 * @customfunction
 * @param likelihood Likelihood, a whole number from 1 (rare) to 5 (almost certain).
 * @param impact Impact, a whole number from 1 (insignificant) to 5 (severe).
 * @returns Low (score 1-4), Medium (5-9), High (10-16) or Critical (20-25).
 */
export function riskrating(likelihood: number, impact: number): string {
  try {
    return rateScore(riskscore(likelihood, impact));
  } catch (error) {
    throw excelError(error);
  }
}

/**
 * The next GTM review: 21 days after the last one, moved to Monday when that is a weekend.
 * @customfunction
 * @param last_review_date The last review's date (an Excel date or ISO text such as 2026-03-06).
 * @returns The next review's date as an Excel date; format the cell as a date.
 */
export function nextreview(last_review_date: number | string): number {
  try {
    return isoDateToSerial(nextReviewDate(toIsoDay(last_review_date, 'last_review_date')));
  } catch (error) {
    throw excelError(error);
  }
}

/** The spilled table every attribution function returns. */
function toTable(result: AttributionResult): (string | number)[][] {
  return [['Channel', 'Credit', 'Share'], ...result.channels.map((c) => [c.channel, c.credit, c.share])];
}

/** The one place a thrown error becomes the error Excel shows. */
function excelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  const { code, message } = toExcelError(error);
  const errorCode = code === '#NUM!' ? CustomFunctions.ErrorCode.invalidNumber : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(errorCode, message);
}
