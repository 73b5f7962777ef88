import { jsonDepthProblem, jsonNestingDepth, MAX_JSON_DEPTH } from './json-depth';

describe('jsonNestingDepth', () => {
  it('counts arrays and objects, not brackets inside strings or escaped quotes', () => {
    expect(jsonNestingDepth('{"a":[[1]]}')).toBe(3);
    expect(jsonNestingDepth('{"Title":"[[[ \\" [[["}')).toBe(1);
    expect(jsonNestingDepth('"plain"')).toBe(0);
  });

  it('stops counting once past the limit (a 100,000-deep array is answered at level 65)', () => {
    expect(jsonNestingDepth('['.repeat(100_000), MAX_JSON_DEPTH)).toBe(MAX_JSON_DEPTH + 1);
  });
});

describe('jsonDepthProblem', () => {
  it('passes 64 levels and names the limit at 65', () => {
    expect(jsonDepthProblem(`${'['.repeat(64)}${']'.repeat(64)}`)).toBeUndefined();
    expect(jsonDepthProblem(`${'['.repeat(65)}${']'.repeat(65)}`)).toMatch(/more than 64 levels .* the limit is 64/);
  });
});
