/**
 * What one device keeps about a review in localStorage, under the review's key: where the meeting
 * stands and the End review progress (the posted message's id the moment the post returns). What
 * the meeting captures is not here: it is written to SharePoint as it is captured
 * (`review-record.ts`). `recordVersion` is the Review item's ETag after this device's last write,
 * so the device's other frame knows to read the record again.
 */
import type { EndReviewProgress } from './end-review';
import { newProgress } from './end-review';
import type { MeetingPosition } from './meeting-position';

/** The storage the outbox uses: `window.localStorage` in the tab, a Map in tests. */
export type OutboxStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface SavedReview {
  /** The review's key (`gtm-review:<team>:<channel>:<date>`). */
  key: string;
  progress: EndReviewProgress;
  /** Where the meeting stands (absent in entries saved before it was kept). */
  position?: MeetingPosition;
  /** The Review item's ETag after this device last wrote to it. */
  recordVersion?: string;
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
    const parsed = JSON.parse(raw) as Partial<SavedReview>;
    if (parsed.progress?.key !== key || typeof parsed.progress.started !== 'boolean') return null;
    // Entries written before captures moved to SharePoint also hold a `session`: it is not read.
    return {
      key,
      progress: { ...newProgress(key), ...parsed.progress },
      ...(parsed.position ? { position: parsed.position } : {}),
      ...(parsed.recordVersion ? { recordVersion: parsed.recordVersion } : {}),
    };
  } catch {
    return null; // a corrupt entry is treated as none rather than blocking the meeting
  }
}

/** Writes the review to the outbox (and so tells the device's other frames, see `review-sync.ts`). */
export function saveReviewLocally(storage: OutboxStorage, saved: SavedReview): void {
  storage.setItem(PREFIX + saved.key, JSON.stringify(saved));
}

/** Seconds to wait before retry `attempt` (1, 2, …): 2, 4, 8, 16, 32, then 60 at most. */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(60, 2 ** Math.max(1, attempt));
}
