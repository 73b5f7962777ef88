import type { IsoDate, Kpi, KpiMeasurement, KpiStatus } from '@gtm/shared';
import { kpiStatusForValue, recordMeasurement } from '@gtm/shared';
import type { KpiPlan } from './kpi-catalog';
import { KPI_PLANS } from './kpi-catalog';
import type { Rng } from './prng';

type Band = Exclude<KpiStatus, 'no-data'>;

/** Rounds the way the owner would report the number (EUR to the thousand, percents to 0.1). */
export function roundForUnit(kpi: Kpi, value: number): number {
  const v = Math.max(0, value);
  switch (kpi.unit) {
    case 'currency':
      if (v >= 100_000) return Math.round(v / 1000) * 1000;
      if (v >= 10_000) return Math.round(v / 100) * 100;
      return Math.round(v);
    case 'percent':
      return Math.min(100, Math.round(v * 10) / 10);
    case 'count':
    case 'days':
      return Math.round(v);
  }
}

/** The [low, high] range of plausible values for a status band, in the KPI's own numbers. */
function bandRange(kpi: Kpi, band: Band): [number, number] {
  const { target, amberThreshold: amber, redThreshold: red } = kpi;
  const width = Math.abs(amber - red);
  if (kpi.direction === 'higher') {
    if (band === 'on-track') return [amber, target + Math.max(target - amber, width * 0.5)];
    if (band === 'at-risk') return [red, amber];
    return [Math.max(0, red - width * 0.8), red];
  }
  if (band === 'on-track') return [Math.max(0, target - Math.max(amber - target, width * 0.5)), amber];
  if (band === 'at-risk') return [amber, red];
  return [red, red + width * 0.8];
}

/**
 * A reported value that lands in the band once rounded. Falls back to the band's edge (amber for
 * on track, red for off track), which always rates as that band.
 */
export function valueInBand(kpi: Kpi, band: Band, rng: Rng): number {
  const [low, high] = bandRange(kpi, band);
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const value = roundForUnit(kpi, rng.float(low, high));
    if (kpiStatusForValue(kpi, value) === band) return value;
  }
  if (band === 'on-track') return kpi.amberThreshold;
  if (band === 'off-track') return kpi.redThreshold;
  throw new RangeError(`KPI "${kpi.id}" has no reportable value between its amber and red thresholds`);
}

const NOTES: Readonly<Record<Band, readonly string[]>> = {
  'off-track': ['Below the red line; recovery plan owed at the next review', 'Off track two weeks running; root cause under review', 'Hit by the budget freeze in two key accounts'],
  'at-risk': ['Slipping; watching closely', 'Seasonal dip expected to recover', 'Below amber after the campaign pause'],
  'on-track': ['On plan', 'Steady', 'Ahead of plan after the launch campaign'],
};

function measure(plan: KpiPlan, cycles: readonly IsoDate[], rng: Rng): KpiMeasurement[] {
  const { kpi } = plan;
  const first = valueInBand(kpi, plan.from, rng);
  const last = valueInBand(kpi, plan.to, rng);
  const noise = Math.abs(kpi.amberThreshold - kpi.redThreshold) * 0.35;
  let history: KpiMeasurement[] = [];
  cycles.forEach((cycle, i) => {
    const isLast = i === cycles.length - 1;
    const share = cycles.length === 1 ? 1 : i / (cycles.length - 1);
    const value = i === 0 ? first : isLast ? last : roundForUnit(kpi, first + (last - first) * share + rng.float(-noise, noise));
    const status = kpiStatusForValue(kpi, value);
    const measurement: KpiMeasurement = { kpiId: kpi.id, cycle, value, recordedBy: kpi.owner };
    if (status !== 'no-data' && (isLast || rng.chance(0.2))) measurement.note = rng.pick(NOTES[status]);
    const recorded = recordMeasurement(history, measurement);
    if (!recorded.ok) throw new Error(recorded.reason);
    history = recorded.measurements;
  });
  return history;
}

/**
 * The demo KPIs and one measurement per KPI and review cycle. The latest cycle's status of each
 * KPI follows its storyline in `KPI_PLANS`; the values on the way move with some noise.
 */
export function generateKpis(cycles: readonly IsoDate[], rng: Rng): { kpis: Kpi[]; measurements: KpiMeasurement[] } {
  const kpis = KPI_PLANS.map((p) => p.kpi);
  const measurements = KPI_PLANS.flatMap((plan) => measure(plan, cycles, rng));
  return { kpis, measurements };
}
