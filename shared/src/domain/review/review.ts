import { z } from 'zod';
import { IsoDateSchema } from '../common/iso-date';
import { PersonSchema } from '../common/person';
import { IdSchema, NonBlankSchema } from '../common/text';
import { KPI_STATUSES } from '../kpi/kpi-status';

/** One KPI as it stood at a review: the value shown, the target, and the computed status. */
export const KpiSnapshotEntrySchema = z.object({
  kpiId: IdSchema,
  title: NonBlankSchema,
  value: z.number().nullable(),
  target: z.number(),
  status: z.enum(KPI_STATUSES),
});
export type KpiSnapshotEntry = z.infer<typeof KpiSnapshotEntrySchema>;

/** One GTM Review: the record saved and posted after the meeting. */
export const ReviewSchema = z.object({
  id: IdSchema,
  date: IsoDateSchema,
  attendees: z.array(PersonSchema).min(1),
  decisions: z.array(NonBlankSchema),
  actionIds: z.array(IdSchema),
  kpiSnapshot: z.array(KpiSnapshotEntrySchema),
  /** The channel message the summary was posted as: set once posted, so no tab posts it again. */
  summaryMessageId: NonBlankSchema.optional(),
  /** The next review's calendar event: set once created, so no other attendee creates a second one. */
  nextEventId: NonBlankSchema.optional(),
});
export type Review = z.infer<typeof ReviewSchema>;
