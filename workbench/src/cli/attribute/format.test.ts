import type { AttributionResult } from '@gtm/shared';
import { formatCsv, formatJson, formatTable } from './format';

const result: AttributionResult = {
  model: 'linear',
  total: 1234567.5,
  channels: [
    { channel: 'Paid search', credit: 1000000, share: 1000000 / 1234567.5 },
    { channel: 'Events, "Spring"', credit: 234567.5, share: 234567.5 / 1234567.5 },
  ],
};

describe('formatTable', () => {
  it('aligns columns, separates thousands and ends with the total', () => {
    expect(formatTable(result)).toBe(
      [
        'Channel                 Credit   Share',
        'Paid search       1,000,000.00   81.0%',
        'Events, "Spring"    234,567.50   19.0%',
        '────────────────  ────────────  ──────',
        'Total             1,234,567.50  100.0%',
        '',
      ].join('\n'),
    );
  });

  it('says when nothing converted', () => {
    expect(formatTable({ model: 'linear', total: 0, channels: [] })).toBe(
      ['Channel  Credit  Share', '(no conversions)', '───────  ──────  ─────', 'Total      0.00   0.0%', ''].join('\n'),
    );
  });
});

describe('formatCsv', () => {
  it('quotes channel names that need it and keeps full precision', () => {
    expect(formatCsv(result)).toBe(
      `channel,credit,share\nPaid search,1000000,${1000000 / 1234567.5}\n"Events, ""Spring""",234567.5,${234567.5 / 1234567.5}\n`,
    );
  });
});

describe('formatJson', () => {
  it('prints model, total and channels in that order on one line', () => {
    const single: AttributionResult = { total: 10, channels: [{ share: 1, credit: 10, channel: 'Email' }], model: 'first-touch' };
    expect(formatJson(single)).toBe('{"model":"first-touch","total":10,"channels":[{"channel":"Email","credit":10,"share":1}]}\n');
  });
});
