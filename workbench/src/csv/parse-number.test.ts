import { parseDecimal } from './parse-number';

describe('parseDecimal', () => {
  it.each([
    ['100', 100],
    ['-0.5', -0.5],
    ['+3', 3],
    ['.25', 0.25],
    ['12.', 12],
    ['1e3', 1000],
    [' 1250.50 ', 1250.5],
  ])('reads %j as %d', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it.each(['', ' ', '1,250', '$100', '0x10', 'Infinity', 'NaN', '1e999', '12abc', '.', '-'])('rejects %j', (text) => {
    expect(parseDecimal(text)).toBeNaN();
  });
});

describe('parseDecimal in place', () => {
  it('reads the number between start and end', () => {
    expect(parseDecimal('a,12.5,b', 2, 6)).toBe(12.5);
  });
});
