import { DATASETS, excelDate } from './datasets';

describe('list dates as Excel dates', () => {
  it('writes 1 Mar 2026 as serial 46082, and 6 pm that day as 46082.75', () => {
    expect(excelDate('2026-03-01')).toBe(46082);
    expect(excelDate('2026-03-01T18:00:00Z')).toBe(46082.75);
  });

  it('leaves a missing date empty', () => {
    expect(excelDate(null)).toBe('');
    expect(excelDate(undefined)).toBe('');
    expect(excelDate('')).toBe('');
  });

  it('names only headers its table has as date columns: 2 of touchpoints, 3 of deals, 3 of accounts', () => {
    for (const dataset of DATASETS) expect(dataset.headers).toEqual(expect.arrayContaining([...dataset.dateHeaders]));
    expect(DATASETS.map((d) => [d.key, d.dateHeaders.length])).toEqual([['accounts', 3], ['deals', 3], ['touchpoints', 2]]);
  });
});
