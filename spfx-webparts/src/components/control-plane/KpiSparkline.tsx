import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { Kpi, KpiMeasurement, KpiTrend } from '@gtm/shared';
import { formatDate } from '../common/format-date';
import { formatKpiValue } from './kpi-format';

/** How a trend reads in words (and the arrow beside it). */
export const KPI_TREND_LABELS: Readonly<Record<KpiTrend, string>> = {
  improving: '↑ Improving',
  worsening: '↓ Worsening',
  flat: '→ Flat',
  'not-enough-data': 'Not enough history for a trend',
};

export interface KpiSparklineProps {
  kpi: Kpi;
  /** The cycles to draw, oldest first. */
  history: readonly KpiMeasurement[];
  trend: KpiTrend;
  width?: number;
  height?: number;
}

/**
 * The KPI's last review cycles as a small line, with its target as a dashed line. A chart is
 * invisible to a screen reader, so the aria-label reads out every point and the trend.
 */
export function KpiSparkline({ kpi, history, trend, width = 140, height = 36 }: KpiSparklineProps): React.ReactElement {
  // Theme strokes: the accent line and grey target stay visible on a dark or strong section.
  const { palette } = useTheme();
  const values = history.map((m) => m.value);
  const low = Math.min(kpi.target, ...values);
  const high = Math.max(kpi.target, ...values);
  const pad = 4;
  const span = high - low || 1;
  const x = (i: number): number => (history.length <= 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (history.length - 1));
  const y = (v: number): number => height - pad - ((v - low) / span) * (height - 2 * pad);
  const points = history.map((m, i) => `${x(i).toFixed(1)},${y(m.value).toFixed(1)}`).join(' ');
  const last = history[history.length - 1];
  const described = history.map((m) => `${formatDate(m.cycle)}: ${formatKpiValue(kpi, m.value)}`).join('; ');
  const label =
    history.length === 0
      ? `${kpi.title}: no values reported yet`
      : `${kpi.title}, last ${history.length} review ${history.length === 1 ? 'cycle' : 'cycles'}: ${described}. ` +
        `Target ${formatKpiValue(kpi, kpi.target)}. ${KPI_TREND_LABELS[trend].replace(/^[↑↓→] /, 'Trend: ')}.`;
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} data-testid="kpi-sparkline">
      <line x1={0} x2={width} y1={y(kpi.target)} y2={y(kpi.target)} stroke={palette.neutralSecondaryAlt} strokeDasharray="3 3" strokeWidth={1} />
      {history.length > 1 && <polyline points={points} fill="none" stroke={palette.themePrimary} strokeWidth={2} />}
      {last && <circle cx={x(history.length - 1)} cy={y(last.value)} r={3} fill={palette.themePrimary} />}
    </svg>
  );
}
