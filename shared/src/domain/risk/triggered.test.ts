import type { KpiStatus } from '../kpi/kpi-status';
import { isTriggered } from './triggered';

const statuses = new Map<string, KpiStatus>([
  ['pipeline', 'on-track'],
  ['mqls', 'off-track'],
  ['win-rate', 'at-risk'],
  ['nps', 'no-data'],
]);

describe('a risk is triggered when a monitoring KPI is off track', () => {
  it('is triggered when one of two monitoring KPIs (mqls) is off track', () => {
    expect(isTriggered({ monitoringKpiIds: ['pipeline', 'mqls'] }, statuses)).toBe(true);
  });

  it('is not triggered by KPIs at risk or without data', () => {
    expect(isTriggered({ monitoringKpiIds: ['win-rate', 'nps'] }, statuses)).toBe(false);
  });

  it('is not triggered without monitoring KPIs, nor by a KPI id the map does not know', () => {
    expect(isTriggered({ monitoringKpiIds: [] }, statuses)).toBe(false);
    expect(isTriggered({ monitoringKpiIds: ['unknown'] }, statuses)).toBe(false);
  });
});
