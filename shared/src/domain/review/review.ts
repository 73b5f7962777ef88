import { z } from 'zod';
import { IsoDateSchema } from '../common/iso-date';
import { PersonSchema } from '../common/person';
import { IdSchema } from '../common/text';
import { limitedNonBlank, SINGLE_LINE_TEXT_MAX } from '../common/text-limit';
import { KPI_STATUSES } from '../kpi/kpi-status';

/**
 * How long a review's texts may be. Decisions are kept as JSON in the `GtmDecisions` note, so
 * each one is capped (a paragraph) well inside the note's 63,999; the ids are single-line columns
 * and a snapshot's KPI title is a copy of the KPI's Title.
 */
export const REVIEW_TEXT_LIMITS = { decision: 1000, kpiTitle: SINGLE_LINE_TEXT_MAX, summaryMessageId: SINGLE_LINE_TEXT_MAX, nextEventId: SINGLE_LINE_TEXT_MAX } as const;

/** One KPI as it stood at a review: the value shown, the target, and the computed status. */
export const KpiSnapshotEntrySchema = z.object({
  kpiId: IdSchema,
  title: limitedNonBlank('KPI name', REVIEW_TEXT_LIMITS.kpiTitle),
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
  decisions: z.array(limitedNonBlank('Decision', REVIEW_TEXT_LIMITS.decision)),
  actionIds: z.array(IdSchema),
  kpiSnapshot: z.array(KpiSnapshotEntrySchema),
  /** The channel message the summary was posted as: set once posted, so no tab posts it again. */
  summaryMessageId: limitedNonBlank('Summary message id', REVIEW_TEXT_LIMITS.summaryMessageId).optional(),
  /** The next review's calendar event: set once created, so no other attendee creates a second one. */
  nextEventId: limitedNonBlank('Next review event id', REVIEW_TEXT_LIMITS.nextEventId).optional(),
});
export type Review = z.infer<typeof ReviewSchema>;
