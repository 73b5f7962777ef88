import type { Kpi } from '@gtm/shared';

/**
 * A KPI value as its owner would say it: one rule for the whole suite, in the shared domain
 * (`formatKpiValue`, by the KPI's unit), re-exported here so the Control Plane's views keep importing it.
 */
export { formatKpiValue } from '@gtm/shared';

/** What the unit is called next to an input, so the user types the right kind of number. */
export const KPI_UNIT_HINTS: Readonly<Record<Kpi['unit'], string>> = {
  count: 'a count',
  currency: 'euros',
  percent: 'percent (12.5 means 12.5%)',
  days: 'days',
};
