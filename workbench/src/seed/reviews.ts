import type { Action, IsoDate, Kpi, KpiMeasurement, Person, Review } from '@gtm/shared';
import { snapshotKpis } from '@gtm/shared';
import { CAST, EVERYONE } from './cast';
import { reviewId } from './calendar';
import type { Rng } from './prng';

const CORE: readonly Person[] = [CAST.gmd, CAST.salesLead, CAST.pm, CAST.csLead];

const DECISIONS: readonly string[] = [
  'Shift 20% of the paid social budget to high-intent search keywords',
  'Pause the generic awareness campaign until the new messaging is approved',
  'Sales to accept or reject every shared MQA within five working days',
  'Run a 30-account ABM sprint on the financial services segment',
  'Move the partner webinar to January to avoid the holiday slump',
  'Make OLS a required field on deal creation in the CRM',
  'Review the Risk Register owners quarterly instead of ad hoc',
  'Fund a second presales engineer from the events budget',
  'Replace churned customer logos on the website this month',
  'Adopt the new demo script for all first calls',
  'Drop the print ad in the trade magazine',
  'Tie the Q1 launch campaign to the cloud connector release only once the date is confirmed',
];

/**
 * The six saved GTM Reviews: attendees (the core four and a rotating cast), decisions, the
 * actions each created, and the KPI snapshot the meeting saw (`snapshotKpis`).
 */
export function generateReviews(
  reviewDates: readonly IsoDate[],
  input: { kpis: readonly Kpi[]; measurements: readonly KpiMeasurement[]; actions: readonly Action[] },
  rng: Rng,
): Review[] {
  const decisions = rng.shuffle(DECISIONS);
  const others = EVERYONE.filter((p) => !CORE.includes(p));
  return reviewDates.map((date, r) => {
    const id = reviewId(date);
    const kpiSnapshot = snapshotKpis(input.kpis, input.measurements, date);
    const worst = kpiSnapshot.find((s) => s.status === 'off-track');
    const core = CORE.filter((p) => p !== CAST.pm || r % 4 !== 2); // the PM missed one meeting
    const attendees = [...core, ...rng.sample(others, rng.int(2, 5))];
    const owner = input.kpis.find((k) => k.id === worst?.kpiId)?.owner.displayName ?? 'The KPI owner';
    const made = decisions.slice(r * 2, r * 2 + 2);
    if (worst) made.unshift(`${worst.title} is off track: ${owner} brings a recovery plan to the next review`);
    return {
      id,
      date,
      attendees,
      decisions: made,
      actionIds: input.actions.filter((a) => a.reviewId === id).map((a) => a.id),
      kpiSnapshot,
    };
  });
}
