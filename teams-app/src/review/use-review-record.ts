/**
 * The review in progress as React state over SharePoint: opens (or creates) the Review item when
 * the tab opens the review, writes each capture as it happens — one at a time, in order, each
 * shown at once and marked "saving" until SharePoint has it — and reads the record again when
 * another frame or attendee wrote (`refresh`, and every `pollMs`). A write that fails stays listed
 * with the reason and is retried after 2, 4, 8… s or with "Retry now"; nothing is dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { IsoDate, Person } from '@gtm/shared';
import { samePerson } from '@gtm/shared';
import { describeError } from './error-message';
import { retryDelaySeconds } from './local-outbox';
import type { ReviewBackend, StoredReview } from './review-backend';
import type { CapturedAction, CapturedDecision, ReviewPlace, ReviewSession } from './review-model';
import { newSession } from './review-model';
import type { OpenReview } from './review-record';
import { changeReview, findOrOpenReview, holdPlannedOn, plannedElsewhere, recordChanges, refreshReview, saveAction, saveClosed } from './review-record';

/** A capture not yet in SharePoint: what it is, and why the last attempt failed (null: saving). */
export interface PendingCapture {
  id: string;
  label: string;
  error: string | null;
}

interface Op {
  id: string;
  label: string;
  /** The capture as shown before SharePoint has it. */
  apply(session: ReviewSession): ReviewSession;
  run(reviewItemId: string): Promise<void>;
}

export interface ReviewRecordState {
  /** Null until the Review item is open (or when opening failed: `openError`). */
  open: OpenReview | null;
  openError: string | null;
  /** The stored session with the pending captures on top. */
  session: ReviewSession;
  pending: PendingCapture[];
  /** Seconds to the next automatic retry of a failed write, or null. */
  retryIn: number | null;
  /** True when the review had captures when this tab opened it (a reload, a late joiner). */
  restored: boolean;
  /**
   * The review of the current cycle, planned for another day, while the tab asks whether to hold
   * it today (nothing is opened or recorded until the user answers).
   */
  asking: StoredReview | null;
  /** The user answered "Not today": nothing is recorded. */
  declined: boolean;
  /** Nothing is recorded for the day and the tab did not start a review (a channel tab): the first capture starts it. */
  idle: boolean;
  /** Holds the planned review today (the record and its actuals move to today). */
  holdPlannedToday(): void;
  decline(): void;
  capture: {
    decision(d: CapturedDecision): void;
    action(a: CapturedAction): void;
    done(actionId: string, done: boolean): void;
    deepDive(title: string, proposedBy: Person): void;
    attendee(person: Person, attends: boolean): void;
  };
  /** Retries now: opening, or the first failed write. */
  retry(): void;
  /** Reads the record again (another frame said it wrote). */
  refresh(): void;
}

export interface ReviewRecordOptions {
  backend: ReviewBackend;
  place: ReviewPlace;
  date: IsoDate;
  /** Who attends when the review is created here. */
  attendees(): Person[];
  /** Called with the Review item's ETag after each write (to tell the device's other frame). */
  onWritten(etag: string): void;
  /** How often to read the record again for other attendees' captures (0: never). */
  pollMs: number;
  /**
   * Start the review (a Review item In progress) as soon as the tab opens: in the meeting, where
   * opening the tab is the meeting starting. Elsewhere it starts with the first capture.
   */
  startOnOpen: boolean;
}

const capturedAnything = (s: ReviewSession): boolean => s.decisions.length + s.actions.length + s.doneActionIds.length + s.deepDives.length > 0;

export function useReviewRecord({ backend, place, date, attendees, onWritten, pollMs, startOnOpen }: ReviewRecordOptions): ReviewRecordState {
  const [open, setOpen] = useState<OpenReview | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  const [ops, setOps] = useState<Op[]>([]);
  // The last failed write (kept on show while it is retried) and whether writing waits for the retry.
  const [failure, setFailure] = useState<{ id: string; message: string; attempt: number } | null>(null);
  const [paused, setPaused] = useState(false);
  const [retryIn, setRetryIn] = useState<number | null>(null);
  const [opening, setOpening] = useState(0);
  const openRef = useRef(open);
  openRef.current = open;
  const busy = useRef(false);
  const live = useRef(true);
  useEffect(() => () => void (live.current = false), []);
  const attendeesRef = useRef(attendees);
  attendeesRef.current = attendees;
  const onWrittenRef = useRef(onWritten);
  onWrittenRef.current = onWritten;

  const [asking, setAsking] = useState<StoredReview | null>(null);
  const [declined, setDeclined] = useState(false);
  const [hold, setHold] = useState<StoredReview | null>(null);
  const [idle, setIdle] = useState(false);
  const [start, setStart] = useState(startOnOpen);
  useEffect(() => {
    setOpenError(null);
    const opened = (o: OpenReview): void => {
      if (!live.current) return;
      setOpen(o);
      setRestored(capturedAnything(o.session));
    };
    const failed = (e: unknown): void => void (live.current && setOpenError(describeError(e)));
    if (hold) {
      holdPlannedOn(backend, place, hold, date, attendeesRef.current()).then(opened, failed);
      return;
    }
    // Held on another day than planned: ask first (DOMAIN.md §2, the cycle has one truth).
    plannedElsewhere(backend, date)
      .then((planned) => {
        if (!live.current) return undefined;
        if (planned) return void setAsking(planned);
        return findOrOpenReview(backend, place, date, attendeesRef.current(), start).then((o) => {
          if (o) opened(o);
          else if (live.current) setIdle(true);
        });
      })
      .catch(failed);
  }, [backend, place, date, opening, hold, start]);
  const holdPlannedToday = useCallback(() => {
    setHold(asking);
    setAsking(null);
    setDeclined(false);
  }, [asking]);
  const decline = useCallback(() => {
    setDeclined(true);
  }, []);

  const refresh = useCallback(() => {
    const current = openRef.current;
    if (!current || busy.current) return;
    refreshReview(backend, place, current.stored.itemId).then(
      (o) => live.current && !busy.current && setOpen(o),
      () => undefined, // a failed re-read keeps what is shown; the next one may succeed
    );
  }, [backend, place]);

  // Write the first pending capture; the next one follows when it is done. A capture in a tab
  // that started no review yet starts it.
  const head = ops[0];
  useEffect(() => {
    if (idle && head && !start) {
      setIdle(false);
      setStart(true);
    }
  }, [idle, head, start]);
  useEffect(() => {
    if (!open || !head || busy.current || paused) return;
    busy.current = true;
    const itemId = open.stored.itemId;
    head
      .run(itemId)
      .then(async () => {
        const fresh = await refreshReview(backend, place, itemId);
        busy.current = false;
        if (!live.current) return;
        setOpen(fresh);
        setFailure(null);
        setOps((list) => list.filter((o) => o.id !== head.id));
        onWrittenRef.current(fresh.stored.etag);
      })
      .catch((e: unknown) => {
        busy.current = false;
        if (!live.current) return;
        setFailure((f) => ({ id: head.id, message: describeError(e), attempt: (f?.attempt ?? 0) + 1 }));
        setPaused(true);
      });
  }, [open, head, paused, backend, place]);

  // A failed write is retried after 2, 4, 8… s (or at once with "Retry now").
  useEffect(() => {
    if (!paused || !failure) return undefined;
    let left = retryDelaySeconds(failure.attempt);
    setRetryIn(left);
    const timer = setInterval(() => {
      left -= 1;
      setRetryIn(left);
      if (left <= 0) {
        clearInterval(timer);
        setRetryIn(null);
        setPaused(false);
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [paused, failure]);

  useEffect(() => {
    if (pollMs <= 0 || !open || open.held) return undefined;
    const timer = setInterval(refresh, pollMs);
    return () => clearInterval(timer);
  }, [pollMs, open, refresh]);

  const enqueue = useCallback((op: Omit<Op, 'id'>) => setOps((list) => [...list, { ...op, id: `${Date.now()}-${list.length}-${Math.random()}` }]), []);
  const capture: ReviewRecordState['capture'] = {
    decision: (d) =>
      enqueue({
        label: `Decision “${d.text.trim()}”`,
        apply: (s) => (s.decisions.some((x) => x.clientId === d.clientId) ? s : { ...s, decisions: [...s.decisions, d] }),
        run: async (itemId) => void (await changeReview(backend, itemId, recordChanges.decision(d))),
      }),
    action: (a) =>
      enqueue({
        label: `Action “${a.title.trim()}”`,
        // A re-read that lands just after the write may already hold it (under its item id).
        apply: (s) => (s.actions.some((x) => x.clientId === a.clientId || (x.title === a.title.trim() && x.dueDate === a.dueDate && samePerson(x.owner, a.owner))) ? s : { ...s, actions: [...s.actions, a] }),
        run: async (itemId) => void (await saveAction(backend, itemId, a)),
      }),
    done: (actionId, done) =>
      enqueue({
        label: `${done ? 'Done' : 'Not done'}: action #${actionId}`,
        apply: (s) => ({ ...s, doneActionIds: done ? [...new Set([...s.doneActionIds, actionId])] : s.doneActionIds.filter((x) => x !== actionId) }),
        run: (itemId) => saveClosed(backend, itemId, actionId, done),
      }),
    deepDive: (title, proposedBy) =>
      enqueue({
        label: `Deep dive “${title}”`,
        apply: (s) => ({ ...s, deepDives: s.deepDives.some((x) => x.title === title) ? s.deepDives : [...s.deepDives, { title, proposedBy }] }),
        run: async (itemId) => void (await changeReview(backend, itemId, recordChanges.deepDive(title, proposedBy))),
      }),
    attendee: (person, attends) =>
      enqueue({
        label: `${attends ? 'Attendee' : 'Not attending'}: ${person.displayName ?? person.email}`,
        apply: (s) => ({ ...s, attendees: attends ? [...s.attendees.filter((p) => !samePerson(p, person)), person] : s.attendees.filter((p) => !samePerson(p, person)) }),
        run: async (itemId) => void (await changeReview(backend, itemId, recordChanges.attendee(person, attends))),
      }),
  };

  const retry = useCallback(() => {
    if (!openRef.current) setOpening((n) => n + 1);
    else {
      setRetryIn(null);
      setPaused(false);
    }
  }, []);

  // Until the review is open (or while none is started), who attends is who would start it.
  const base = open?.session ?? newSession(place, date, attendeesRef.current());
  const session = ops.reduce((s, op) => op.apply(s), base);
  const pending = ops.map((op) => ({ id: op.id, label: op.label, error: failure && failure.id === op.id ? failure.message : null }));
  return { open, openError, session, pending, retryIn: paused ? retryIn : null, restored, asking, declined, idle, holdPlannedToday, decline, capture, retry, refresh };
}
