/**
 * The meeting's safety net: the session (everything captured) and the End review progress are kept
 * in localStorage under the review's key, written on every change. A reload, a lost connection or
 * a Graph outage never loses a decision or an action; the next run picks up where it stopped.
 */
import type { EndReviewProgress } from './end-review';
import type { MeetingPosition } from './meeting-position';
import type { ReviewSession } from './review-model';

/** The storage the outbox uses: `window.localStorage` in the tab, a Map in tests. */
export type OutboxStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface SavedReview {
  session: ReviewSession;
  progress: EndReviewProgress;
  /** Where the meeting stands (absent in entries saved before it was kept). */
  position?: MeetingPosition;
}

const PREFIX = 'gtm-review-outbox:';

/** The localStorage key of a review's outbox entry (`gtm-review-outbox:` + the session key). */
export function outboxKeyOf(reviewKey: string): string {
  return PREFIX + reviewKey;
}

/** The saved review of `key` on this device, or null (none, or unreadable). */
export function loadSavedReview(storage: OutboxStorage, key: string): SavedReview | null {
  const raw = storage.getItem(PREFIX + key);
  return raw === null ? null : parseSavedReview(raw, key);
}

/** An outbox entry's text as the saved review of `key`, or null when it is another review's or corrupt. */
export function parseSavedReview(raw: string, key: string): SavedReview | null {
  try {
    const parsed = JSON.parse(raw) as SavedReview;
    return parsed.session?.key === key && parsed.progress?.key === key ? parsed : null;
  } catch {
    return null; // a corrupt entry is treated as none rather than blocking the meeting
  }
}

/** Writes the review to the outbox (and so tells the device's other frames, see `review-sync.ts`). */
export function saveReviewLocally(storage: OutboxStorage, saved: SavedReview): void {
  storage.setItem(PREFIX + saved.session.key, JSON.stringify(saved));
}

/** Seconds to wait before retry `attempt` (1, 2, …): 2, 4, 8, 16, 32, then 60 at most. */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(60, 2 ** Math.max(1, attempt));
}
