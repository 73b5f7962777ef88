import { UsageError } from '../errors';
import { parseAttributeArgs } from './args';

describe('parseAttributeArgs', () => {
  it('reads a file, a model and the defaults', () => {
    expect(parseAttributeArgs(['t.csv', '--model', 'markov'])).toEqual({
      help: false,
      input: 't.csv',
      model: 'markov',
      halfLifeDays: undefined,
      lookbackDays: undefined,
      format: 'table',
      skipInvalid: false,
      allowRefunds: false,
    });
  });

  it('reads --allow-refunds', () => {
    expect(parseAttributeArgs(['t.csv', '-m', 'linear', '--allow-refunds'])).toEqual(expect.objectContaining({ allowRefunds: true }));
  });

  it('reads every option, in either spelling', () => {
    expect(parseAttributeArgs(['--model=time-decay', '--half-life=3.5', '--lookback', '0', '-f', 'csv', '--skip-invalid', 'x.csv'])).toEqual(
      expect.objectContaining({ model: 'time-decay', halfLifeDays: 3.5, lookbackDays: 0, format: 'csv', skipInvalid: true }),
    );
  });

  it('takes - or no file as stdin', () => {
    expect(parseAttributeArgs(['-', '-m', 'linear'])).toMatchObject({ input: null });
    expect(parseAttributeArgs(['-m', 'linear'])).toMatchObject({ input: null });
  });

  it('answers --help before checking anything else', () => {
    expect(parseAttributeArgs(['--help', '--model', 'nope'])).toEqual({ help: true });
  });

  it.each([
    [['a.csv', 'b.csv', '-m', 'linear'], 'give one input file, got 2: a.csv b.csv'],
    [['-m', 'linear', '--half-life'], "Option '--half-life <value>' argument missing"],
    [['-m', 'linear', '--lookback=-3'], '--lookback must be a number of days 0 or more, got "-3" (e.g. --lookback 30)'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseAttributeArgs(argv)).toThrow(new UsageError(message, 'attribute'));
  });
});
