/**
 * "End review" finalises a review whose captures are already in SharePoint (`review-record.ts`):
 * it holds the Review item (status Held, attendees, KPI snapshot), posts the summary to the
 * channel and schedules the next review. It saves no capture. Each step records what it wrote in
 * the progress (kept in localStorage by the caller) before the next starts, and each first looks
 * for what an earlier run already wrote — so a retry after a failure, or a second click, never
 * writes twice. The summary and the event are not looked up in the channel or a calendar (that
 * would need broad read permissions): their ids are recorded here and on the Review item, and the
 * event carries a transaction id Graph deduplicates. The README explains the window that remains.
 */
import type { Action, Kpi, Review } from '@gtm/shared';
import { nextReviewDate, snapshotKpis } from '@gtm/shared';
import type { EndReviewTarget, ReviewBackend } from './review-backend';
import type { ReviewSession } from './review-model';
import { changeReview } from './review-record';
import { reviewDay, summaryMessage } from './summary';
import { nextReviewTransactionId } from './transaction-id';

/** What has been written so far for one review; persisted after every step. */
export interface EndReviewProgress {
  key: string;
  /** Set when "End review" was confirmed: from then on the steps are retried until done. */
  started: boolean;
  /** The Review item is Held, with its attendees and KPI snapshot. */
  reviewHeld: boolean;
  /** The next review is a planned Review record (the cadence date after this one). */
  nextPlanned: boolean;
  messageId: string | null;
  /** The message id is on the Review item too (so another device or attendee does not post again). */
  messageRecorded: boolean;
  eventId: string | null;
  /** The event id is on the Review item too. */
  eventRecorded: boolean;
  /** The channel and time the user confirmed; a run resumed after a reload keeps them. */
  target?: EndReviewTarget;
}

export function newProgress(key: string): EndReviewProgress {
  return { key, started: false, reviewHeld: false, nextPlanned: false, messageId: null, messageRecorded: false, eventId: null, eventRecorded: false };
}

/** The steps still to do, in words the user reads in the "pending" list. */
export function pendingSteps(progress: EndReviewProgress): string[] {
  const steps: string[] = [];
  if (!progress.reviewHeld) steps.push('Save the Review record as held, with the KPI snapshot');
  if (!progress.nextPlanned) steps.push('Plan the next review');
  if (progress.messageId === null) steps.push('Post the summary to the channel');
  else if (!progress.messageRecorded) steps.push('Note the posted summary on the Review record');
  if (progress.eventId === null) steps.push('Schedule the next review');
  else if (!progress.eventRecorded) steps.push('Note the next review on the Review record');
  return steps;
}

export function isComplete(progress: EndReviewProgress): boolean {
  return pendingSteps(progress).length === 0;
}

export interface EndReviewInput {
  /** The Review item of the meeting (open since the tab opened the review). */
  reviewItemId: string;
  session: ReviewSession;
  kpis: readonly Kpi[];
  /** The agenda's actions (titles of the ones closed in the meeting). */
  actions: readonly Action[];
  /** What the user confirmed (a resumed run uses the one in its progress). */
  target: EndReviewTarget;
}

/** Notes an id on the Review item unless one is there already (it is the one the channel or calendar has). */
function noteOnReview(backend: ReviewBackend, itemId: string, changes: Pick<Review, 'summaryMessageId' | 'nextEventId'>): Promise<unknown> {
  return changeReview(backend, itemId, (r) => ({
    ...r,
    ...(changes.summaryMessageId && !r.summaryMessageId ? { summaryMessageId: changes.summaryMessageId } : {}),
    ...(changes.nextEventId && !r.nextEventId ? { nextEventId: changes.nextEventId } : {}),
  }));
}

/** The directory users among the action owners, for @mentions; a failed look-up is a plain name. */
async function usersOf(backend: ReviewBackend, session: ReviewSession): Promise<Map<string, { id: string; displayName: string }>> {
  const emails = [...new Set(session.actions.map((a) => a.owner.email.toLowerCase()))];
  const found = await Promise.all(emails.map((e) => backend.directoryUser(e).catch(() => null)));
  const users = new Map<string, { id: string; displayName: string }>();
  emails.forEach((e, i) => {
    const user = found[i];
    if (user) users.set(e, user);
  });
  return users;
}

/**
 * Runs the remaining steps in order; `save` is called with the progress after each one. Throws the
 * first failure (the progress so far is already saved): the caller retries later with backoff.
 */
export async function runEndReview(
  backend: ReviewBackend,
  input: EndReviewInput,
  start: EndReviewProgress,
  save: (progress: EndReviewProgress) => void,
): Promise<EndReviewProgress> {
  const { session, reviewItemId } = input;
  const target = start.target ?? input.target;
  let progress: EndReviewProgress = { ...start, started: true, target };
  const commit = (changes: Partial<EndReviewProgress>): void => {
    progress = { ...progress, ...changes };
    save(progress);
  };
  commit({});
  const next = nextReviewDate(session.date);

  if (!progress.reviewHeld) {
    if (session.attendees.length === 0) throw new Error('Tick at least one attendee before ending the review: a held review names who was there.');
    // The snapshot from the actuals as they are now (entered during the meeting, or moved here
    // from the date the review was planned for), not from what the agenda loaded.
    const snapshot = snapshotKpis(input.kpis, await backend.readMeasurements(), session.date);
    // The captures are on the item already; this adds what only the end knows. A snapshot taken
    // by an earlier run (another device) is kept: it is what the meeting saw.
    await changeReview(backend, reviewItemId, (r) => ({
      ...r,
      status: 'held',
      attendees: r.attendees.length > 0 ? r.attendees : session.attendees,
      kpiSnapshot: r.kpiSnapshot.length > 0 ? r.kpiSnapshot : snapshot,
    }));
    commit({ reviewHeld: true });
  }

  // The next cycle is a planned Review record: the Control Plane, KPI entry and the tab read it.
  if (!progress.nextPlanned) {
    if ((await backend.findReview(next)) === null) {
      await backend.addReview({ id: '', date: next, status: 'planned', attendees: session.attendees, decisions: [], actionIds: [], kpiSnapshot: [] });
    }
    commit({ nextPlanned: true });
  }

  // The summary: posted once. What says it was posted: this device's progress, or the Review item
  // (another device or attendee). The id is saved locally the moment the post returns.
  if (progress.messageId === null) {
    const held = (await backend.readReview(reviewItemId))?.review;
    const recorded = held?.summaryMessageId;
    if (recorded) commit({ messageId: recorded, messageRecorded: true });
    else {
      const message = summaryMessage({
        session, snapshot: held?.kpiSnapshot ?? [], kpis: input.kpis, actions: input.actions, users: await usersOf(backend, session),
        next: { date: next, start: target.start, end: target.end, timeZone: target.timeZone },
      });
      commit({ messageId: await backend.postSummary(message) });
    }
  }
  if (!progress.messageRecorded) {
    await noteOnReview(backend, reviewItemId, { summaryMessageId: progress.messageId as string });
    commit({ messageRecorded: true });
  }

  // The next review: the transaction id makes a repeated POST by the same organizer return the
  // same event; the Review item stops a second attendee from creating one in their calendar.
  if (progress.eventId === null) {
    const recorded = (await backend.readReview(reviewItemId))?.review.nextEventId;
    if (recorded) commit({ eventId: recorded, eventRecorded: true });
    else {
      const eventId = await backend.createEvent({
        subject: 'GTM Review',
        date: next,
        transactionId: nextReviewTransactionId(session.key),
        bodyHtml: `<p>Three-weekly GTM Review, scheduled after the review of ${reviewDay(session.date)}. Agenda: KPIs, risks, MQA sync, actions, deep dives.</p>`,
        attendees: session.attendees,
        timeZone: target.timeZone,
      });
      commit({ eventId });
    }
  }
  if (!progress.eventRecorded) {
    await noteOnReview(backend, reviewItemId, { nextEventId: progress.eventId as string });
    commit({ eventRecorded: true });
  }
  return progress;
}
