import { daysBetween } from '../common/day-math';
import type { IsoDate } from '../common/iso-date';
import type { KpiStatus } from '../kpi/kpi-status';
import type { Risk } from '../risk/risk';
import { isRiskReviewStale } from '../risk/review-due';
import { rateRisk } from '../risk/score';
import { isTriggered } from '../risk/triggered';
import type { AgendaSettings } from './agenda-settings';
import type { RiskAgendaItem, RiskAgendaReason, RiskSection } from './agenda-types';
import { section } from './section';

/**
 * Section 2: open (not closed) risks whose residual rating is High or Critical, that are
 * triggered (a monitoring KPI off track), or that were not reviewed for `staleRiskDays` (42).
 * Triggered risks rise to the top, then the highest residual score, then the title. Every one is
 * listed; the section's timebox is capped (`riskSectionMaxMinutes`) so a long register is gone
 * through faster rather than eating the meeting.
 * @example riskSection(risks, statuses, '2025-03-03', settings).items[0]?.reasons // ['triggered']
 */
export function riskSection(
  risks: readonly Risk[],
  kpiStatuses: ReadonlyMap<string, KpiStatus>,
  now: IsoDate,
  settings: AgendaSettings,
): RiskSection {
  const items: RiskAgendaItem[] = [];
  for (const risk of risks) {
    if (risk.status === 'closed') continue;
    const residual = rateRisk(risk, 'residual');
    const reasons: RiskAgendaReason[] = [];
    if (residual.rating === 'High' || residual.rating === 'Critical') reasons.push('high-rating');
    if (isTriggered(risk, kpiStatuses)) reasons.push('triggered');
    if (isRiskReviewStale(risk, now, settings.staleRiskDays)) reasons.push('not-reviewed');
    if (reasons.length === 0) continue;
    items.push({
      kind: 'risk', riskId: risk.id, title: risk.title, category: risk.category, owner: risk.owner,
      residual, inherent: rateRisk(risk, 'inherent'), reasons,
      daysSinceReview: risk.lastReviewedAt === null ? null : daysBetween(risk.lastReviewedAt, now),
      minutes: settings.riskMinutes,
    });
  }
  const triggered = (item: RiskAgendaItem) => (item.reasons.includes('triggered') ? 0 : 1);
  items.sort((a, b) => triggered(a) - triggered(b) || b.residual.score - a.residual.score || a.title.localeCompare(b.title));
  return section('risks', 'Risks', items, { maxMinutes: settings.riskSectionMaxMinutes });
}
