import { z } from 'zod';
import type { Risk, RiskStatus } from '../../domain/risk/risk';
import { RISK_CATEGORY_LABELS, RiskSchema } from '../../domain/risk/risk';
import type { ListRow, RowValues } from '../store/list-store';
import type { MapResult } from './row-mapping';
import { jsonNote, labelOf, mapRow, num, optDay, optText, person, personOf, personValue, slugOf, text, toJson, toRowDay } from './row-mapping';

export const RISK_STATUS_LABELS: Readonly<Record<RiskStatus, string>> = {
  open: 'Open',
  mitigating: 'Mitigating',
  accepted: 'Accepted',
  closed: 'Closed',
};

/**
 * A Risk Register item as SharePoint stores it. Its mitigations are GTM Actions items linked to it
 * (`repositories/risk-mitigations.ts` joins them in); the legacy note `GtmMitigations` is read only
 * by the upgrade that turns it into actions (`provision/upgrade-mitigations.ts`) and never written.
 */
export const RiskRowSchema = z.object({
  Title: text,
  GtmCategory: text,
  GtmDescription: optText,
  GtmOwner: person,
  GtmInherentLikelihood: num,
  GtmInherentImpact: num,
  GtmResidualLikelihood: num,
  GtmResidualImpact: num,
  GtmStatus: text,
  GtmLastReviewed: optDay,
  GtmMonitoringKpiIds: jsonNote,
  /** Built in, read only: absent where the store does not give it (the in-memory store). */
  Created: optDay.optional(),
});
export type RiskRow = z.infer<typeof RiskRowSchema>;

/** The risk item alone: `mitigationActions` is empty until the actions linked to it are joined in. */
export function toRisk(row: ListRow): MapResult<Risk> {
  return mapRow(
    row,
    RiskRowSchema,
    (r, id) => ({
      id,
      title: r.Title,
      ...(r.GtmDescription !== null ? { description: r.GtmDescription } : {}),
      category: slugOf(RISK_CATEGORY_LABELS, r.GtmCategory),
      owner: personOf(r.GtmOwner),
      inherent: { likelihood: r.GtmInherentLikelihood, impact: r.GtmInherentImpact },
      residual: { likelihood: r.GtmResidualLikelihood, impact: r.GtmResidualImpact },
      mitigationActions: [],
      monitoringKpiIds: r.GtmMonitoringKpiIds ?? [],
      status: slugOf(RISK_STATUS_LABELS, r.GtmStatus),
      lastReviewedAt: r.GtmLastReviewed,
      ...(r.Created !== undefined && r.Created !== null ? { createdAt: r.Created } : {}),
    }),
    RiskSchema,
  );
}

/** The risk item's columns; its mitigations are written as GTM Actions items, not here. */
export function toRiskRow(risk: Risk): RowValues {
  return {
    Title: risk.title,
    GtmCategory: labelOf(RISK_CATEGORY_LABELS, risk.category),
    GtmDescription: risk.description ?? null,
    GtmOwner: personValue(risk.owner),
    GtmInherentLikelihood: risk.inherent.likelihood,
    GtmInherentImpact: risk.inherent.impact,
    GtmResidualLikelihood: risk.residual.likelihood,
    GtmResidualImpact: risk.residual.impact,
    GtmStatus: labelOf(RISK_STATUS_LABELS, risk.status),
    GtmLastReviewed: toRowDay(risk.lastReviewedAt),
    GtmMonitoringKpiIds: toJson(risk.monitoringKpiIds),
  };
}
