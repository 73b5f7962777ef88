/**
 * The session, the End review progress and where the meeting stands, as React state mirrored to
 * localStorage on every change, and following the changes the device's other frame saves (the
 * stage follows the side panel). Each change is applied to the latest saved state, not to this
 * frame's copy, so two frames changing different things one after the other lose neither.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EndReviewProgress } from './end-review';
import { newProgress } from './end-review';
import type { OutboxStorage, SavedReview } from './local-outbox';
import { loadSavedReview, saveReviewLocally } from './local-outbox';
import type { MeetingPosition } from './meeting-position';
import type { ReviewSession } from './review-model';
import type { FollowSavedReview } from './review-sync';

/** A saved review with its position: entries saved before positions were kept get a fresh one. */
type MeetingState = Required<SavedReview>;

export interface SessionState {
  session: ReviewSession;
  progress: EndReviewProgress;
  position: MeetingPosition;
  update(change: (session: ReviewSession) => ReviewSession): void;
  setProgress(progress: EndReviewProgress): void;
  move(change: (position: MeetingPosition) => MeetingPosition): void;
  /** True when this device had captured something in this review before the tab opened. */
  restored: boolean;
}

export interface ReviewSessionOptions {
  storage: OutboxStorage;
  /** The session of a review nothing was saved for yet. */
  initial(): ReviewSession;
  /** The position of a meeting that has none saved yet (the first section, opened now). */
  initialPosition(): MeetingPosition;
  follow: FollowSavedReview;
}

const capturedAnything = (s: ReviewSession): boolean =>
  s.decisions.length + s.actions.length + s.doneActionIds.length + s.deepDives.length > 0;

export function useReviewSession({ storage, initial, initialPosition, follow }: ReviewSessionOptions): SessionState {
  const [first] = useState(() => {
    const fresh = initial();
    const saved = loadSavedReview(storage, fresh.key);
    // A saved review without attendees (opened first where the user is unknown, e.g. standalone)
    // gets the user who opens it here, as a new one would.
    const adopt = saved !== null && saved.session.attendees.length === 0 && fresh.attendees.length > 0;
    const state: MeetingState = {
      session: saved ? (adopt ? { ...saved.session, attendees: fresh.attendees } : saved.session) : fresh,
      progress: saved?.progress ?? newProgress(fresh.key),
      position: saved?.position ?? initialPosition(),
    };
    // The meeting's start is saved at once, so that a reload keeps the first section's minutes too.
    if (!saved?.position || adopt) saveReviewLocally(storage, state);
    return { state, restored: saved !== null && (capturedAnything(saved.session) || saved.progress.started) };
  });
  const [state, setState] = useState<MeetingState>(first.state);
  const stateRef = useRef(state);
  stateRef.current = state;
  const key = state.session.key;

  /** Applies `change` to the latest saved state (another frame may have saved since), saves, shows. */
  const commit = useCallback(
    (change: (latest: MeetingState) => MeetingState) => {
      const saved = loadSavedReview(storage, key);
      const latest: MeetingState = saved ? { ...saved, position: saved.position ?? stateRef.current.position } : stateRef.current;
      const next = change(latest);
      saveReviewLocally(storage, next);
      stateRef.current = next;
      setState(next);
    },
    [storage, key],
  );
  useEffect(
    () => follow(key, (saved) => setState((s) => ({ ...saved, position: saved.position ?? s.position }))),
    [follow, key],
  );

  const update = useCallback((change: (session: ReviewSession) => ReviewSession) => commit((s) => ({ ...s, session: change(s.session) })), [commit]);
  const setProgress = useCallback((progress: EndReviewProgress) => commit((s) => ({ ...s, progress })), [commit]);
  const move = useCallback((change: (position: MeetingPosition) => MeetingPosition) => commit((s) => ({ ...s, position: change(s.position) })), [commit]);
  return { ...state, update, setProgress, move, restored: first.restored };
}
