import { kpiStatusForValue } from './kpi-status';
import { kpiThresholdsText } from './kpi-thresholds';

const pipeline = { unit: 'currency', direction: 'higher', target: 48_000, amberThreshold: 40_000, redThreshold: 35_000 } as const;
const conversion = { unit: 'percent', direction: 'higher', target: 2.5, amberThreshold: 2.1, redThreshold: 1.6 } as const;
const cycleDays = { unit: 'days', direction: 'lower', target: 30, amberThreshold: 35, redThreshold: 45 } as const;

describe('the thresholds that decide a KPI status, in words', () => {
  it('says why €42,900 against a target of €48,000 is on track: on track from €40,000, at risk above €35,000', () => {
    expect(kpiThresholdsText(pipeline)).toBe('on track ≥ €40,000 · at risk > €35,000');
    expect(kpiStatusForValue(pipeline, 42_900)).toBe('on-track');
  });

  it('says why 2.1% against a target of 2.5% is on track: on track from 2.1%', () => {
    expect(kpiThresholdsText(conversion)).toBe('on track ≥ 2.1% · at risk > 1.6%');
    expect(kpiStatusForValue(conversion, 2.1)).toBe('on-track');
  });

  it('turns the operators round when lower is better: on track up to 35 days, at risk under 45', () => {
    expect(kpiThresholdsText(cycleDays)).toBe('on track ≤ 35 days · at risk < 45 days');
    expect(kpiStatusForValue(cycleDays, 45)).toBe('off-track');
  });

  it('writes the edges short for narrow views (€40K)', () => {
    expect(kpiThresholdsText(pipeline, { compact: true })).toBe('on track ≥ €40K · at risk > €35K');
  });

  it('has no at-risk band when amber and red are the same edge', () => {
    expect(kpiThresholdsText({ ...cycleDays, amberThreshold: 40, redThreshold: 40 })).toBe('on track ≤ 40 days · off track otherwise');
  });
});
