import type { KpiMeasurement } from './kpi';
import { latestMeasurement, measurementsFor, recordMeasurement } from './measurements';

const history: KpiMeasurement[] = [
  { kpiId: 'pipeline', cycle: '2025-02-10', value: 9 },
  { kpiId: 'mqls', cycle: '2025-02-10', value: 40 },
  { kpiId: 'pipeline', cycle: '2025-01-20', value: 7 },
];

describe('KPI measurement history', () => {
  it('lists one KPI oldest cycle first: 7 (20 Jan) then 9 (10 Feb)', () => {
    expect(measurementsFor('pipeline', history).map((m) => m.value)).toEqual([7, 9]);
  });

  it('takes 9 as the latest pipeline value', () => {
    expect(latestMeasurement('pipeline', history)?.value).toBe(9);
  });

  it('takes 7 as the latest value as of 1 Feb, ignoring the later 10 Feb value', () => {
    expect(latestMeasurement('pipeline', history, '2025-02-01')?.value).toBe(7);
  });

  it('includes a cycle equal to the as-of date: as of 10 Feb the latest is 9', () => {
    expect(latestMeasurement('pipeline', history, '2025-02-10')?.value).toBe(9);
  });

  it('has no latest measurement for a KPI never measured', () => {
    expect(latestMeasurement('nps', history)).toBeNull();
  });

  it('appends a new cycle, growing the history from 3 to 4', () => {
    const result = recordMeasurement(history, { kpiId: 'pipeline', cycle: '2025-03-03', value: 11 });
    expect(result.ok && result.measurements.length).toBe(4);
  });

  it('refuses a second value for pipeline on 10 Feb and names the existing value 9', () => {
    const result = recordMeasurement(history, { kpiId: 'pipeline', cycle: '2025-02-10', value: 12 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain('(9)');
  });
});
