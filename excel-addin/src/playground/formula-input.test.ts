import { createCustomFunctionsStub } from './custom-functions-stub';
import { place, type Grid } from './formulas';
import { computeTyped } from './formula-input';

// Two cells of the sheet and one function that adds them, as functions.js would associate one.
const grid: Grid = [];
place(grid, 'A1', [[2], [3]]);
const runtime = createCustomFunctionsStub();
runtime.associate('SUMUP', (range: unknown) => (range as number[][]).reduce((sum, [v]) => sum + (v ?? 0), 0));

describe('a formula the user types into the playground', () => {
  it('computes =GTM.SUMUP(A1:A2) with the associated function: 2 + 3 = 5', () => {
    expect(computeTyped('=GTM.SUMUP(A1:A2)', grid, runtime.functions)).toEqual({ kind: 'value', rows: [[5]] });
  });

  it('answers #NAME? for a function the add-in does not have', () => {
    expect(computeTyped('=GTM.NOPE(A1)', grid, runtime.functions)).toMatchObject({ kind: 'error', code: '#NAME?' });
  });

  it('asks for =GTM. when the formula is something else, with an example', () => {
    expect(computeTyped('SUM(A1:A2)', grid, runtime.functions)).toEqual({
      kind: 'error',
      code: '#NAME?',
      message: 'Type a formula starting with =GTM., for example =GTM.ATTRIBUTE(A1:E3,"linear").',
    });
  });

  it('names the argument it cannot read, and what arguments may be', () => {
    const result = computeTyped('=GTM.SUMUP(A1:A2, nonsense)', grid, runtime.functions);
    expect(result).toMatchObject({ kind: 'error', code: '#VALUE!' });
    expect(result.kind === 'error' && result.message).toMatch(/nonsense.*ranges such as A1:E3, numbers, or text in double quotes\.$/);
  });
});
