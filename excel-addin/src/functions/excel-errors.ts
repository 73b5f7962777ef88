import { AttributionOptionsError, JourneyConflictError } from '@gtm/shared';

/** The Excel error codes the GTM functions return. */
export type ExcelErrorCode = '#VALUE!' | '#NUM!';

/** What a cell shows for bad input: the code, and the message on hover. */
export interface ExcelError {
  code: ExcelErrorCode;
  message: string;
}

/** Bad input found while reading the arguments; its message is already phrased for the user. */
export class ExcelInputError extends Error {
  override readonly name = 'ExcelInputError';

  constructor(
    readonly code: ExcelErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The message for an error nobody expected: never a JavaScript exception text. */
export const UNEXPECTED_MESSAGE = 'the function could not compute a result from these arguments; check the input';

/**
 * Maps whatever a function threw to the Excel error a person sees.
 *
 * @example
 * toExcelError(new ExcelInputError('#VALUE!', 'row 7: touched_at is not a date'))
 * //=> { code: '#VALUE!', message: 'row 7: touched_at is not a date' }
 * toExcelError(new AttributionOptionsError('halfLifeDays', 0, 'half-life must be …'))
 * //=> { code: '#NUM!', message: 'half-life must be …' }
 */
export function toExcelError(error: unknown): ExcelError {
  if (error instanceof ExcelInputError) return { code: error.code, message: error.message };
  if (error instanceof AttributionOptionsError) {
    return { code: error.option === 'model' ? '#VALUE!' : '#NUM!', message: error.message };
  }
  if (error instanceof JourneyConflictError) return { code: '#VALUE!', message: error.message };
  return { code: '#VALUE!', message: UNEXPECTED_MESSAGE };
}

/**
 * Prefixes an error from one row of a range with the row's number (1-based, counting the header).
 *
 * @example
 * atRow(7, new ExcelInputError('#VALUE!', 'touched_at is not a date')).message //=> 'row 7: touched_at is not a date'
 */
export function atRow(row: number, error: unknown): ExcelInputError {
  const { code, message } = toExcelError(error);
  return new ExcelInputError(code, `row ${row}: ${message}`);
}
