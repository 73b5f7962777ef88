import type { IsoDate } from '../common/iso-date';
import type { Kpi, KpiMeasurement } from '../kpi/kpi';
import { kpiStatusForValue } from '../kpi/kpi-status';
import { latestMeasurement } from '../kpi/measurements';
import type { KpiSnapshotEntry } from './review';

/**
 * The KPI snapshot saved with a review: each KPI's latest value up to the review date, its
 * target and status, so the record still says what the meeting saw after later values arrive.
 * @example snapshotKpis([pipeline], [{ kpiId: 'pipeline', cycle: '2025-03-03', value: 80 }], '2025-03-03')
 * // [{ kpiId: 'pipeline', title: 'Pipeline', value: 80, target: 100, status: 'at-risk' }]
 */
export function snapshotKpis(
  kpis: readonly Kpi[],
  measurements: readonly KpiMeasurement[],
  reviewDate: IsoDate,
): KpiSnapshotEntry[] {
  return kpis.map((kpi) => {
    const value = latestMeasurement(kpi.id, measurements, reviewDate)?.value ?? null;
    return { kpiId: kpi.id, title: kpi.title, value, target: kpi.target, status: kpiStatusForValue(kpi, value) };
  });
}
