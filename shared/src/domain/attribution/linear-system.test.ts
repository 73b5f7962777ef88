import { solveLinearSystem } from './linear-system';

describe('solveLinearSystem', () => {
  it('solves 2x + y = 5, x + 3y = 10 as x = 1, y = 3', () => {
    expect(Array.from(solveLinearSystem(Float64Array.of(2, 1, 1, 3), Float64Array.of(5, 10)))).toEqual([1, 3]);
  });

  it('pivots past a zero on the diagonal: y = 2, x = 3 from 0x + y = 2, x + 0y = 3', () => {
    expect(Array.from(solveLinearSystem(Float64Array.of(0, 1, 1, 0), Float64Array.of(2, 3)))).toEqual([3, 2]);
  });

  it('solves a 3×3 system: x + y + z = 6, 2y + 5z = −4, 2x + 5y − z = 27 gives 5, 3, −2', () => {
    const x = solveLinearSystem(Float64Array.of(1, 1, 1, 0, 2, 5, 2, 5, -1), Float64Array.of(6, -4, 27));
    expect(x[0]).toBeCloseTo(5, 12);
    expect(x[1]).toBeCloseTo(3, 12);
    expect(x[2]).toBeCloseTo(-2, 12);
  });

  it('leaves its inputs unchanged', () => {
    const a = Float64Array.of(0, 1, 1, 0);
    const b = Float64Array.of(2, 3);
    solveLinearSystem(a, b);
    expect(Array.from(a)).toEqual([0, 1, 1, 0]);
    expect(Array.from(b)).toEqual([2, 3]);
  });

  it('refuses a singular matrix (x + y = 1 twice) and a matrix of the wrong size', () => {
    expect(() => solveLinearSystem(Float64Array.of(1, 1, 1, 1), Float64Array.of(1, 1))).toThrow('singular');
    expect(() => solveLinearSystem(Float64Array.of(1, 2, 3), Float64Array.of(1, 1))).toThrow('needs 4');
  });
});
