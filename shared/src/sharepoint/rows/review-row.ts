import { z } from 'zod';
import type { Review } from '../../domain/review/review';
import { ReviewSchema } from '../../domain/review/review';
import type { ListRow, RowValues } from '../store/list-store';
import type { MapResult } from './row-mapping';
import { day, jsonNote, mapRow, optText, toJson, toRowDay } from './row-mapping';

/** A GTM Reviews item as SharePoint stores it: the date, and JSON notes for the rest. */
export const ReviewRowSchema = z.object({
  Title: optText,
  GtmReviewDate: day,
  GtmAttendees: jsonNote,
  GtmDecisions: jsonNote,
  GtmActionIds: jsonNote,
  GtmKpiSnapshot: jsonNote,
  // Optional: absent on sites provisioned before these columns existed.
  GtmSummaryMessageId: optText.optional(),
  GtmNextEventId: optText.optional(),
});
export type ReviewRow = z.infer<typeof ReviewRowSchema>;

export function toReview(row: ListRow): MapResult<Review> {
  return mapRow(
    row,
    ReviewRowSchema,
    (r, id) => ({
      id,
      date: r.GtmReviewDate,
      attendees: r.GtmAttendees ?? [],
      decisions: r.GtmDecisions ?? [],
      actionIds: r.GtmActionIds ?? [],
      kpiSnapshot: r.GtmKpiSnapshot ?? [],
      ...(r.GtmSummaryMessageId ? { summaryMessageId: r.GtmSummaryMessageId } : {}),
      ...(r.GtmNextEventId ? { nextEventId: r.GtmNextEventId } : {}),
    }),
    ReviewSchema,
  );
}

export function toReviewRow(review: Review): RowValues {
  return {
    Title: `GTM Review ${review.date}`,
    GtmReviewDate: toRowDay(review.date),
    GtmAttendees: toJson(review.attendees),
    GtmDecisions: toJson(review.decisions),
    GtmActionIds: toJson(review.actionIds),
    GtmKpiSnapshot: toJson(review.kpiSnapshot),
    // Written only once known, so saving a Review never needs the columns on a site that lacks them.
    ...(review.summaryMessageId ? { GtmSummaryMessageId: review.summaryMessageId } : {}),
    ...(review.nextEventId ? { GtmNextEventId: review.nextEventId } : {}),
  };
}
