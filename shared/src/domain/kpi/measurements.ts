import type { IsoDate } from '../common/iso-date';
import type { Rejection } from '../common/result';
import { reject } from '../common/result';
import type { KpiMeasurement } from './kpi';

/**
 * One KPI's measurements, oldest cycle first, optionally only those up to `asOf` (inclusive),
 * so an agenda or snapshot built for a date never sees a value reported later.
 * @example measurementsFor('pipeline', [{ kpiId: 'pipeline', cycle: '2025-02-10', value: 9 },
 *   { kpiId: 'pipeline', cycle: '2025-01-20', value: 7 }]).map((m) => m.value) // [7, 9]
 */
export function measurementsFor(
  kpiId: string,
  measurements: readonly KpiMeasurement[],
  asOf?: IsoDate,
): KpiMeasurement[] {
  return measurements
    .filter((m) => m.kpiId === kpiId && (asOf === undefined || m.cycle <= asOf))
    .sort((a, b) => (a.cycle < b.cycle ? -1 : a.cycle > b.cycle ? 1 : 0));
}

/**
 * The most recent measurement of a KPI (optionally up to `asOf`), or null when there is none.
 * @example latestMeasurement('pipeline', history, '2025-02-01')?.value // 7 when the 10 Feb value is later
 */
export function latestMeasurement(
  kpiId: string,
  measurements: readonly KpiMeasurement[],
  asOf?: IsoDate,
): KpiMeasurement | null {
  const ordered = measurementsFor(kpiId, measurements, asOf);
  return ordered[ordered.length - 1] ?? null;
}

export type RecordMeasurementResult = { ok: true; measurements: KpiMeasurement[] } | Rejection;

/**
 * Appends a measurement to the history. A second value for the same KPI and cycle is rejected:
 * the Control Plane keeps history and never overwrites a reported number.
 * @example recordMeasurement([], { kpiId: 'pipeline', cycle: '2025-01-20', value: 7 }) // { ok: true, measurements: [1 item] }
 */
export function recordMeasurement(
  history: readonly KpiMeasurement[],
  measurement: KpiMeasurement,
): RecordMeasurementResult {
  const existing = history.find((m) => m.kpiId === measurement.kpiId && m.cycle === measurement.cycle);
  if (existing) {
    return reject(
      `KPI "${measurement.kpiId}" already has a value (${existing.value}) for the review of ${measurement.cycle}; measurements are never overwritten`,
    );
  }
  return { ok: true, measurements: [...history, measurement] };
}
