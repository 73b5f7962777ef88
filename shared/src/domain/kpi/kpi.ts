import { z } from 'zod';
import { IdSchema } from '../common/text';
import { limitedNonBlank, limitedText, SINGLE_LINE_TEXT_MAX } from '../common/text-limit';
import { PersonSchema } from '../common/person';

/** The seven areas the GTM Control Plane groups KPIs by (DOMAIN.md §1). */
export const KPI_AREAS = [
  'pipeline-generation',
  'deal-progression',
  'demand-generation',
  'brand',
  'product-adoption',
  'customer-success',
  'sales-enablement',
] as const;
export const KpiAreaSchema = z.enum(KPI_AREAS);
export type KpiArea = z.infer<typeof KpiAreaSchema>;

export const KPI_AREA_LABELS: Readonly<Record<KpiArea, string>> = {
  'pipeline-generation': 'Pipeline generation',
  'deal-progression': 'Deal progression',
  'demand-generation': 'Demand generation',
  brand: 'Brand',
  'product-adoption': 'Product adoption',
  'customer-success': 'Customer success',
  'sales-enablement': 'Sales enablement',
};

/** `percent` values are percentage points: 12.5 means 12.5 %. */
export const KpiUnitSchema = z.enum(['count', 'currency', 'percent', 'days']);
export type KpiUnit = z.infer<typeof KpiUnitSchema>;

/** Whether a bigger number is good news (`higher`, e.g. pipeline) or bad news (`lower`, e.g. cycle days). */
export const KpiDirectionSchema = z.enum(['higher', 'lower']);
export type KpiDirection = z.infer<typeof KpiDirectionSchema>;

/**
 * How long a KPI's name (the GTM KPIs Title) and a measurement's note (GTM KPI Measurements
 * `GtmNote`: a sentence or two on why the value moved) may be.
 */
export const KPI_TEXT_LIMITS = { title: SINGLE_LINE_TEXT_MAX, measurementNote: 1000 } as const;

/**
 * A KPI of the GTM Control Plane. Thresholds are ordered in the KPI's direction:
 * higher-is-better needs target ≥ amber > red (e.g. 100 / 90 / 75);
 * lower-is-better needs target ≤ amber < red (e.g. 30 / 35 / 45 days).
 * See `kpiStatusForValue` for what the thresholds mean.
 */
export const KpiSchema = z
  .object({
    id: IdSchema,
    title: limitedNonBlank('KPI name', KPI_TEXT_LIMITS.title),
    area: KpiAreaSchema,
    owner: PersonSchema,
    unit: KpiUnitSchema,
    direction: KpiDirectionSchema,
    target: z.number(),
    amberThreshold: z.number(),
    redThreshold: z.number(),
  })
  .refine((k) => (k.direction === 'higher' ? k.target >= k.amberThreshold : k.target <= k.amberThreshold), {
    message: 'The amber threshold must not be better than the target',
    path: ['amberThreshold'],
  })
  .refine((k) => (k.direction === 'higher' ? k.amberThreshold > k.redThreshold : k.amberThreshold < k.redThreshold), {
    message: 'The red threshold must be worse than the amber threshold',
    path: ['redThreshold'],
  });
export type Kpi = z.infer<typeof KpiSchema>;

/**
 * One value of one KPI for one review cycle. The cycle is identified by the **date of the GTM
 * Review** it was reported for (not a cycle number): dates order themselves, survive a skipped or
 * moved review, and match `Review.date`. History is kept: one measurement per KPI and cycle,
 * never overwritten (see `recordMeasurement`).
 */
export const KpiMeasurementSchema = z.object({
  kpiId: IdSchema,
  cycle: z.iso.date(),
  value: z.number(),
  recordedBy: PersonSchema.optional(),
  note: limitedText('Note', KPI_TEXT_LIMITS.measurementNote).optional(),
});
export type KpiMeasurement = z.infer<typeof KpiMeasurementSchema>;
