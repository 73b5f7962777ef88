/**
 * "End review": save the Review record, the new actions, the actions marked done, post the summary
 * to the channel and schedule the next review. Each step records what it wrote in the progress
 * (kept in localStorage by the caller) before the next starts, and each first looks for what an
 * earlier run already wrote — so a retry after a failure, or a second click, never writes twice.
 * The summary and the event are not looked up in the channel or a calendar (that would need broad
 * read permissions): their ids are recorded here and on the Review item, and the event carries a
 * transaction id Graph deduplicates. The README explains the window that remains.
 */
import type { Action, Kpi, KpiMeasurement, KpiSnapshotEntry, Review } from '@gtm/shared';
import { ConflictError, nextReviewDate, samePerson, snapshotKpis } from '@gtm/shared';
import type { ReviewBackend, StoredReview } from './review-backend';
import type { CapturedAction, ReviewSession } from './review-model';
import { summaryHtml } from './summary';
import { nextReviewTransactionId } from './transaction-id';

/** What has been written so far for one review; persisted after every step. */
export interface EndReviewProgress {
  key: string;
  /** Set when "End review" was pressed: from then on the steps are retried until done. */
  started: boolean;
  reviewItemId: string | null;
  /** Captured action client id → GTM Actions item id. */
  savedActions: Record<string, string>;
  reviewLinked: boolean;
  doneMarked: string[];
  messageId: string | null;
  /** The message id is on the Review item too (so another device or attendee does not post again). */
  messageRecorded: boolean;
  eventId: string | null;
  /** The event id is on the Review item too. */
  eventRecorded: boolean;
}

export function newProgress(key: string): EndReviewProgress {
  return { key, started: false, reviewItemId: null, savedActions: {}, reviewLinked: false, doneMarked: [], messageId: null, messageRecorded: false, eventId: null, eventRecorded: false };
}

/** The steps still to do, in words the user reads in the "pending" list. */
export function pendingSteps(session: ReviewSession, progress: EndReviewProgress): string[] {
  const steps: string[] = [];
  if (progress.reviewItemId === null) steps.push('Save the Review record');
  for (const action of session.actions) {
    if (!progress.savedActions[action.clientId]) steps.push(`Save action “${action.title}”`);
  }
  if (!progress.reviewLinked) steps.push('Link decisions and actions to the Review record');
  for (const id of session.doneActionIds) if (!progress.doneMarked.includes(id)) steps.push(`Mark action #${id} done`);
  if (progress.messageId === null) steps.push('Post the summary to the channel');
  else if (!progress.messageRecorded) steps.push('Note the posted summary on the Review record');
  if (progress.eventId === null) steps.push('Schedule the next review');
  else if (!progress.eventRecorded) steps.push('Note the next review on the Review record');
  return steps;
}

export function isComplete(session: ReviewSession, progress: EndReviewProgress): boolean {
  return pendingSteps(session, progress).length === 0;
}

export interface EndReviewInput {
  session: ReviewSession;
  kpis: readonly Kpi[];
  measurements: readonly KpiMeasurement[];
}

function reviewRecord(input: EndReviewInput, snapshot: KpiSnapshotEntry[], actionIds: string[], base?: Review): Review {
  const decisions = input.session.decisions.map((d) => d.text.trim());
  const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];
  return {
    id: base?.id ?? input.session.key,
    date: input.session.date,
    attendees: base ? [...base.attendees, ...input.session.attendees.filter((p) => !base.attendees.some((b) => samePerson(b, p)))] : input.session.attendees,
    decisions: union(base?.decisions ?? [], decisions),
    actionIds: union(base?.actionIds ?? [], actionIds),
    kpiSnapshot: base && base.kpiSnapshot.length > 0 ? base.kpiSnapshot : snapshot,
    ...(base?.summaryMessageId ? { summaryMessageId: base.summaryMessageId } : {}),
    ...(base?.nextEventId ? { nextEventId: base.nextEventId } : {}),
  };
}

/**
 * Writes `changes` onto the Review item, read fresh; on a 412 (another tab wrote it) reads again,
 * at most 3 times. An id already there is kept: it is the one the channel or calendar has.
 */
async function noteOnReview(backend: ReviewBackend, date: string, changes: Pick<Review, 'summaryMessageId' | 'nextEventId'>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const current = await backend.findReview(date);
    if (!current) throw new Error(`The Review record of ${date} was deleted while the review was being saved; press End review again to recreate it.`);
    const review: Review = { ...current.review };
    if (changes.summaryMessageId && !review.summaryMessageId) review.summaryMessageId = changes.summaryMessageId;
    if (changes.nextEventId && !review.nextEventId) review.nextEventId = changes.nextEventId;
    if (review.summaryMessageId === current.review.summaryMessageId && review.nextEventId === current.review.nextEventId) return;
    try {
      await backend.updateReview(current, review);
      return;
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= 2) throw error;
    }
  }
}

const sameAction = (saved: Action, captured: CapturedAction): boolean =>
  saved.title === captured.title.trim() && saved.dueDate === captured.dueDate && samePerson(saved.owner, captured.owner);

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
  const { session } = input;
  let progress: EndReviewProgress = { ...start, started: true };
  const commit = (changes: Partial<EndReviewProgress>): void => {
    progress = { ...progress, ...changes };
    save(progress);
  };
  commit({});
  const snapshot = snapshotKpis(input.kpis, input.measurements, session.date);
  const next = nextReviewDate(session.date);

  let stored: StoredReview | null = null;
  if (progress.reviewItemId === null) {
    stored = (await backend.findReview(session.date)) ?? (await backend.addReview(reviewRecord(input, snapshot, [])));
    commit({ reviewItemId: stored.itemId });
  }
  const reviewItemId = progress.reviewItemId as string;

  const unsaved = session.actions.filter((a) => !progress.savedActions[a.clientId]);
  if (unsaved.length > 0) {
    const existing = await backend.actionsOfReview(reviewItemId);
    const savedActions = { ...progress.savedActions };
    const toAdd: CapturedAction[] = [];
    for (const captured of unsaved) {
      const found = existing.find((a) => sameAction(a, captured));
      if (found) savedActions[captured.clientId] = found.id;
      else toAdd.push(captured);
    }
    if (toAdd.length > 0) {
      const ids = await backend.addActions(
        toAdd.map((a) => ({
          id: a.clientId, title: a.title.trim(), owner: a.owner, dueDate: a.dueDate, status: 'open', reviewId: reviewItemId,
          ...(a.item.link ? { link: a.item.link } : {}),
        })),
      );
      toAdd.forEach((a, i) => {
        const id = ids[i];
        if (id !== undefined) savedActions[a.clientId] = id;
      });
    }
    commit({ savedActions });
  }

  if (!progress.reviewLinked) {
    const actionIds = session.actions.map((a) => progress.savedActions[a.clientId]).filter((id): id is string => id !== undefined);
    // Read the item fresh: another attendee's tab may have written it. On a 412 read again and
    // merge once more — decisions and action ids are merged (a union), never replaced.
    for (let attempt = 0; ; attempt++) {
      const current = stored && attempt === 0 ? stored : await backend.findReview(session.date);
      if (!current) throw new Error(`The Review record of ${session.date} was deleted while the review was being saved; press End review again to recreate it.`);
      try {
        await backend.updateReview(current, reviewRecord(input, snapshot, actionIds, current.review));
        break;
      } catch (error) {
        if (!(error instanceof ConflictError) || attempt >= 2) throw error;
      }
    }
    commit({ reviewLinked: true });
  }

  for (const id of session.doneActionIds) {
    if (progress.doneMarked.includes(id)) continue;
    await backend.markActionDone(id);
    commit({ doneMarked: [...progress.doneMarked, id] });
  }

  // The summary: posted once. What says it was posted: this device's progress, or the Review item
  // (another device or attendee). The id is saved locally the moment the post returns.
  if (progress.messageId === null) {
    const recorded = (await backend.findReview(session.date))?.review.summaryMessageId;
    if (recorded) commit({ messageId: recorded, messageRecorded: true });
    else commit({ messageId: await backend.postSummary(summaryHtml(session, snapshot, next)) });
  }
  if (!progress.messageRecorded) {
    await noteOnReview(backend, session.date, { summaryMessageId: progress.messageId as string });
    commit({ messageRecorded: true });
  }

  // The next review: the transaction id makes a repeated POST by the same organizer return the
  // same event; the Review item stops a second attendee from creating one in their calendar.
  if (progress.eventId === null) {
    const recorded = (await backend.findReview(session.date))?.review.nextEventId;
    if (recorded) commit({ eventId: recorded, eventRecorded: true });
    else {
      const eventId = await backend.createEvent({
        subject: 'GTM Review',
        date: next,
        transactionId: nextReviewTransactionId(session.key),
        bodyHtml: `<p>Three-weekly GTM Review, scheduled after the review of ${session.date}. Agenda: KPIs, risks, MQA sync, actions, deep dives.</p>`,
        attendees: session.attendees,
      });
      commit({ eventId });
    }
  }
  if (!progress.eventRecorded) {
    await noteOnReview(backend, session.date, { nextEventId: progress.eventId as string });
    commit({ eventRecorded: true });
  }
  return progress;
}
