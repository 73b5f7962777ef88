/**
 * The review in progress lives in SharePoint (DOMAIN.md §2): a GTM Reviews item with status
 * "In progress" from the moment the tab opens the review, its meeting record (decisions with what
 * they were about, actions closed, deep dives) and attendees written with the item's ETag as each
 * is captured, and each action a GTM Actions item linked to it. A reload, a crash or the presenter
 * leaving loses nothing; a late joiner reads everything. Nothing here holds React state.
 */
import type { Action, DecisionAbout, IsoDate, Person, Review, ReviewMeetingRecord } from '@gtm/shared';
import { ConflictError, EMPTY_MEETING_RECORD, reviewCycleOn, reviewStatusOf, samePerson } from '@gtm/shared';
import type { ReviewBackend, StoredReview } from './review-backend';
import type { CapturedAction, CapturedDecision, ItemRef, ReviewPlace, ReviewSession } from './review-model';
import { reviewKeyOf } from './review-model';

/** The review as the meeting sees it: the stored item, and the session built from it and its actions. */
export interface OpenReview {
  stored: StoredReview;
  session: ReviewSession;
  /** Held: End review already ran (here or on another device); the meeting is read-only. */
  held: boolean;
}

/** What an item was about, as the meeting record keeps it (no link: the action item has its own). */
export function aboutOf(item: ItemRef): DecisionAbout {
  return { key: item.key, title: item.title, ...(item.section ? { section: item.section } : {}) };
}

/** What a decision saved before the meeting record existed (text only) was about. */
const UNKNOWN_ABOUT: DecisionAbout = { key: 'section:other', title: 'Other' };

const meetingOf = (review: Review): ReviewMeetingRecord => review.meeting ?? EMPTY_MEETING_RECORD;

/**
 * The session shown for a stored review and the GTM Actions items created in it.
 * @example sessionOf(place, stored, [action]) // { decisions: […], actions: [{ clientId: '41', … }], … }
 */
export function sessionOf(place: ReviewPlace, stored: StoredReview, actions: readonly Action[]): ReviewSession {
  const { review } = stored;
  const meeting = meetingOf(review);
  const recorded = new Set(meeting.decisions.map((d) => d.text));
  const decisions: CapturedDecision[] = [
    ...meeting.decisions.map((d) => ({ clientId: d.id, text: d.text, item: d.about })),
    // Texts saved before the meeting record (older held reviews) are listed under "Other".
    ...review.decisions.filter((t) => !recorded.has(t)).map((text, i) => ({ clientId: `legacy-${i}`, text, item: UNKNOWN_ABOUT })),
  ];
  const captured: CapturedAction[] = [...actions]
    .sort((a, b) => Number(a.id) - Number(b.id))
    .map((a) => ({
      clientId: a.id,
      itemId: a.id,
      title: a.title,
      owner: a.owner,
      dueDate: a.dueDate,
      item: { ...(meeting.actionsAbout[a.id] ?? UNKNOWN_ABOUT), ...(a.link ? { link: a.link } : {}) },
    }));
  return {
    key: reviewKeyOf(place, review.date),
    date: review.date,
    attendees: review.attendees,
    decisions,
    actions: captured,
    doneActionIds: meeting.closedActionIds,
    deepDives: meeting.deepDives,
  };
}

/**
 * Applies `change` to the Review item read fresh and writes it with that ETag; on a 412 (another
 * attendee wrote in between) reads again and applies the change to their version, at most three
 * times. `change` must be a merge (add this decision, tick that id), never a replacement, so
 * nobody's capture is overwritten. Writes nothing when the change changes nothing.
 */
export async function changeReview(backend: ReviewBackend, itemId: string, change: (review: Review) => Review): Promise<StoredReview> {
  for (let attempt = 0; ; attempt++) {
    const current = await backend.readReview(itemId);
    if (!current) throw new Error('The Review record of this meeting was deleted in SharePoint; reload the tab to start it again.');
    const next = change(current.review);
    if (JSON.stringify(next) === JSON.stringify(current.review)) return current;
    try {
      return await backend.updateReview(current, next);
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= 2) throw error;
    }
  }
}

/**
 * Opens the review of `date`: the item already there (in progress, or held), or a new one in
 * progress with `attendees`. Two tabs adding one at the same moment each read back the first
 * added; the other one, just created and empty, is deleted again.
 */
export async function openReview(backend: ReviewBackend, place: ReviewPlace, date: IsoDate, attendees: Person[]): Promise<OpenReview> {
  return (await findOrOpenReview(backend, place, date, attendees, true)) as OpenReview;
}

/**
 * Like `openReview`, but with `create` false a day with no Review item answers null instead of
 * starting one: a channel tab opened to look starts no review (and moves no cycle) until
 * something is captured.
 */
export async function findOrOpenReview(backend: ReviewBackend, place: ReviewPlace, date: IsoDate, attendees: Person[], create: boolean): Promise<OpenReview | null> {
  let stored = await backend.findReview(date);
  if (stored === null && !create) return null;
  if (stored !== null && reviewStatusOf(stored.review) === 'planned') {
    // The review planned for today starts: it is the same record, now in progress.
    stored = await changeReview(backend, stored.itemId, (r) =>
      reviewStatusOf(r) === 'planned' ? { ...r, status: 'in-progress', attendees: r.attendees.length > 0 ? r.attendees : attendees, meeting: r.meeting ?? EMPTY_MEETING_RECORD } : r,
    );
  }
  if (stored === null) {
    const mine = await backend.addReview({ id: '', date, status: 'in-progress', attendees, decisions: [], actionIds: [], kpiSnapshot: [], meeting: EMPTY_MEETING_RECORD });
    stored = (await backend.findReview(date)) ?? mine;
    if (stored.itemId !== mine.itemId) await backend.deleteReview(mine).catch(() => undefined); // an empty duplicate; harmless if it stays
  } else if (reviewStatusOf(stored.review) === 'in-progress' && stored.review.attendees.length === 0 && attendees.length > 0) {
    // Opened first where the user is unknown (standalone): the next one to open it attends.
    stored = await changeReview(backend, stored.itemId, (r) => (r.attendees.length > 0 ? r : { ...r, attendees }));
  }
  // Held on another day than planned: the actuals reported for the planned date are this review's
  // (finishes a move a closed tab left half done; nothing to move is one read).
  const plannedFor = stored.review.meeting?.plannedFor;
  if (plannedFor && plannedFor !== date && reviewStatusOf(stored.review) === 'in-progress') await backend.moveMeasurements(plannedFor, date);
  return readOpenReview(backend, place, stored);
}

/**
 * The review of the current cycle when it is planned for another day than `date` and nothing is
 * recorded for `date` yet: the tab asks before holding it today. Null when there is nothing to ask.
 */
export async function plannedElsewhere(backend: ReviewBackend, date: IsoDate): Promise<StoredReview | null> {
  const all = await backend.readReviews();
  if (all.some((s) => s.review.date === date)) return null;
  const cycle = reviewCycleOn(all.map((s) => s.review), date);
  if (cycle.source !== 'planned' || cycle.nextReview === null || cycle.nextReview === date) return null;
  return all.find((s) => s.review.date === cycle.nextReview && reviewStatusOf(s.review) === 'planned') ?? null;
}

/**
 * Holds the planned review today: the same Review record moves to `date`, in progress, noting the
 * date it was planned for; then the KPI actuals reported for that date move with it. The cycle
 * after it is planned from the day it is held (End review).
 */
export async function holdPlannedOn(backend: ReviewBackend, place: ReviewPlace, planned: StoredReview, date: IsoDate, attendees: Person[]): Promise<OpenReview> {
  await changeReview(backend, planned.itemId, (r) =>
    reviewStatusOf(r) !== 'planned'
      ? r
      : { ...r, date, status: 'in-progress', attendees: r.attendees.length > 0 ? r.attendees : attendees, meeting: { ...(r.meeting ?? EMPTY_MEETING_RECORD), plannedFor: r.date } },
  );
  return openReview(backend, place, date, attendees);
}

/** The open review read again from SharePoint (another frame or attendee captured something). */
export async function refreshReview(backend: ReviewBackend, place: ReviewPlace, itemId: string): Promise<OpenReview> {
  const stored = await backend.readReview(itemId);
  if (!stored) throw new Error('The Review record of this meeting was deleted in SharePoint; reload the tab to start it again.');
  return readOpenReview(backend, place, stored);
}

async function readOpenReview(backend: ReviewBackend, place: ReviewPlace, stored: StoredReview): Promise<OpenReview> {
  const actions = await backend.actionsOfReview(stored.itemId);
  return { stored, session: sessionOf(place, stored, actions), held: reviewStatusOf(stored.review) === 'held' };
}

/** The changes the meeting makes to its record; each a merge that a retry or a 412 can repeat. */
export const recordChanges = {
  decision(d: CapturedDecision): (r: Review) => Review {
    return (r) => {
      const meeting = meetingOf(r);
      if (meeting.decisions.some((x) => x.id === d.clientId)) return r;
      const text = d.text.trim();
      return {
        ...r,
        decisions: r.decisions.includes(text) ? r.decisions : [...r.decisions, text],
        meeting: { ...meeting, decisions: [...meeting.decisions, { id: d.clientId, text, about: aboutOf(d.item) }] },
      };
    };
  },
  /** Links an action saved to GTM Actions to the review: its id, and what it was about. */
  action(actionId: string, item: ItemRef): (r: Review) => Review {
    return (r) => {
      const meeting = meetingOf(r);
      return {
        ...r,
        actionIds: r.actionIds.includes(actionId) ? r.actionIds : [...r.actionIds, actionId],
        meeting: { ...meeting, actionsAbout: { ...meeting.actionsAbout, [actionId]: aboutOf(item) } },
      };
    };
  },
  closed(actionId: string, done: boolean): (r: Review) => Review {
    return (r) => {
      const meeting = meetingOf(r);
      const has = meeting.closedActionIds.includes(actionId);
      if (has === done) return r;
      const closedActionIds = done ? [...meeting.closedActionIds, actionId] : meeting.closedActionIds.filter((x) => x !== actionId);
      return { ...r, meeting: { ...meeting, closedActionIds } };
    };
  },
  deepDive(title: string, proposedBy: Person): (r: Review) => Review {
    return (r) => {
      const meeting = meetingOf(r);
      if (meeting.deepDives.some((x) => x.title === title)) return r;
      return { ...r, meeting: { ...meeting, deepDives: [...meeting.deepDives, { title, proposedBy }] } };
    };
  },
  attendee(person: Person, attends: boolean): (r: Review) => Review {
    return (r) => {
      const has = r.attendees.some((p) => samePerson(p, person));
      if (has === attends) return r;
      return { ...r, attendees: attends ? [...r.attendees, person] : r.attendees.filter((p) => !samePerson(p, person)) };
    };
  },
};

const sameAction = (saved: Action, captured: CapturedAction): boolean =>
  saved.title === captured.title.trim() && saved.dueDate === captured.dueDate && samePerson(saved.owner, captured.owner);

/**
 * Saves a captured action: a GTM Actions item linked to the review (unless a retry finds the one
 * an earlier attempt added), then its id and what it was about on the Review item.
 */
export async function saveAction(backend: ReviewBackend, reviewItemId: string, captured: CapturedAction): Promise<string> {
  const existing = (await backend.actionsOfReview(reviewItemId)).find((a) => sameAction(a, captured));
  const id =
    existing?.id ??
    (await backend.addActions([
      {
        id: captured.clientId, title: captured.title.trim(), owner: captured.owner, dueDate: captured.dueDate, status: 'open', reviewId: reviewItemId,
        ...(captured.item.link ? { link: captured.item.link } : {}),
      },
    ]))[0];
  if (id === undefined) throw new Error(`Saving the action “${captured.title}” returned no item.`);
  await changeReview(backend, reviewItemId, recordChanges.action(id, captured.item));
  return id;
}

/** Marks an open action done (or open again) in GTM Actions, then on the review's record. */
export async function saveClosed(backend: ReviewBackend, reviewItemId: string, actionId: string, done: boolean): Promise<void> {
  await backend.setActionStatus(actionId, done ? 'done' : 'open');
  await changeReview(backend, reviewItemId, recordChanges.closed(actionId, done));
}
