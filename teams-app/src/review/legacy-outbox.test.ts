/**
 * A device in a review when this version arrived: the captures the older version kept in the
 * outbox are handed over once, and the entry keeps only the position and End review's ids.
 */
import { outboxKeyOf } from './local-outbox';
import { takeLegacyCaptures } from './legacy-outbox';

const key = 'gtm-review:team-1:channel-1:2026-12-07';
const item = { key: 'section:kpi-review', title: 'KPI review' };

function storageWith(entry: unknown) {
  const map = new Map<string, string>([[outboxKeyOf(key), JSON.stringify(entry)]]);
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

describe('captures an older version kept on this device', () => {
  it('hands over the decision and the done box once, keeping the position and the posted message id', () => {
    const position = { sectionKey: 'risks', selectedKey: null, spentBeforeMs: {}, openedAt: 1 };
    const storage = storageWith({
      session: { key, date: '2026-12-07', attendees: [], decisions: [{ clientId: 'd1', text: 'Keep the targets', item }], actions: [], doneActionIds: ['7'], deepDives: [] },
      progress: { key, started: true, reviewItemId: '4', savedActions: {}, reviewLinked: true, doneMarked: [], messageId: 'm1', messageRecorded: false, eventId: null, eventRecorded: false },
      position,
    });
    expect(takeLegacyCaptures(storage, key)).toEqual({ decisions: [{ clientId: 'd1', text: 'Keep the targets', item }], actions: [], doneActionIds: ['7'], deepDives: [] });
    const rewritten = JSON.parse(storage.map.get(outboxKeyOf(key)) ?? '{}');
    expect(rewritten.session).toBeUndefined();
    expect(rewritten.position).toEqual(position);
    expect(rewritten.progress).toMatchObject({ key, started: false, messageId: 'm1', reviewHeld: false });
    expect(takeLegacyCaptures(storage, key)).toBeNull();
  });

  it('finds nothing in an entry of this version, another review’s, or unreadable text', () => {
    expect(takeLegacyCaptures(storageWith({ key, progress: { key, started: false } }), key)).toBeNull();
    expect(takeLegacyCaptures(storageWith({ session: { key: 'gtm-review:other' } }), key)).toBeNull();
    const broken = { getItem: () => '{"session": trunc', setItem: () => undefined };
    expect(takeLegacyCaptures(broken, key)).toBeNull();
  });
});
