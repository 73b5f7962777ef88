import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Text } from '@fluentui/react/lib/Text';
import type { IsoDate, Kpi, KpiMeasurement } from '@gtm/shared';
import { KPI_TREND_WINDOW, kpiStatusForValue, kpiThresholdsText, kpiTrend } from '@gtm/shared';
import { formatDate } from '../common/format-date';
import { KpiStatusBadge } from '../common/KpiStatusBadge';
import { useThemedClasses } from '../common/use-themed-classes';
import { getControlPlaneClasses } from './control-plane-styles';
import { personName } from './control-plane-updates';
import { formatKpiValue } from './kpi-format';
import { KpiActualEditor } from './KpiActualEditor';
import { reportedLine } from './kpi-reporting';
import { KPI_TREND_LABELS, KpiSparkline } from './KpiSparkline';

/** How many review cycles the sparkline draws: the window its trend word reads (about four months). */
export const SPARKLINE_CYCLES = KPI_TREND_WINDOW;

export interface KpiCardProps {
  kpi: Kpi;
  /** This KPI's measurements, oldest cycle first. */
  history: readonly KpiMeasurement[];
  /** The current cycle (the next review's date), or null before the first review: then no editing. */
  cycle: IsoDate | null;
  /** The review most KPIs last reported for, said once above the cards ({@link sharedReportedCycle}). */
  sharedCycle: IsoDate | null;
  editing: boolean;
  /** The user's locale: how the actual is typed (2,3 is 2.3 in de-DE). */
  locale: string;
  onEdit: () => void;
  onCancelEdit: () => void;
  onSaveActual: (value: number) => Promise<void>;
}

/**
 * One KPI: the latest actual against the target, the status (colour and words, from the domain's
 * thresholds), the trend over the last cycles, and the inline editor for the current cycle.
 */
export function KpiCard({ kpi, history, cycle, sharedCycle, editing, locale, onEdit, onCancelEdit, onSaveActual }: KpiCardProps): React.ReactElement {
  const classes = useThemedClasses(getControlPlaneClasses);
  const latest = history[history.length - 1] ?? null;
  const status = kpiStatusForValue(kpi, latest?.value ?? null);
  const trend = kpiTrend(kpi, history);
  const current = cycle === null ? null : (history.find((m) => m.cycle === cycle) ?? null);
  const titleId = `kpi-title-${kpi.id}`;
  return (
    <article className={classes.card} aria-labelledby={titleId} data-testid="kpi-card" data-kpi-id={kpi.id}>
      <div className={classes.cardHeader}>
        <h4 id={titleId} className={classes.cardTitle}>
          {kpi.title}
        </h4>
        <KpiStatusBadge status={status} />
      </div>
      <div>
        <span className={classes.actual} data-testid="kpi-actual">
          {latest ? formatKpiValue(kpi, latest.value) : 'No value yet'}
        </span>{' '}
        <span className={classes.muted}>target {formatKpiValue(kpi, kpi.target)}</span>
      </div>
      <Text className={classes.muted} data-testid="kpi-thresholds">
        {kpiThresholdsText(kpi)}
      </Text>
      {/* Said once above the cards for the review most KPIs reported for; here only when this one differs. */}
      {(latest?.cycle ?? null) !== sharedCycle && (
        <Text className={classes.muted} data-testid="kpi-reported">
          {reportedLine(latest?.cycle ?? null, cycle)}
        </Text>
      )}
      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <KpiSparkline kpi={kpi} history={history.slice(-SPARKLINE_CYCLES)} trend={trend} />
        <Text className={classes.muted} data-testid="kpi-trend">
          {KPI_TREND_LABELS[trend]}
        </Text>
      </div>
      <Text className={classes.muted}>Owner: {personName(kpi.owner)}</Text>
      {cycle !== null &&
        (editing ? (
          <KpiActualEditor kpi={kpi} cycle={cycle} initial={current?.value ?? null} locale={locale} onSave={onSaveActual} onCancel={onCancelEdit} />
        ) : (
          <div>
            <DefaultButton
              text={current ? 'Correct actual' : 'Enter actual'}
              // The name starts with the visible words, so "click Enter actual" works for speech users (WCAG 2.5.3).
              ariaLabel={`${current ? 'Correct' : 'Enter'} actual of ${kpi.title} for the review of ${formatDate(cycle)}`}
              onClick={onEdit}
            />
          </div>
        ))}
    </article>
  );
}
