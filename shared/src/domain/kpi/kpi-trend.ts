import type { IsoDate } from '../common/iso-date';
import type { Kpi, KpiMeasurement } from './kpi';
import { measurementsFor } from './measurements';

export type KpiTrend = 'improving' | 'worsening' | 'flat' | 'not-enough-data';

/** How many review cycles the trend reads: the sparklines' window (about four months at 21 days). */
export const KPI_TREND_WINDOW = 6;

/** Without a tolerance, a fitted move of at most this share of the target is flat (noise, not a trend). */
export const KPI_TREND_DEAD_BAND = 0.01;

export interface KpiTrendOptions {
  /**
   * A fitted move across the window of at most this much (absolute, in the KPI's unit) is flat.
   * Default: 1% of the target (`KPI_TREND_DEAD_BAND`), so a pipeline of 100 moving by 1 is flat.
   */
  tolerance?: number;
  /** Only measurements of cycles up to this date count. */
  asOf?: IsoDate;
  /** How many of the latest cycles the trend reads. Default `KPI_TREND_WINDOW` (6). */
  window?: number;
}

/**
 * The least-squares line through the values, one per cycle at x = 0, 1, 2, …: how much it moves
 * from the first cycle to the last (slope × (n − 1)). Unlike last-minus-previous, one odd cycle
 * does not turn the line round.
 * @example fittedChange([10, 8, 6, 4, 2, 0, 1]) // ≈ −10.07 (falling, though the last step rose)
 */
export function fittedChange(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((sum, v) => sum + v, 0) / n;
  let covariance = 0;
  let variance = 0;
  values.forEach((v, x) => {
    covariance += (x - meanX) * (v - meanY);
    variance += (x - meanX) ** 2;
  });
  return (covariance / variance) * (n - 1);
}

/**
 * The direction of the KPI over its last `window` cycles (the cycles its sparkline draws): the
 * least-squares line's move across them, read in the KPI's direction (falling is improving when
 * lower is better), with a dead band so that a wobble is flat. Fewer than two cycles is not enough
 * data.
 * @example
 * // higher is better, target 100: 90, 80, 70, 60, 50, 55 (falling, last step up) → 'worsening'
 * // lower is better, 40 → 32 days → 'improving'; 80 → 80.5 with target 100 → 'flat' (within 1)
 * kpiTrend(kpi, measurements) // 'worsening'
 */
export function kpiTrend(kpi: Kpi, measurements: readonly KpiMeasurement[], options: KpiTrendOptions = {}): KpiTrend {
  const history = measurementsFor(kpi.id, measurements, options.asOf).slice(-(options.window ?? KPI_TREND_WINDOW));
  if (history.length < 2) return 'not-enough-data';
  const change = fittedChange(history.map((m) => m.value));
  const deadBand = options.tolerance ?? Math.abs(kpi.target) * KPI_TREND_DEAD_BAND;
  if (Math.abs(change) <= deadBand) return 'flat';
  const wentUp = change > 0;
  return wentUp === (kpi.direction === 'higher') ? 'improving' : 'worsening';
}
