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

describe('parseDecimal without a string (plain numbers of up to 15 digits)', () => {
  it.each(['4642.74', '0.1', '0.3', '-0.5', '123456789012345', '12.', '.25', '99999.99', '1.000000000000001'])(
    'reads %j exactly as Number() does',
    (text) => {
      expect(parseDecimal(`x,${text},y`, 2, 2 + text.length)).toBe(Number(text));
    },
  );

  it('reads "-0" as -0, as Number() does', () => {
    expect(Object.is(parseDecimal('-0'), -0)).toBe(true);
  });

  it('leaves 16 digits, an exponent and a plus sign to the full rule: 1234567890123456, 1e3, +3', () => {
    expect([parseDecimal('1234567890123456'), parseDecimal('1e3'), parseDecimal('+3')]).toEqual([1234567890123456, 1000, 3]);
  });
});
