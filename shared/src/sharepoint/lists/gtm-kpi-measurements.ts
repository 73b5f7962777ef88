import type { ListSchema } from './list-schema';
import { personColumns } from './list-schema';

/**
 * GTM KPI Measurements: one row per KPI and review cycle, never overwritten (DOMAIN.md §1).
 * The biggest Control Plane list (KPIs × cycles): filtered by KPI and sorted by cycle, both indexed.
 */
export const GTM_KPI_MEASUREMENTS_LIST: ListSchema = {
  title: 'GTM KPI Measurements',
  description: 'One value per KPI per GTM Review cycle; history is kept, never overwritten.',
  urlName: 'GtmKpiMeasurements',
  fields: [
    { name: 'GtmKpi', displayName: 'KPI', type: 'lookup', lookupList: 'GTM KPIs', required: true, indexed: true },
    {
      name: 'GtmCycle',
      displayName: 'Review cycle',
      type: 'date',
      required: true,
      indexed: true,
      description: 'The date of the GTM Review the value was reported for.',
    },
    { name: 'GtmValue', displayName: 'Value', type: 'number', required: true },
    ...personColumns('GtmRecordedBy', 'Recorded by'),
    { name: 'GtmNote', displayName: 'Note', type: 'note', maxLength: 1000 },
  ],
  views: [
    {
      name: 'By cycle',
      isDefault: true,
      fields: ['Title', 'GtmKpi', 'GtmCycle', 'GtmValue', 'GtmRecordedByName'],
      query: '<OrderBy><FieldRef Name="GtmCycle" Ascending="FALSE" /></OrderBy>',
    },
  ],
};
