import * as React from 'react';
import type { IsoDate, Kpi, KpiMeasurement } from '@gtm/shared';
import { KPI_AREA_LABELS, KPI_AREAS, KPI_STATUS_LABELS, KPI_STATUSES, kpiStatus, measurementsFor } from '@gtm/shared';
import { useThemedClasses } from '../common/use-themed-classes';
import { getControlPlaneClasses } from './control-plane-styles';
import { KpiCard } from './KpiCard';
import { reportedLine, sharedReportedCycle } from './kpi-reporting';

export interface KpiAreaGroupsProps {
  kpis: readonly Kpi[];
  measurements: readonly KpiMeasurement[];
  cycle: IsoDate | null;
  editingKpiId: string | null;
  /** The user's locale, for typing actuals. */
  locale: string;
  onEdit: (kpiId: string | null) => void;
  onSaveActual: (kpi: Kpi, value: number) => Promise<void>;
}

/** "3 KPIs: 1 off track, 2 on track" — the area at a glance, in words. */
function areaSummary(kpis: readonly Kpi[], measurements: readonly KpiMeasurement[]): string {
  const counts = new Map<string, number>();
  for (const kpi of kpis) {
    const status = kpiStatus(kpi, measurements);
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  const parts = KPI_STATUSES.filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${KPI_STATUS_LABELS[s].toLowerCase()}`);
  return `${kpis.length} ${kpis.length === 1 ? 'KPI' : 'KPIs'}: ${parts.join(', ')}`;
}

/** The KPI cards grouped by area, in the domain's area order; areas without KPIs are left out. */
export function KpiAreaGroups({ kpis, measurements, cycle, editingKpiId, locale, onEdit, onSaveActual }: KpiAreaGroupsProps): React.ReactElement {
  const classes = useThemedClasses(getControlPlaneClasses);
  const latestCycles = kpis.map((kpi) => {
    const history = measurementsFor(kpi.id, measurements);
    return history[history.length - 1]?.cycle ?? null;
  });
  const sharedCycle = sharedReportedCycle(latestCycles);
  const sharing = latestCycles.filter((c) => c === sharedCycle).length;
  return (
    <div>
      {/* Once for all the cards, not on each of 22: the cards that differ say their own. */}
      <p className={classes.muted} data-testid="kpi-reported-summary">
        {reportedLine(sharedCycle, cycle)}
        {sharing < kpis.length ? ` (${sharing} of ${kpis.length} KPIs; the others say theirs)` : ''}
      </p>
      {KPI_AREAS.map((area) => {
        const inArea = kpis.filter((k) => k.area === area).sort((a, b) => a.title.localeCompare(b.title));
        if (inArea.length === 0) return null;
        const headingId = `kpi-area-${area}`;
        return (
          <section key={area} aria-labelledby={headingId} data-testid="kpi-area" data-area={area}>
            <h3 id={headingId} className={classes.areaHeading}>
              {KPI_AREA_LABELS[area]} <span className={classes.muted}>· {areaSummary(inArea, measurements)}</span>
            </h3>
            <div className={classes.cardGrid}>
              {inArea.map((kpi) => (
                <KpiCard
                  key={kpi.id}
                  kpi={kpi}
                  history={measurementsFor(kpi.id, measurements)}
                  cycle={cycle}
                  sharedCycle={sharedCycle}
                  editing={editingKpiId === kpi.id}
                  locale={locale}
                  onEdit={() => onEdit(kpi.id)}
                  onCancelEdit={() => onEdit(null)}
                  onSaveActual={(value) => onSaveActual(kpi, value)}
                />
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
}
