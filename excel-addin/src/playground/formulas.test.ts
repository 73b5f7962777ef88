import { createCustomFunctionsStub } from './custom-functions-stub';
import { evaluate, parseFormula, place, rangeValues, type Grid } from './formulas';
import { formatCell } from './sheet-view';

describe('the playground sheet', () => {
  it('places a block at G1 and reads G1:H2 back as rows, an empty cell as ""', () => {
    const grid: Grid = [];
    place(grid, 'G1', [['ols', 'cs'], ['Events']]);
    expect(rangeValues(grid, 'G1:H2')).toEqual([['ols', 'cs'], ['Events', '']]);
    expect(rangeValues(grid, 'G2')).toEqual([['Events']]);
  });

  it('reads a formula\'s function and its range, text and number arguments', () => {
    expect(parseFormula('=GTM.ATTRIBUTE(A1:E3,"linear",14)')).toEqual({ id: 'ATTRIBUTE', args: [{ range: 'A1:E3' }, { literal: 'linear' }, { literal: 14 }] });
    expect(parseFormula('=gtm.decay(3, 0)')).toEqual({ id: 'DECAY', args: [{ literal: 3 }, { literal: 0 }] });
    expect(parseFormula('=GTM.RISKRATING("say ""hi""")').args).toEqual([{ literal: 'say "hi"' }]);
    expect(() => parseFormula('=SUM(A1:A3)')).toThrow('not a GTM formula: "=SUM(A1:A3)"');
  });

  it('shows a CustomFunctions.Error as its code and message, an unknown function as #NAME?, a plain exception as #VALUE!', () => {
    const stub = createCustomFunctionsStub();
    stub.associate('BAD', () => {
      throw new stub.Error(stub.ErrorCode.invalidNumber, 'half_life must be > 0');
    });
    stub.associate('BROKEN', () => {
      throw new TypeError('x is undefined');
    });
    expect(evaluate('=GTM.BAD(1)', [], stub.functions)).toEqual({ kind: 'error', code: '#NUM!', message: 'half_life must be > 0' });
    expect(evaluate('=GTM.NOPE(1)', [], stub.functions)).toEqual({ kind: 'error', code: '#NAME?', message: 'GTM.NOPE is not a function of this add-in' });
    expect(evaluate('=GTM.BROKEN()', [], stub.functions)).toEqual({ kind: 'error', code: '#VALUE!', message: 'the function failed unexpectedly' });
  });

  it('formats numbers as Excel would: General 100 and 33.33333333, 0.00 33.33, and a date serial 46108 as 2026-03-27', () => {
    expect(formatCell(100)).toBe('100');
    expect(formatCell(100 / 3)).toBe('33.33333333');
    expect(formatCell(100 / 3, '0.00')).toBe('33.33');
    expect(formatCell(46108, 'yyyy-mm-dd')).toBe('2026-03-27');
    expect(formatCell('Email')).toBe('Email');
  });
});
