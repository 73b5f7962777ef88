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

/**
 * Where a review stands (DOMAIN.md §2): planned (the next cycle's date), in progress (the meeting
 * is being held: what it decides is stored as it is captured) or held (ended: snapshot, summary
 * and invite written). A record saved before the status existed is a held review.
 */
export const REVIEW_STATUSES = ['planned', 'in-progress', 'held'] as const;
export const ReviewStatusSchema = z.enum(REVIEW_STATUSES);
export type ReviewStatus = z.infer<typeof ReviewStatusSchema>;

/** What a decision was taken about: an agenda section or an item in it (`kpi:12`), with its section. */
export const DecisionAboutSchema = z.object({
  key: limitedNonBlank('Agenda item key', SINGLE_LINE_TEXT_MAX),
  title: limitedNonBlank('Agenda item', SINGLE_LINE_TEXT_MAX),
  section: z.object({ key: limitedNonBlank('Section key', SINGLE_LINE_TEXT_MAX), title: limitedNonBlank('Section', SINGLE_LINE_TEXT_MAX) }).optional(),
});
export type DecisionAbout = z.infer<typeof DecisionAboutSchema>;

/**
 * What the meeting captured beyond the texts of its decisions, written as it is captured: each
 * decision with its client id (a retried write is recognised) and what it was about, what each
 * action created in the meeting was about (GTM Actions item id → agenda item), the open actions
 * the meeting marked done, and the deep dives attendees proposed.
 */
export const ReviewMeetingRecordSchema = z.object({
  decisions: z.array(z.object({ id: IdSchema, text: limitedNonBlank('Decision', 1000), about: DecisionAboutSchema })),
  actionsAbout: z.record(z.string(), DecisionAboutSchema),
  closedActionIds: z.array(IdSchema),
  deepDives: z.array(z.object({ title: limitedNonBlank('Deep dive', SINGLE_LINE_TEXT_MAX), proposedBy: PersonSchema })),
  /**
   * The date this review was planned for when it was held on another day instead: the KPI actuals
   * reported for that date belong to this review and are moved to its date.
   */
  plannedFor: IsoDateSchema.optional(),
});
export type ReviewMeetingRecord = z.infer<typeof ReviewMeetingRecordSchema>;

/** A meeting record with nothing captured. */
export const EMPTY_MEETING_RECORD: ReviewMeetingRecord = { decisions: [], actionsAbout: {}, closedActionIds: [], deepDives: [] };

/** One GTM Review: planned, being held (captures stored as they happen) or held (saved and posted). */
export const ReviewSchema = z.object({
  id: IdSchema,
  date: IsoDateSchema,
  /** Absent on records written before the status existed: those are held reviews (`reviewStatusOf`). */
  status: ReviewStatusSchema.optional(),
  attendees: z.array(PersonSchema),
  decisions: z.array(limitedNonBlank('Decision', REVIEW_TEXT_LIMITS.decision)),
  actionIds: z.array(IdSchema),
  kpiSnapshot: z.array(KpiSnapshotEntrySchema),
  /** The channel message the summary was posted as: set once posted, so no tab posts it again. */
  summaryMessageId: limitedNonBlank('Summary message id', REVIEW_TEXT_LIMITS.summaryMessageId).optional(),
  /** The next review's calendar event: set once created, so no other attendee creates a second one. */
  nextEventId: limitedNonBlank('Next review event id', REVIEW_TEXT_LIMITS.nextEventId).optional(),
  /** What the meeting captured, with what each piece was about (absent on records from before it). */
  meeting: ReviewMeetingRecordSchema.optional(),
}).superRefine((review, ctx) => {
  // A held review names who was there; a planned one or one just opened may not know yet.
  if ((review.status ?? 'held') === 'held' && review.attendees.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['attendees'], message: 'A held review has at least one attendee.' });
  }
});
export type Review = z.infer<typeof ReviewSchema>;

/** The review's status; a record from before the status existed is held. */
export function reviewStatusOf(review: Pick<Review, 'status'>): ReviewStatus {
  return review.status ?? 'held';
}
