/**
 * @internal Typed arrays that double when full: the tallies keep a few numbers per journey (or per
 * touch, for Markov) in flat arrays instead of an object each, which is what keeps 10,000,000
 * touchpoints inside a few hundred MB. Each returns the array itself when it is big enough.
 *
 * @example
 * let counts = new Int32Array(2);
 * counts = grownInt32(counts, 5); // counts.length === 8 (2 → 4 → 8), the first 2 values kept
 * counts = grownInt32(counts, 5); // the same array: 5 ≤ 8
 */
export function grownInt32(array: Int32Array, length: number): Int32Array {
  if (length <= array.length) return array;
  const bigger = new Int32Array(newCapacity(array.length, length));
  bigger.set(array);
  return bigger;
}

/** @internal {@link grownInt32} for Float64Array. */
export function grownFloat64(array: Float64Array, length: number): Float64Array {
  if (length <= array.length) return array;
  const bigger = new Float64Array(newCapacity(array.length, length));
  bigger.set(array);
  return bigger;
}

/** @internal {@link grownInt32} for Uint8Array. */
export function grownUint8(array: Uint8Array, length: number): Uint8Array {
  if (length <= array.length) return array;
  const bigger = new Uint8Array(newCapacity(array.length, length));
  bigger.set(array);
  return bigger;
}

/** @internal {@link grownInt32} for Uint16Array. */
export function grownUint16(array: Uint16Array, length: number): Uint16Array {
  if (length <= array.length) return array;
  const bigger = new Uint16Array(newCapacity(array.length, length));
  bigger.set(array);
  return bigger;
}

function newCapacity(current: number, needed: number): number {
  let capacity = Math.max(current, 16);
  while (capacity < needed) capacity *= 2;
  return capacity;
}
