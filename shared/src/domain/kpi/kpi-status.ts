import type { IsoDate } from '../common/iso-date';
import type { Kpi, KpiDirection, KpiMeasurement } from './kpi';
import { latestMeasurement } from './measurements';

/** The computed KPI statuses, in the order the review discusses them (worst first). */
export const KPI_STATUSES = ['off-track', 'at-risk', 'on-track', 'no-data'] as const;
export type KpiStatus = (typeof KPI_STATUSES)[number];

export const KPI_STATUS_LABELS: Readonly<Record<KpiStatus, string>> = {
  'off-track': 'Off track',
  'at-risk': 'At risk',
  'on-track': 'On track',
  'no-data': 'No data',
};

/** True when `a` is as good as or better than `b` for a KPI of this direction. */
export function isAtOrBetter(direction: KpiDirection, a: number, b: number): boolean {
  return direction === 'higher' ? a >= b : a <= b;
}

/**
 * The status of a KPI for one value. The thresholds are the edges of the bands, and a value
 * exactly on an edge takes the better side of the amber edge and the worse side of the red edge:
 * - on track: at or better than the amber threshold;
 * - at risk: worse than amber but better than red;
 * - off track: at or worse than the red threshold;
 * - no data: no value.
 * The target is the goal shown beside the status; amber is the tolerance still counted on track.
 * @example
 * // higher is better, target 100, amber 90, red 75:
 * kpiStatusForValue(kpi, 90) // 'on-track'   (at amber)
 * kpiStatusForValue(kpi, 89) // 'at-risk'
 * kpiStatusForValue(kpi, 75) // 'off-track'  (at red)
 * // lower is better (days), target 30, amber 35, red 45:
 * kpiStatusForValue(kpi, 35) // 'on-track'; 40 → 'at-risk'; 45 → 'off-track'
 */
export function kpiStatusForValue(
  kpi: Pick<Kpi, 'direction' | 'amberThreshold' | 'redThreshold'>,
  value: number | null,
): KpiStatus {
  if (value === null || Number.isNaN(value)) return 'no-data';
  if (isAtOrBetter(kpi.direction, value, kpi.amberThreshold)) return 'on-track';
  if (isAtOrBetter(kpi.direction, kpi.redThreshold, value)) return 'off-track';
  return 'at-risk';
}

/**
 * The status of a KPI from its latest measurement (optionally the latest up to `asOf`).
 * @example kpiStatus(kpi, [{ kpiId: kpi.id, cycle: '2025-01-20', value: 80 }]) // 'at-risk' with amber 90, red 75
 */
export function kpiStatus(kpi: Kpi, measurements: readonly KpiMeasurement[], asOf?: IsoDate): KpiStatus {
  return kpiStatusForValue(kpi, latestMeasurement(kpi.id, measurements, asOf)?.value ?? null);
}

/**
 * Every KPI's status keyed by KPI id: the input risks need to know whether they are triggered.
 * @example kpiStatusMap([pipelineKpi], measurements).get('pipeline') // 'off-track'
 */
export function kpiStatusMap(
  kpis: readonly Kpi[],
  measurements: readonly KpiMeasurement[],
  asOf?: IsoDate,
): Map<string, KpiStatus> {
  return new Map(kpis.map((k) => [k.id, kpiStatus(k, measurements, asOf)]));
}
