/**
 * Solves A·x = b for a square n×n matrix by Gaussian elimination with partial pivoting (each
 * column's pivot is the entry of largest magnitude at or below the diagonal, which keeps the
 * rounding small). Exact up to floating-point rounding; no iteration.
 *
 * @param a - The matrix, row-major, n·n entries (a[i·n + j] is row i, column j). Not modified.
 * @param b - The right-hand side, n entries. Not modified.
 * @throws {RangeError} when the sizes do not match or the matrix is singular.
 *
 * @example
 * // 2x + y = 5, x + 3y = 10  →  x = 1, y = 3
 * solveLinearSystem(Float64Array.of(2, 1, 1, 3), Float64Array.of(5, 10))
 * //=> Float64Array [1, 3]
 */
export function solveLinearSystem(a: Float64Array, b: Float64Array): Float64Array {
  const n = b.length;
  if (a.length !== n * n) throw new RangeError(`the matrix has ${a.length} entries; a system of ${n} needs ${n * n}`);
  const m = Float64Array.from(a);
  const x = Float64Array.from(b);
  for (let col = 0; col < n; col++) {
    let pivotRow = col;
    let pivotSize = Math.abs(m[col * n + col] as number);
    for (let row = col + 1; row < n; row++) {
      const size = Math.abs(m[row * n + col] as number);
      if (size > pivotSize) {
        pivotRow = row;
        pivotSize = size;
      }
    }
    if (!(pivotSize > 0)) throw new RangeError('the matrix is singular');
    if (pivotRow !== col) {
      for (let j = col; j < n; j++) {
        const t = m[col * n + j] as number;
        m[col * n + j] = m[pivotRow * n + j] as number;
        m[pivotRow * n + j] = t;
      }
      const t = x[col] as number;
      x[col] = x[pivotRow] as number;
      x[pivotRow] = t;
    }
    const pivot = m[col * n + col] as number;
    for (let row = col + 1; row < n; row++) {
      const factor = (m[row * n + col] as number) / pivot;
      if (factor === 0) continue;
      for (let j = col; j < n; j++) m[row * n + j] = (m[row * n + j] as number) - factor * (m[col * n + j] as number);
      x[row] = (x[row] as number) - factor * (x[col] as number);
    }
  }
  for (let row = n - 1; row >= 0; row--) {
    let sum = x[row] as number;
    for (let j = row + 1; j < n; j++) sum -= (m[row * n + j] as number) * (x[j] as number);
    x[row] = sum / (m[row * n + row] as number);
  }
  return x;
}
