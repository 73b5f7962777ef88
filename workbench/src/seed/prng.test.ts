import { createRng, mulberry32 } from './prng';

describe('mulberry32', () => {
  it('gives the same sequence for the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('gives a different sequence for another seed', () => {
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });

  it('stays within [0, 1)', () => {
    const next = mulberry32(7);
    for (let i = 0; i < 10_000; i += 1) {
      const x = next();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});

describe('createRng', () => {
  it('draws whole numbers with both ends included', () => {
    const rng = createRng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 1_000; i += 1) seen.add(rng.int(1, 3));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });

  it('never picks an item of weight 0', () => {
    const rng = createRng(5);
    for (let i = 0; i < 1_000; i += 1) expect(rng.weighted(['a', 'b', 'c'], [1, 0, 1])).not.toBe('b');
  });

  it('shuffles without losing or duplicating items', () => {
    expect(createRng(9).shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('samples distinct items', () => {
    const picked = createRng(11).sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(picked).size).toBe(3);
  });
});
