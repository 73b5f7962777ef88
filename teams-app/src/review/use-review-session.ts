/**
 * The session and End review progress as React state, mirrored to localStorage on every change.
 */
import { useCallback, useState } from 'react';
import type { EndReviewProgress } from './end-review';
import { newProgress } from './end-review';
import type { OutboxStorage } from './local-outbox';
import { loadSavedReview, saveReviewLocally } from './local-outbox';
import type { ReviewSession } from './review-model';

export interface SessionState {
  session: ReviewSession;
  progress: EndReviewProgress;
  update(change: (session: ReviewSession) => ReviewSession): void;
  setProgress(progress: EndReviewProgress): void;
  /** True when the session was restored from this device (captured earlier, not yet lost). */
  restored: boolean;
}

export function useReviewSession(storage: OutboxStorage, initial: () => ReviewSession): SessionState {
  const [state, setState] = useState(() => {
    const fresh = initial();
    const saved = loadSavedReview(storage, fresh.key);
    return { session: saved?.session ?? fresh, progress: saved?.progress ?? newProgress(fresh.key), restored: saved !== null };
  });
  const update = useCallback(
    (change: (session: ReviewSession) => ReviewSession) =>
      setState((s) => {
        const next = { ...s, session: change(s.session) };
        saveReviewLocally(storage, next);
        return next;
      }),
    [storage],
  );
  const setProgress = useCallback(
    (progress: EndReviewProgress) =>
      setState((s) => {
        const next = { ...s, progress };
        saveReviewLocally(storage, next);
        return next;
      }),
    [storage],
  );
  return { session: state.session, progress: state.progress, update, setProgress, restored: state.restored };
}
