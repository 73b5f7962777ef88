/**
 * The meeting's safety net: the session (everything captured) and the End review progress are kept
 * in localStorage under the review's key, written on every change. A reload, a lost connection or
 * a Graph outage never loses a decision or an action; the next run picks up where it stopped.
 */
import type { EndReviewProgress } from './end-review';
import type { ReviewSession } from './review-model';

/** The storage the outbox uses: `window.localStorage` in the tab, a Map in tests. */
export type OutboxStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface SavedReview {
  session: ReviewSession;
  progress: EndReviewProgress;
}

const PREFIX = 'gtm-review-outbox:';

export function loadSavedReview(storage: OutboxStorage, key: string): SavedReview | null {
  const raw = storage.getItem(PREFIX + key);
  if (raw === null) return null;
  try {
    const parsed = JSON.parse(raw) as SavedReview;
    return parsed.session?.key === key && parsed.progress?.key === key ? parsed : null;
  } catch {
    return null; // a corrupt entry is treated as none rather than blocking the meeting
  }
}

export function saveReviewLocally(storage: OutboxStorage, saved: SavedReview): void {
  storage.setItem(PREFIX + saved.session.key, JSON.stringify(saved));
}

/** Seconds to wait before retry `attempt` (1, 2, …): 2, 4, 8, 16, 32, then 60 at most. */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(60, 2 ** Math.max(1, attempt));
}
