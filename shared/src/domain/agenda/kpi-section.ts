import type { IsoDate } from '../common/iso-date';
import type { Kpi, KpiMeasurement } from '../kpi/kpi';
import { KPI_AREAS } from '../kpi/kpi';
import type { KpiStatus } from '../kpi/kpi-status';
import { KPI_STATUSES, kpiStatusForValue } from '../kpi/kpi-status';
import { kpiTrend } from '../kpi/kpi-trend';
import { latestMeasurement } from '../kpi/measurements';
import type { AgendaSettings } from './agenda-settings';
import type { KpiAgendaItem, KpiSection } from './agenda-types';
import { section } from './section';

function minutesFor(status: KpiStatus, settings: AgendaSettings): number {
  switch (status) {
    case 'off-track': return settings.kpiOffTrackMinutes;
    case 'at-risk': return settings.kpiAtRiskMinutes;
    case 'on-track': return 0; // glanced at together: the section's one on-track line has the timebox
    case 'no-data': return settings.kpiNoDataMinutes;
  }
}

/**
 * Section 1, metrics first: every KPI, off track first, then at risk, on track, no data; within a
 * status by area (in Control Plane order), then title. Only measurements up to `now` count.
 * Off-track, at-risk and no-data KPIs each have a timebox; the on-track ones share one line
 * (`onTrackLine`: "17 on track", `kpiOnTrackLineMinutes`).
 * @example kpiSection([...], measurements, '2025-03-03', settings).items.map((i) => i.status)
 * // ['off-track', 'at-risk', 'on-track', 'no-data']
 */
export function kpiSection(
  kpis: readonly Kpi[],
  measurements: readonly KpiMeasurement[],
  now: IsoDate,
  settings: AgendaSettings,
): KpiSection {
  const items: KpiAgendaItem[] = kpis.map((kpi) => {
    const value = latestMeasurement(kpi.id, measurements, now)?.value ?? null;
    const status = kpiStatusForValue(kpi, value);
    return {
      kind: 'kpi', kpiId: kpi.id, title: kpi.title, area: kpi.area, owner: kpi.owner, unit: kpi.unit,
      direction: kpi.direction, amberThreshold: kpi.amberThreshold, redThreshold: kpi.redThreshold,
      status, trend: kpiTrend(kpi, measurements, { asOf: now }), value, target: kpi.target,
      minutes: minutesFor(status, settings),
    };
  });
  items.sort(
    (a, b) =>
      KPI_STATUSES.indexOf(a.status) - KPI_STATUSES.indexOf(b.status) ||
      KPI_AREAS.indexOf(a.area) - KPI_AREAS.indexOf(b.area) ||
      a.title.localeCompare(b.title),
  );
  const onTrack = items.filter((item) => item.status === 'on-track').length;
  const onTrackLine = { count: onTrack, minutes: onTrack > 0 ? settings.kpiOnTrackLineMinutes : 0 };
  return { ...section('kpi-review', 'KPI review', items, { extraMinutes: onTrackLine.minutes }), onTrackLine };
}
