import { z } from 'zod';
import type { KpiMeasurement } from '../../domain/kpi/kpi';
import { KpiMeasurementSchema } from '../../domain/kpi/kpi';
import type { ListRow, RowValues } from '../store/list-store';
import type { MapResult } from './row-mapping';
import { day, lookupId, mapRow, num, optText, personFrom, personValues, toLookupId, toRowDay } from './row-mapping';

/** A GTM KPI Measurements item as SharePoint stores it (the KPI is a lookup: its item id). */
export const KpiMeasurementRowSchema = z.object({
  Title: optText,
  GtmKpi: lookupId,
  GtmCycle: day,
  GtmValue: num,
  GtmRecordedByEmail: optText,
  GtmRecordedByName: optText,
  GtmNote: optText,
});
export type KpiMeasurementRow = z.infer<typeof KpiMeasurementRowSchema>;

export function toKpiMeasurement(row: ListRow): MapResult<KpiMeasurement> {
  return mapRow(
    row,
    KpiMeasurementRowSchema,
    (r) => {
      const recordedBy = personFrom(r.GtmRecordedByEmail, r.GtmRecordedByName);
      return {
        kpiId: String(r.GtmKpi),
        cycle: r.GtmCycle,
        value: r.GtmValue,
        ...(recordedBy ? { recordedBy } : {}),
        ...(r.GtmNote !== null ? { note: r.GtmNote } : {}),
      };
    },
    KpiMeasurementSchema,
  );
}

export function toKpiMeasurementRow(measurement: KpiMeasurement): RowValues {
  return {
    Title: `KPI ${measurement.kpiId} — ${measurement.cycle}`,
    GtmKpi: toLookupId(measurement.kpiId, 'A measurement’s kpiId'),
    GtmCycle: toRowDay(measurement.cycle),
    GtmValue: measurement.value,
    ...personValues('GtmRecordedBy', measurement.recordedBy),
    GtmNote: measurement.note ?? null,
  };
}
