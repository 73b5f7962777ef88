import type { Action, IsoDate, Kpi, KpiMeasurement } from '@gtm/shared';
import { ACTION_STATUS_LABELS } from '@gtm/shared';
import { formatDate } from '../common/format-date';
import { personName } from './control-plane-updates';
import { formatKpiValue } from './kpi-format';

/** The conflict dialog's rows for a KPI actual: the value's label names the review it is for. */
export function measurementFieldLabels(cycle: IsoDate): Record<string, string> {
  return { kpi: 'KPI', value: `Actual for the review of ${formatDate(cycle)}`, recordedBy: 'Recorded by' };
}

/**
 * A KPI actual as the conflict dialog shows it, in the KPI's unit.
 * @example describeMeasurement(pipeline, { kpiId: '3', cycle: '2026-12-07', value: 1_350_000 }).value // '€1,350,000'
 */
export function describeMeasurement(kpi: Kpi | undefined, measurement: KpiMeasurement): Record<string, string> {
  return {
    kpi: kpi?.title ?? `KPI ${measurement.kpiId}`,
    value: kpi ? formatKpiValue(kpi, measurement.value) : String(measurement.value),
    recordedBy: personName(measurement.recordedBy),
  };
}

/** The conflict dialog's rows for a follow-up action. */
export const ACTION_CONFLICT_LABELS: Readonly<Record<string, string>> = { title: 'Action', owner: 'Owner', dueDate: 'Due', status: 'Status' };

/** A follow-up action as the conflict dialog shows it. */
export function describeAction(action: Action): Record<string, string> {
  return {
    title: action.title,
    owner: personName(action.owner),
    dueDate: formatDate(action.dueDate),
    status: ACTION_STATUS_LABELS[action.status],
  };
}
