import type { Kpi, KpiMeasurement } from './kpi';
import { kpiTrend } from './kpi-trend';

const owner = { email: 'gmd@contoso.com' };
const pipeline: Kpi = {
  id: 'pipeline', title: 'Pipeline', area: 'pipeline-generation', owner, unit: 'count',
  direction: 'higher', target: 100, amberThreshold: 90, redThreshold: 75,
};
const cycleDays: Kpi = { ...pipeline, id: 'cycle', unit: 'days', direction: 'lower', target: 30, amberThreshold: 35, redThreshold: 45 };

const series = (kpiId: string, ...values: number[]): KpiMeasurement[] =>
  values.map((value, i) => ({ kpiId, cycle: `2025-0${i + 1}-10`, value }));

describe('KPI trend across cycles', () => {
  it('has not enough data with one cycle', () => {
    expect(kpiTrend(pipeline, series('pipeline', 80))).toBe('not-enough-data');
  });

  it('calls 70 → 80 improving when higher is better', () => {
    expect(kpiTrend(pipeline, series('pipeline', 70, 80))).toBe('improving');
  });

  it('calls 80 → 70 worsening when higher is better', () => {
    expect(kpiTrend(pipeline, series('pipeline', 80, 70))).toBe('worsening');
  });

  it('calls 30 → 35 days worsening when lower is better', () => {
    expect(kpiTrend(cycleDays, series('cycle', 30, 35))).toBe('worsening');
  });

  it('calls 40 → 32 days improving when lower is better', () => {
    expect(kpiTrend(cycleDays, series('cycle', 40, 32))).toBe('improving');
  });

  it('compares only the last two cycles: 50 → 90 → 85 is worsening', () => {
    expect(kpiTrend(pipeline, series('pipeline', 50, 90, 85))).toBe('worsening');
  });

  it('calls 80 → 80 flat, and 80 → 81 flat with a tolerance of 1', () => {
    expect(kpiTrend(pipeline, series('pipeline', 80, 80))).toBe('flat');
    expect(kpiTrend(pipeline, series('pipeline', 80, 81), { tolerance: 1 })).toBe('flat');
    expect(kpiTrend(pipeline, series('pipeline', 80, 81))).toBe('improving');
  });

  it('ignores cycles after the as-of date: 70 → 80 → 60 as of 28 Feb is improving', () => {
    expect(kpiTrend(pipeline, series('pipeline', 70, 80, 60), { asOf: '2025-02-28' })).toBe('improving');
  });
});
