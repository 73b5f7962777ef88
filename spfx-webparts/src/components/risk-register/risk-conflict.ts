import type { Kpi, ListRow, Risk, RiskAssessment } from '@gtm/shared';
import { RISK_CATEGORY_LABELS, RISK_STATUS_LABELS, impactLabel, likelihoodLabel, rateScore, scoreRisk, toRisk } from '@gtm/shared';
import type { Conflict } from '../common';
import { formatDate } from '../common';

/** The fields the conflict dialog compares, in form order. */
export const RISK_CONFLICT_FIELDS: Readonly<Record<string, string>> = {
  title: 'Title',
  description: 'Description',
  category: 'Category',
  owner: 'Owner',
  inherent: 'Inherent (before mitigation)',
  residual: 'Residual (after mitigation)',
  status: 'Status',
  lastReviewedAt: 'Last reviewed',
  mitigationActions: 'Mitigation actions',
  monitoringKpis: 'Monitoring KPIs',
};

function assessmentText(a: RiskAssessment): string {
  const score = scoreRisk(a);
  return `${likelihoodLabel(a.likelihood)} (${a.likelihood}) × ${impactLabel(a.impact)} (${a.impact}) = ${score} ${rateScore(score)}`;
}

/**
 * A risk as the conflict dialog shows it: one line of text per field, in the words of the form.
 * @example riskSummary(risk, kpis).inherent // 'Likely (4) × Severe (5) = 20 Critical'
 */
export function riskSummary(risk: Risk, kpis: readonly Kpi[]): Record<string, string> {
  const kpiTitle = (id: string): string => kpis.find((k) => k.id === id)?.title ?? `KPI ${id}`;
  return {
    title: risk.title,
    description: risk.description ?? '',
    category: RISK_CATEGORY_LABELS[risk.category],
    owner: risk.owner.displayName ? `${risk.owner.displayName} <${risk.owner.email}>` : risk.owner.email,
    inherent: assessmentText(risk.inherent),
    residual: assessmentText(risk.residual),
    status: RISK_STATUS_LABELS[risk.status],
    lastReviewedAt: risk.lastReviewedAt === null ? 'Never' : formatDate(risk.lastReviewedAt),
    mitigationActions: risk.mitigationActions.map((m) => `${m.title} (${m.owner.email}, due ${formatDate(m.dueDate)}, ${m.status})`).join('\n'),
    monitoringKpis: risk.monitoringKpiIds.map(kpiTitle).join(', '),
  };
}

/**
 * The dialog's view of a 412: my unsaved risk against the server's row (null when deleted). A row
 * that no longer maps to a Risk (someone broke it in the list) is shown by its invalid fields,
 * not hidden, so the user still sees that theirs differs.
 */
export function riskConflict(mine: Risk, current: ListRow | null, kpis: readonly Kpi[]): Conflict {
  let theirs: Record<string, string> | null = null;
  if (current !== null) {
    const mapped = toRisk(current);
    theirs = mapped.ok ? riskSummary(mapped.value, kpis) : { title: `(cannot be read: ${mapped.errors.join('; ')})` };
  }
  return { mine: riskSummary(mine, kpis), theirs, fieldLabels: { ...RISK_CONFLICT_FIELDS } };
}
