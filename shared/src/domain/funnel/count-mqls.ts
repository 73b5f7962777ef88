import type { Period } from '../common/period';
import { isWithin } from '../common/period';
import type { Lead } from './lead';

/**
 * Counts contacts that are MQLs. With a period, counts contacts that became MQL within it
 * (by their stage history). Contacts only: accounts are counted by `countMqas`.
 * @example countMqls([mqlOn3Mar, engagedLead]) // 1
 */
export function countMqls(leads: readonly Lead[], period?: Period): number {
  return leads.filter((lead) => {
    if (lead.stage !== 'mql') return false;
    if (!period) return true;
    const became = lead.stageHistory.find((c) => c.to === 'mql');
    return became !== undefined && isWithin(became.at, period);
  }).length;
}
