/**
 * A KPI's last review cycles as a small line, the target dashed. The chart is hidden from screen
 * readers; its label reads every value and the trend instead.
 */
import * as React from 'react';
import type { KpiMeasurement, KpiUnit } from '@gtm/shared';
import { formatKpiValue } from '@gtm/shared';

export interface SparklineProps {
  title: string;
  unit: KpiUnit;
  target: number;
  /** Oldest first. */
  history: readonly KpiMeasurement[];
  trendLabel: string;
  width?: number;
  height?: number;
  /** Only the trend's arrow next to the line (the full words stay in the label). */
  short?: boolean;
}

export function Sparkline({ title, unit, target, history, trendLabel, width = 96, height = 28, short = false }: SparklineProps): React.ReactElement {
  const values = history.map((m) => m.value);
  const low = Math.min(target, ...values);
  const high = Math.max(target, ...values);
  const pad = 3;
  const span = high - low || 1;
  const x = (i: number): number => (history.length <= 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (history.length - 1));
  const y = (v: number): number => height - pad - ((v - low) / span) * (height - 2 * pad);
  const points = history.map((m, i) => `${x(i).toFixed(1)},${y(m.value).toFixed(1)}`).join(' ');
  const read = history.map((m) => `${m.cycle}: ${formatKpiValue({ unit }, m.value)}`).join('; ');
  const label = history.length === 0 ? `${title}: no values yet` : `${title}: ${read}. ${trendLabel}.`;
  return (
    <span role="img" aria-label={label} title={label} style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
        <line x1={0} x2={width} y1={y(target)} y2={y(target)} stroke="currentColor" strokeOpacity={0.4} strokeDasharray="3 3" />
        {history.length > 1 ? <polyline points={points} fill="none" stroke="currentColor" strokeWidth={1.8} /> : null}
        {history.length > 0 ? <circle cx={x(history.length - 1)} cy={y(values[values.length - 1] ?? target)} r={2.6} fill="currentColor" /> : null}
      </svg>
      <span>{short ? trendLabel.split(' ')[0] : trendLabel}</span>
    </span>
  );
}
