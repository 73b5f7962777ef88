import { formatNumber, generalNumber } from './number-format';

describe('a number under an Excel number format', () => {
  it('shows 66.666666667 as 66.67 under 0.00 and 2/3 as 66.7% under 0.0%, not 66.66666667', () => {
    expect(formatNumber(200 / 3, '0.00')).toBe('66.67');
    expect(formatNumber(2 / 3, '0.0%')).toBe('66.7%');
    expect(formatNumber(1 / 12, '0.0%')).toBe('8.3%');
  });

  it('groups thousands under #,##0 and #,##0.00, and rounds to whole numbers under 0 and 0%', () => {
    expect(formatNumber(4000, '#,##0')).toBe('4,000');
    expect(formatNumber(1500.5, '#,##0.00')).toBe('1,500.50');
    expect(formatNumber(20.4, '0')).toBe('20');
    expect(formatNumber(0.25, '0%')).toBe('25%');
  });

  it('shows a date serial under yyyy-mm-dd: 46108 is 2026-03-27', () => {
    expect(formatNumber(46108, 'yyyy-mm-dd')).toBe('2026-03-27');
  });

  it('reads only the first section and shows General for a format it does not know', () => {
    expect(formatNumber(2 / 3, '0.00;[Red]-0.00')).toBe('0.67');
    expect(formatNumber(2 / 3, 'General')).toBe('0.6666666667');
    expect(formatNumber(2 / 3, '[$€-x-euro2] #,##0.00')).toBe(generalNumber(2 / 3));
  });
});
