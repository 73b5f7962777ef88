/** @jest-environment jsdom */
/**
 * The device's other frame hears each save of the review's outbox entry as a `storage` event and
 * gets the saved review; other entries, removals and unreadable text are not news.
 */
import { newProgress } from './end-review';
import type { SavedReview } from './local-outbox';
import { outboxKeyOf } from './local-outbox';
import { newSession } from './review-model';
import { followStorageEvents } from './review-sync';

const session = newSession({ teamId: 'team-1', channelId: 'channel-1' }, '2026-12-07', []);
const saved: SavedReview = {
  key: session.key,
  progress: newProgress(session.key),
  recordVersion: '"4,2"',
  position: { sectionKey: 'risks', selectedKey: null, spentBeforeMs: { 'kpi-review': 360_000 }, openedAt: 1_000 },
};

function storageEvent(key: string | null, newValue: string | null): StorageEvent {
  return new StorageEvent('storage', { key, newValue });
}

describe('following the review saved by the other frame', () => {
  it('hands over the saved review when its entry changes: the record written (ETag "4,2"), on the risks after 6 minutes on the KPIs', () => {
    const heard: SavedReview[] = [];
    const stop = followStorageEvents(window)(session.key, (s) => heard.push(s));
    window.dispatchEvent(storageEvent(outboxKeyOf(session.key), JSON.stringify(saved)));
    stop();
    expect(heard).toHaveLength(1);
    expect(heard[0]?.recordVersion).toBe('"4,2"');
    expect(heard[0]?.position).toEqual(saved.position);
  });

  it("ignores another review's entry, a removed entry and text that is not a saved review", () => {
    const heard: SavedReview[] = [];
    const stop = followStorageEvents(window)(session.key, (s) => heard.push(s));
    const other = newSession({ teamId: 'team-1', channelId: 'channel-2' }, '2026-12-07', []);
    window.dispatchEvent(storageEvent(outboxKeyOf(other.key), JSON.stringify({ ...saved, key: other.key, progress: newProgress(other.key) })));
    window.dispatchEvent(storageEvent(outboxKeyOf(session.key), null));
    window.dispatchEvent(storageEvent(outboxKeyOf(session.key), '{"progress": truncated'));
    window.dispatchEvent(storageEvent(null, null)); // localStorage.clear() in another frame
    stop();
    expect(heard).toEqual([]);
  });

  it('hears nothing more once unsubscribed', () => {
    const heard: SavedReview[] = [];
    followStorageEvents(window)(session.key, (s) => heard.push(s))();
    window.dispatchEvent(storageEvent(outboxKeyOf(session.key), JSON.stringify(saved)));
    expect(heard).toEqual([]);
  });
});
