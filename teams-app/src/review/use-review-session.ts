/**
 * Where the meeting stands and the End review progress, as React state mirrored to localStorage on
 * every change, following the changes the device's other frame saves (the stage follows the side
 * panel). Each change is applied to the latest saved state, not to this frame's copy, so two
 * frames changing different things one after the other lose neither. What the meeting captures is
 * in SharePoint (`use-review-record.ts`); `announce` tells the other frame to read it again.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EndReviewProgress } from './end-review';
import { newProgress } from './end-review';
import type { OutboxStorage, SavedReview } from './local-outbox';
import { loadSavedReview, saveReviewLocally } from './local-outbox';
import type { MeetingPosition } from './meeting-position';
import type { FollowSavedReview } from './review-sync';

/** A saved review with its position: entries saved before positions were kept get a fresh one. */
type MeetingState = SavedReview & { position: MeetingPosition };

export interface SessionState {
  progress: EndReviewProgress;
  position: MeetingPosition;
  /** The Review item's ETag after the last write by a frame of this device (null: none yet). */
  recordVersion: string | null;
  setProgress(progress: EndReviewProgress): void;
  /** Moves (and saves) the position; returns where the meeting now stands. */
  move(change: (position: MeetingPosition) => MeetingPosition): MeetingPosition;
  /** Tells the device's other frame that the Review item changed (its new ETag). */
  announce(recordVersion: string): void;
}

export interface ReviewSessionOptions {
  storage: OutboxStorage;
  /** The review's key (`reviewKeyOf`). */
  reviewKey: string;
  /** The position of a meeting that has none saved yet (the first section, opened now). */
  initialPosition(): MeetingPosition;
  follow: FollowSavedReview;
}

export function useReviewSession({ storage, reviewKey: key, initialPosition, follow }: ReviewSessionOptions): SessionState {
  const [first] = useState((): MeetingState => {
    const saved = loadSavedReview(storage, key);
    const state: MeetingState = { ...(saved ?? { key, progress: newProgress(key) }), position: saved?.position ?? initialPosition() };
    // The meeting's start is saved at once, so that a reload keeps the first section's minutes too.
    if (!saved?.position) saveReviewLocally(storage, state);
    return state;
  });
  const [state, setState] = useState<MeetingState>(first);
  const stateRef = useRef(state);
  stateRef.current = state;

  /** Applies `change` to the latest saved state (another frame may have saved since), saves, shows. */
  const commit = useCallback(
    (change: (latest: MeetingState) => MeetingState): MeetingState => {
      const saved = loadSavedReview(storage, key);
      const latest: MeetingState = saved ? { ...saved, position: saved.position ?? stateRef.current.position } : stateRef.current;
      const next = change(latest);
      saveReviewLocally(storage, next);
      stateRef.current = next;
      setState(next);
      return next;
    },
    [storage, key],
  );
  useEffect(
    () => follow(key, (saved) => setState((s) => ({ ...saved, position: saved.position ?? s.position }))),
    [follow, key],
  );

  const setProgress = useCallback((progress: EndReviewProgress) => void commit((s) => ({ ...s, progress })), [commit]);
  const move = useCallback((change: (position: MeetingPosition) => MeetingPosition) => commit((s) => ({ ...s, position: change(s.position) })).position, [commit]);
  const announce = useCallback((recordVersion: string) => void commit((s) => ({ ...s, recordVersion })), [commit]);
  return { progress: state.progress, position: state.position, recordVersion: state.recordVersion ?? null, setProgress, move, announce };
}
