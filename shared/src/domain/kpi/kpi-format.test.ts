import { formatKpiValue } from './kpi-format';

describe('formatKpiValue, by the KPI unit', () => {
  it('writes currency in whole euros with thousands separators: 705000 → €705,000, 1200000 → €1,200,000', () => {
    expect(formatKpiValue({ unit: 'currency' }, 705000)).toBe('€705,000');
    expect(formatKpiValue({ unit: 'currency' }, 1200000)).toBe('€1,200,000');
  });

  it('rounds euros to the unit: 1249.6 → €1,250', () => {
    expect(formatKpiValue({ unit: 'currency' }, 1249.6)).toBe('€1,250');
  });

  it('writes percentage points with one decimal at most: 12.5 → 12.5%, 33.333 → 33.3%', () => {
    expect(formatKpiValue({ unit: 'percent' }, 12.5)).toBe('12.5%');
    expect(formatKpiValue({ unit: 'percent' }, 33.333)).toBe('33.3%');
  });

  it('writes days singular for 1 and plural otherwise: 1 day, 42 days', () => {
    expect(formatKpiValue({ unit: 'days' }, 1)).toBe('1 day');
    expect(formatKpiValue({ unit: 'days' }, 42)).toBe('42 days');
  });

  it('writes counts with separators: 1234 → 1,234', () => {
    expect(formatKpiValue({ unit: 'count' }, 1234)).toBe('1,234');
  });

  it('writes thousands and millions short when compact: €705K, €1.2M, 12.3K; percent and days unchanged', () => {
    expect(formatKpiValue({ unit: 'currency' }, 705000, { compact: true })).toBe('€705K');
    expect(formatKpiValue({ unit: 'currency' }, 1200000, { compact: true })).toBe('€1.2M');
    expect(formatKpiValue({ unit: 'count' }, 12345, { compact: true })).toBe('12.3K');
    expect(formatKpiValue({ unit: 'percent' }, 27.9, { compact: true })).toBe('27.9%');
  });

  it('writes exactly the decimals asked for, so a column reads alike: 12.0% over 16.2%, €1,250.00', () => {
    expect(formatKpiValue({ unit: 'percent' }, 12, { fractionDigits: 1 })).toBe('12.0%');
    expect(formatKpiValue({ unit: 'percent' }, 16.24, { fractionDigits: 1 })).toBe('16.2%');
    expect(formatKpiValue({ unit: 'currency' }, 1250, { fractionDigits: 2 })).toBe('€1,250.00');
    expect(formatKpiValue({ unit: 'count' }, 3, { fractionDigits: 1 })).toBe('3.0');
  });
});
