import type { Kpi, Risk, RiskAssessment } from '@gtm/shared';
import { RISK_CATEGORY_LABELS, RISK_STATUS_LABELS, impactLabel, likelihoodLabel, rateScore, scoreRisk } from '@gtm/shared';
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
