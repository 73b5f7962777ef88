/**
 * The side panel and the stage of one device follow each other through the local outbox: every
 * change is saved to localStorage, and the browser tells the device's *other* same-origin frames
 * with a `storage` event carrying the new entry. The frame that wrote hears nothing, so nothing
 * echoes back. Other attendees' devices are not reached this way (that needs Live Share).
 */
import type { SavedReview } from './local-outbox';
import { outboxKeyOf, parseSavedReview } from './local-outbox';

/** Calls `onSaved` with each saved state of review `reviewKey` another frame writes; returns the unsubscribe. */
export type FollowSavedReview = (reviewKey: string, onSaved: (saved: SavedReview) => void) => () => void;

/** What hears the storage events: `window` in the tab. */
export type StorageEventSource = Pick<Window, 'addEventListener' | 'removeEventListener'>;

/** Follows the review's outbox entry through the window's `storage` events. */
export function followStorageEvents(source: StorageEventSource): FollowSavedReview {
  return (reviewKey, onSaved) => {
    const listener = (event: StorageEvent): void => {
      // A removed entry (newValue null) or another review's change is not this meeting's news.
      if (event.key !== outboxKeyOf(reviewKey) || event.newValue === null) return;
      const saved = parseSavedReview(event.newValue, reviewKey);
      if (saved) onSaved(saved);
    };
    source.addEventListener('storage', listener);
    return () => source.removeEventListener('storage', listener);
  };
}

/** Follows nothing: a frame alone (tests, or a host without storage events). */
export const followNothing: FollowSavedReview = () => () => undefined;
