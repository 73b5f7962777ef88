import type { Kpi, KpiStatus } from '@gtm/shared';
import { CAST } from './cast';

/**
 * A KPI of the demo Control Plane and its storyline: where it stood eight cycles ago and where it
 * stands at the latest review. The storylines are fixed (not drawn at random) so every seed tells
 * the same story — some KPIs off track, some at risk — and only the noise on the way differs.
 */
export interface KpiPlan {
  kpi: Kpi;
  from: Exclude<KpiStatus, 'no-data'>;
  to: Exclude<KpiStatus, 'no-data'>;
}

type Spec = [Kpi['id'], Kpi['title'], Kpi['area'], Kpi['owner'], Kpi['unit'], Kpi['direction'], number, number, number, KpiPlan['from'], KpiPlan['to']];

// id, title, area, owner, unit, direction, target, amber, red, status 8 cycles ago, status now
const SPECS: readonly Spec[] = [
  ['pipeline-generated', 'Pipeline generated (EUR)', 'pipeline-generation', CAST.gmd, 'currency', 'higher', 1_200_000, 1_050_000, 850_000, 'on-track', 'off-track'],
  ['mqas-shared', 'MQAs shared with Sales', 'pipeline-generation', CAST.gmd, 'count', 'higher', 12, 10, 7, 'at-risk', 'on-track'],
  ['mqls', 'MQLs created', 'pipeline-generation', CAST.demandGen, 'count', 'higher', 90, 78, 60, 'on-track', 'at-risk'],
  ['mqa-acceptance-rate', 'MQA acceptance rate by Sales', 'pipeline-generation', CAST.salesLead, 'percent', 'higher', 70, 60, 45, 'on-track', 'on-track'],
  ['win-rate', 'Win rate', 'deal-progression', CAST.salesLead, 'percent', 'higher', 28, 24, 18, 'at-risk', 'off-track'],
  ['sales-cycle-length', 'Sales cycle length (days)', 'deal-progression', CAST.salesLead, 'days', 'lower', 60, 70, 85, 'on-track', 'at-risk'],
  ['opportunities-created', 'Opportunities created', 'deal-progression', CAST.aeEnterprise, 'count', 'higher', 25, 21, 15, 'off-track', 'on-track'],
  ['average-deal-size', 'Average deal size (EUR)', 'deal-progression', CAST.salesLead, 'currency', 'higher', 48_000, 42_000, 35_000, 'on-track', 'on-track'],
  ['demo-requests', 'Demo requests', 'demand-generation', CAST.demandGen, 'count', 'higher', 40, 34, 25, 'on-track', 'off-track'],
  ['webinar-attendees', 'Webinar attendees', 'demand-generation', CAST.demandGen, 'count', 'higher', 300, 250, 180, 'at-risk', 'on-track'],
  ['website-conversion-rate', 'Website conversion rate', 'demand-generation', CAST.demandGen, 'percent', 'higher', 2.5, 2.1, 1.6, 'on-track', 'on-track'],
  ['cost-per-mql', 'Cost per MQL (EUR)', 'demand-generation', CAST.demandGen, 'currency', 'lower', 180, 210, 260, 'at-risk', 'at-risk'],
  ['brand-search-volume', 'Brand search volume', 'brand', CAST.brand, 'count', 'higher', 5_200, 4_600, 3_800, 'on-track', 'on-track'],
  ['share-of-voice', 'Share of voice', 'brand', CAST.brand, 'percent', 'higher', 18, 15, 11, 'on-track', 'at-risk'],
  ['product-activation-rate', 'Product activation rate', 'product-adoption', CAST.pm, 'percent', 'higher', 45, 40, 32, 'at-risk', 'off-track'],
  ['weekly-active-accounts', 'Weekly active accounts', 'product-adoption', CAST.pm, 'count', 'higher', 420, 380, 320, 'on-track', 'on-track'],
  ['time-to-first-value', 'Time to first value (days)', 'product-adoption', CAST.pm, 'days', 'lower', 14, 18, 25, 'at-risk', 'on-track'],
  ['nps', 'NPS', 'customer-success', CAST.csLead, 'count', 'higher', 45, 38, 30, 'on-track', 'on-track'],
  ['gross-revenue-retention', 'Gross revenue retention', 'customer-success', CAST.csLead, 'percent', 'higher', 92, 90, 85, 'on-track', 'at-risk'],
  ['churned-accounts', 'Churned accounts', 'customer-success', CAST.csLead, 'count', 'lower', 2, 3, 5, 'on-track', 'off-track'],
  ['enablement-sessions', 'Enablement sessions held', 'sales-enablement', CAST.enablement, 'count', 'higher', 6, 4, 2, 'off-track', 'on-track'],
  ['sales-content-usage', 'Sales content usage rate', 'sales-enablement', CAST.enablement, 'percent', 'higher', 65, 55, 40, 'at-risk', 'on-track'],
];

/** The 22 KPIs of the demo Control Plane with their storylines. */
export const KPI_PLANS: readonly KpiPlan[] = SPECS.map(
  ([id, title, area, owner, unit, direction, target, amberThreshold, redThreshold, from, to]) => ({
    kpi: { id, title, area, owner, unit, direction, target, amberThreshold, redThreshold },
    from,
    to,
  }),
);
