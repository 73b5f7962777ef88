import type { KpiStatus } from '../kpi/kpi-status';
import type { Risk } from './risk';

/**
 * A risk is triggered when any of its monitoring KPIs is off track (DOMAIN.md §3). KPIs at risk,
 * without data, or unknown to the map do not trigger it.
 * @example isTriggered({ monitoringKpiIds: ['pipeline', 'mqls'] }, new Map([['mqls', 'off-track']])) // true
 */
export function isTriggered(
  risk: Pick<Risk, 'monitoringKpiIds'>,
  kpiStatuses: ReadonlyMap<string, KpiStatus>,
): boolean {
  return risk.monitoringKpiIds.some((id) => kpiStatuses.get(id) === 'off-track');
}
