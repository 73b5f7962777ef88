import type { IsoDate } from '@gtm/shared';
import { formatDate } from '../common/format-date';

/**
 * The review most KPIs last reported for: the cycle said once above the cards, so each card
 * repeats it only when its own differs. Null when no KPI has reported. A tie goes to the later
 * review (the one the circle is catching up to).
 *
 * @example
 * sharedReportedCycle(['2026-11-30', '2026-11-30', '2026-11-09', null]); // '2026-11-30' (2 of 4)
 * sharedReportedCycle([null, null]);                                       // null
 */
export function sharedReportedCycle(latestCycles: readonly (IsoDate | null)[]): IsoDate | null {
  const counts = new Map<IsoDate, number>();
  for (const cycle of latestCycles) if (cycle !== null) counts.set(cycle, (counts.get(cycle) ?? 0) + 1);
  let best: IsoDate | null = null;
  for (const [cycle, count] of counts) {
    const bestCount = best === null ? 0 : (counts.get(best) ?? 0);
    if (count > bestCount || (count === bestCount && best !== null && cycle > best)) best = cycle;
  }
  return best;
}

/**
 * What a KPI's actuals were last reported for, against the current cycle (the next review).
 *
 * @example
 * reportedLine('2026-11-30', '2026-12-21'); // "Reported for the review of 30 Nov 2026 · nothing yet for 21 Dec 2026"
 * reportedLine('2026-12-21', '2026-12-21'); // "Reported for the review of 21 Dec 2026"
 * reportedLine(null, '2026-12-21');         // "Nothing reported yet"
 */
export function reportedLine(latest: IsoDate | null, cycle: IsoDate | null): string {
  if (latest === null) return 'Nothing reported yet';
  const nothingYet = cycle !== null && latest !== cycle ? ` · nothing yet for ${formatDate(cycle)}` : '';
  return `Reported for the review of ${formatDate(latest)}${nothingYet}`;
}
