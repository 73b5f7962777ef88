import { z } from 'zod';
import type { Kpi } from '../../domain/kpi/kpi';
import { KPI_AREA_LABELS, KpiSchema } from '../../domain/kpi/kpi';
import type { ListRow, RowValues } from '../store/list-store';
import type { MapResult } from './row-mapping';
import { labelOf, mapRow, num, person, personOf, personValue, slugOf, text } from './row-mapping';

/** A GTM KPIs item as SharePoint stores it. */
export const KpiRowSchema = z.object({
  Title: text,
  GtmArea: text,
  GtmOwner: person,
  GtmUnit: text,
  GtmDirection: text,
  GtmTarget: num,
  GtmAmberThreshold: num,
  GtmRedThreshold: num,
});
export type KpiRow = z.infer<typeof KpiRowSchema>;

export function toKpi(row: ListRow): MapResult<Kpi> {
  return mapRow(
    row,
    KpiRowSchema,
    (r, id) => ({
      id,
      title: r.Title,
      area: slugOf(KPI_AREA_LABELS, r.GtmArea),
      owner: personOf(r.GtmOwner),
      unit: r.GtmUnit,
      direction: r.GtmDirection,
      target: r.GtmTarget,
      amberThreshold: r.GtmAmberThreshold,
      redThreshold: r.GtmRedThreshold,
    }),
    KpiSchema,
  );
}

export function toKpiRow(kpi: Kpi): RowValues {
  return {
    Title: kpi.title,
    GtmArea: labelOf(KPI_AREA_LABELS, kpi.area),
    GtmOwner: personValue(kpi.owner),
    GtmUnit: kpi.unit,
    GtmDirection: kpi.direction,
    GtmTarget: kpi.target,
    GtmAmberThreshold: kpi.amberThreshold,
    GtmRedThreshold: kpi.redThreshold,
  };
}
