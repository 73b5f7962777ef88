import type { Kpi } from './kpi';
import type { KpiFormatOptions } from './kpi-format';
import { formatKpiValue } from './kpi-format';

/**
 * The edges that decide a KPI's status, in words and in the KPI's unit, so "On track" beside
 * "€42,900 target €48,000" says why. The operators are `kpiStatusForValue`'s: at the amber edge a
 * value is on track; at the red edge it is off track, so "at risk" is strictly better than red.
 * @example
 * // higher is better, currency, amber 40,000, red 35,000:
 * kpiThresholdsText(kpi) // 'on track ≥ €40,000 · at risk > €35,000'
 * // lower is better, days, amber 35, red 45:
 * kpiThresholdsText(kpi) // 'on track ≤ 35 days · at risk < 45 days'
 */
export function kpiThresholdsText(
  kpi: Pick<Kpi, 'unit' | 'direction' | 'amberThreshold' | 'redThreshold'>,
  options: KpiFormatOptions = {},
): string {
  const [atLeast, better] = kpi.direction === 'higher' ? ['≥', '>'] : ['≤', '<'];
  const amber = formatKpiValue(kpi, kpi.amberThreshold, options);
  const red = formatKpiValue(kpi, kpi.redThreshold, options);
  // Amber equal to red leaves no at-risk band: a value is on track or off track.
  if (kpi.amberThreshold === kpi.redThreshold) return `on track ${atLeast} ${amber} · off track otherwise`;
  return `on track ${atLeast} ${amber} · at risk ${better} ${red}`;
}
