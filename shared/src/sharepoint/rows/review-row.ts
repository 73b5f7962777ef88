import { z } from 'zod';
import type { Review } from '../../domain/review/review';
import { ReviewSchema, type ReviewStatus } from '../../domain/review/review';
import type { ListRow, RowValues } from '../store/list-store';
import type { MapResult } from './row-mapping';
import { day, jsonNote, labelOf, mapRow, optText, person, personOf, personValue, slugOf, toJson, toRowDay } from './row-mapping';

/** The GtmReviewStatus choices. */
export const REVIEW_STATUS_LABELS: Readonly<Record<ReviewStatus, string>> = { planned: 'Planned', 'in-progress': 'In progress', held: 'Held' };

/** A GTM Reviews item as SharePoint stores it: the date, the attendees who are site users as people, and JSON notes for the rest. */
export const ReviewRowSchema = z.object({
  Title: optText,
  GtmReviewDate: day,
  // Absent or empty on items (and sites) from before the column: a held review.
  GtmReviewStatus: optText.optional(),
  GtmAttendees: jsonNote,
  // Absent on sites provisioned before the column, and on items written before it.
  GtmAttendeePeople: z.array(person).nullable().optional(),
  GtmDecisions: jsonNote,
  GtmActionIds: jsonNote,
  GtmKpiSnapshot: jsonNote,
  // Optional: absent on sites provisioned before these columns existed.
  GtmSummaryMessageId: optText.optional(),
  GtmNextEventId: optText.optional(),
  GtmMeetingRecord: jsonNote.optional(),
});
export type ReviewRow = z.infer<typeof ReviewRowSchema>;

type Attendee = { email: string; displayName?: string };

/**
 * The review's attendees: the people of the Person column (as the site names them), then those of
 * the JSON note who are not among them (guests, people not on the site, items written before the
 * column), one per e-mail ignoring case.
 * @example attendeesOf([{ email: 'ana@contoso.com', displayName: 'Ana Lima', id: 7 }], [{ email: 'ANA@contoso.com' }, { email: 'guest@partner.example' }])
 *   // [{ email: 'ana@contoso.com', displayName: 'Ana Lima' }, { email: 'guest@partner.example' }]
 */
export function attendeesOf(people: readonly z.infer<typeof person>[] | null | undefined, json: unknown): unknown {
  const fromColumn = (people ?? []).flatMap((p): Attendee[] => {
    const one = personOf(p);
    return one && one.email !== '' ? [one] : [];
  });
  if (!Array.isArray(json)) return fromColumn.length > 0 ? fromColumn : (json ?? []);
  const known = new Set(fromColumn.map((p) => p.email.toLowerCase()));
  const rest = json.filter((p: unknown) => {
    const email = typeof p === 'object' && p !== null ? (p as { email?: unknown }).email : undefined;
    return typeof email !== 'string' || !known.has(email.toLowerCase());
  });
  return [...fromColumn, ...rest];
}

export function toReview(row: ListRow): MapResult<Review> {
  return mapRow(
    row,
    ReviewRowSchema,
    (r, id) => ({
      id,
      date: r.GtmReviewDate,
      ...(r.GtmReviewStatus ? { status: slugOf(REVIEW_STATUS_LABELS, r.GtmReviewStatus) } : {}),
      attendees: attendeesOf(r.GtmAttendeePeople, r.GtmAttendees),
      decisions: r.GtmDecisions ?? [],
      actionIds: r.GtmActionIds ?? [],
      kpiSnapshot: r.GtmKpiSnapshot ?? [],
      ...(r.GtmSummaryMessageId ? { summaryMessageId: r.GtmSummaryMessageId } : {}),
      ...(r.GtmNextEventId ? { nextEventId: r.GtmNextEventId } : {}),
      ...(r.GtmMeetingRecord ? { meeting: r.GtmMeetingRecord } : {}),
    }),
    ReviewSchema,
  );
}

export function toReviewRow(review: Review): RowValues {
  return {
    Title: `GTM Review ${review.date}`,
    GtmReviewDate: toRowDay(review.date),
    ...(review.status ? { GtmReviewStatus: labelOf(REVIEW_STATUS_LABELS, review.status) } : {}),
    GtmAttendees: toJson(review.attendees),
    // Every attendee is offered; the stores leave out whom the site cannot take (GTM_REVIEWS_LIST).
    GtmAttendeePeople: review.attendees.flatMap((p) => {
      const value = personValue(p);
      return value ? [value] : [];
    }),
    GtmDecisions: toJson(review.decisions),
    GtmActionIds: toJson(review.actionIds),
    GtmKpiSnapshot: toJson(review.kpiSnapshot),
    // Written only once known, so saving a Review never needs the columns on a site that lacks them.
    ...(review.summaryMessageId ? { GtmSummaryMessageId: review.summaryMessageId } : {}),
    ...(review.nextEventId ? { GtmNextEventId: review.nextEventId } : {}),
    ...(review.meeting ? { GtmMeetingRecord: toJson(review.meeting) } : {}),
  };
}
