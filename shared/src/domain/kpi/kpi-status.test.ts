import type { Kpi } from './kpi';
import { kpiStatus, kpiStatusForValue, kpiStatusMap } from './kpi-status';

const owner = { email: 'gmd@contoso.com' };
const pipeline: Kpi = {
  id: 'pipeline', title: 'Pipeline', area: 'pipeline-generation', owner, unit: 'count',
  direction: 'higher', target: 100, amberThreshold: 90, redThreshold: 75,
};
const cycleDays: Kpi = {
  id: 'cycle', title: 'Sales cycle', area: 'deal-progression', owner, unit: 'days',
  direction: 'lower', target: 30, amberThreshold: 35, redThreshold: 45,
};

describe('KPI status, higher is better (target 100, amber 90, red 75)', () => {
  it.each([
    [120, 'on-track'],
    [100, 'on-track'],
    [90, 'on-track'],
    [89.9, 'at-risk'],
    [76, 'at-risk'],
    [75, 'off-track'],
    [10, 'off-track'],
  ])('rates %p as %s', (value, expected) => {
    expect(kpiStatusForValue(pipeline, value)).toBe(expected);
  });
});

describe('KPI status, lower is better (target 30, amber 35, red 45 days)', () => {
  it.each([
    [20, 'on-track'],
    [35, 'on-track'],
    [36, 'at-risk'],
    [44, 'at-risk'],
    [45, 'off-track'],
    [60, 'off-track'],
  ])('rates %p days as %s', (value, expected) => {
    expect(kpiStatusForValue(cycleDays, value)).toBe(expected);
  });
});

describe('KPI status from measurements', () => {
  it('has no data when the KPI was never measured', () => {
    expect(kpiStatus(pipeline, [])).toBe('no-data');
    expect(kpiStatusForValue(pipeline, null)).toBe('no-data');
  });

  it('uses the latest cycle: 95 on 20 Jan then 70 on 10 Feb is off track', () => {
    const measurements = [
      { kpiId: 'pipeline', cycle: '2025-02-10', value: 70 },
      { kpiId: 'pipeline', cycle: '2025-01-20', value: 95 },
    ];
    expect(kpiStatus(pipeline, measurements)).toBe('off-track');
    expect(kpiStatus(pipeline, measurements, '2025-01-31')).toBe('on-track');
  });

  it('maps each KPI id to its status', () => {
    const map = kpiStatusMap([pipeline, cycleDays], [{ kpiId: 'cycle', cycle: '2025-02-10', value: 40 }]);
    expect(map.get('pipeline')).toBe('no-data');
    expect(map.get('cycle')).toBe('at-risk');
  });
});
