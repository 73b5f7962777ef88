import { AttributionOptionsError, JourneyConflictError } from '@gtm/shared';
import { atRow, ExcelInputError, toExcelError, UNEXPECTED_MESSAGE } from './excel-errors';

describe('toExcelError', () => {
  it('keeps the code and message of an input error', () => {
    expect(toExcelError(new ExcelInputError('#NUM!', 'likelihood must be …'))).toEqual({
      code: '#NUM!',
      message: 'likelihood must be …',
    });
  });

  it('a bad half-life or lookback is #NUM!, a bad model #VALUE!', () => {
    expect(toExcelError(new AttributionOptionsError('halfLifeDays', 0, 'half-life …')).code).toBe('#NUM!');
    expect(toExcelError(new AttributionOptionsError('lookbackDays', -1, 'lookback …')).code).toBe('#NUM!');
    expect(toExcelError(new AttributionOptionsError('model', 'x', 'unknown …')).code).toBe('#VALUE!');
  });

  it('a journey conflict is #VALUE! with the domain message', () => {
    const e = toExcelError(new JourneyConflictError('j1', 'value', 100, 200));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toContain('journey "j1" has two values, 100 and 200');
  });

  it('never shows a JavaScript exception text', () => {
    expect(toExcelError(new TypeError("Cannot read properties of undefined (reading 'x')"))).toEqual({
      code: '#VALUE!',
      message: UNEXPECTED_MESSAGE,
    });
    expect(toExcelError('boom').message).toBe(UNEXPECTED_MESSAGE);
  });

  it('atRow prefixes the row number', () => {
    const e = atRow(7, new ExcelInputError('#VALUE!', 'touched_at is not a date'));
    expect(e.message).toBe('row 7: touched_at is not a date');
    expect(e.code).toBe('#VALUE!');
  });
});
