import type { IsoDate } from '../common/iso-date';
import type { Kpi, KpiMeasurement } from './kpi';
import { measurementsFor } from './measurements';

export type KpiTrend = 'improving' | 'worsening' | 'flat' | 'not-enough-data';

export interface KpiTrendOptions {
  /** A change of at most this much (absolute, in the KPI's unit) counts as flat. Default 0. */
  tolerance?: number;
  /** Only measurements of cycles up to this date count. */
  asOf?: IsoDate;
}

/**
 * The direction of the last move: the latest cycle against the one before, read in the KPI's
 * direction (a falling number is improving when lower is better). Fewer than two cycles is
 * not enough data.
 * @example
 * // higher is better, values 70 then 80 → 'improving'; lower is better, 30 then 35 days → 'worsening'
 * kpiTrend(kpi, measurements) // 'improving'
 */
export function kpiTrend(kpi: Kpi, measurements: readonly KpiMeasurement[], options: KpiTrendOptions = {}): KpiTrend {
  const history = measurementsFor(kpi.id, measurements, options.asOf);
  const latest = history[history.length - 1];
  const previous = history[history.length - 2];
  if (!latest || !previous) return 'not-enough-data';
  const change = latest.value - previous.value;
  if (Math.abs(change) <= (options.tolerance ?? 0)) return 'flat';
  const wentUp = change > 0;
  return wentUp === (kpi.direction === 'higher') ? 'improving' : 'worsening';
}
