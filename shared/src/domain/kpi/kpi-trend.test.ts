import type { Kpi, KpiMeasurement } from './kpi';
import { fittedChange, kpiTrend } from './kpi-trend';

const owner = { email: 'gmd@contoso.com' };
const pipeline: Kpi = {
  id: 'pipeline', title: 'Pipeline', area: 'pipeline-generation', owner, unit: 'count',
  direction: 'higher', target: 100, amberThreshold: 90, redThreshold: 75,
};
const cycleDays: Kpi = { ...pipeline, id: 'cycle', unit: 'days', direction: 'lower', target: 30, amberThreshold: 35, redThreshold: 45 };

const series = (kpiId: string, ...values: number[]): KpiMeasurement[] =>
  values.map((value, i) => ({ kpiId, cycle: `2025-${String(i + 1).padStart(2, '0')}-10`, value }));

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

  it('reads the whole window, not the last step: 50 → 90 → 85 is improving', () => {
    expect(kpiTrend(pipeline, series('pipeline', 50, 90, 85))).toBe('improving');
  });

  it('calls a line falling over eight cycles worsening though its last step rose: 90, 85 … 60, 62', () => {
    const falling = series('pipeline', 90, 85, 80, 75, 70, 65, 60, 62);
    expect(kpiTrend(pipeline, falling, { window: 8 })).toBe('worsening');
    expect(kpiTrend(pipeline, falling)).toBe('worsening'); // the default six-cycle window: 80 … 62
  });

  it('calls 30 → 35 → 34 days worsening when lower is better, though the last step fell', () => {
    expect(kpiTrend(cycleDays, series('cycle', 30, 35, 34))).toBe('worsening');
  });

  it('reads only the last six cycles by default: a rise long ago does not hide the fall since', () => {
    // 10 → 200 in the first three cycles, then 200 falling to 150 over six.
    expect(kpiTrend(pipeline, series('pipeline', 10, 100, 200, 200, 190, 180, 170, 160, 150))).toBe('worsening');
  });

  it('calls 80 → 80 flat, 80 → 81 flat within the dead band of 1% of the target 100, and 80 → 82 improving', () => {
    expect(kpiTrend(pipeline, series('pipeline', 80, 80))).toBe('flat');
    expect(kpiTrend(pipeline, series('pipeline', 80, 81))).toBe('flat');
    expect(kpiTrend(pipeline, series('pipeline', 80, 82))).toBe('improving');
    expect(kpiTrend(pipeline, series('pipeline', 80, 82), { tolerance: 2 })).toBe('flat');
  });

  it('calls a wobble with no direction flat: 80, 82, 80, 82, 80, 82 fits a move of 6/7 ≈ 0.86', () => {
    expect(fittedChange([80, 82, 80, 82, 80, 82])).toBeCloseTo(6 / 7, 9);
    expect(kpiTrend(pipeline, series('pipeline', 80, 82, 80, 82, 80, 82))).toBe('flat');
  });

  it('ignores cycles after the as-of date: 70 → 80 → 60 as of 28 Feb is improving', () => {
    expect(kpiTrend(pipeline, series('pipeline', 70, 80, 60), { asOf: '2025-02-28' })).toBe('improving');
  });
});
