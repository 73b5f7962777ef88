import { gluedNegativeValues } from './option-values';
import { printable } from './printable';

describe('printable', () => {
  it('writes NUL, ESC, DEL, a C1 control and a bidi override as escapes, and keeps line breaks and tabs', () => {
    expect(printable('a\u0000b\u001b[31mc\u007fd\u0085e\u202ef\n\tg')).toBe('a\\u0000b\\u001b[31mc\\u007fd\\u0085e\\u202ef\n\tg');
  });
});

describe('gluedNegativeValues', () => {
  it('glues a negative number to the option that takes it, so its range check answers', () => {
    expect(gluedNegativeValues(['--half-life', '-1', 'a.csv'], ['half-life'])).toEqual(['--half-life=-1', 'a.csv']);
    expect(gluedNegativeValues(['--lookback', '-0.5'], ['half-life', 'lookback'])).toEqual(['--lookback=-0.5']);
  });

  it('leaves an option that follows, and options it does not know, alone', () => {
    expect(gluedNegativeValues(['--half-life', '-h'], ['half-life'])).toEqual(['--half-life', '-h']);
    expect(gluedNegativeValues(['--model', '-1'], ['half-life'])).toEqual(['--model', '-1']);
  });
});
