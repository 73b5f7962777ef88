/**
 * The upgrade path of a device that was in a review when this version arrived: older versions kept
 * what the meeting captured in the outbox entry (`session`) until End review. Those captures are
 * handed over once to be written to SharePoint like new ones (each write recognises one already
 * there), and the entry is rewritten without them.
 */
import type { EndReviewProgress } from './end-review';
import { newProgress } from './end-review';
import type { OutboxStorage } from './local-outbox';
import { outboxKeyOf } from './local-outbox';
import type { ReviewSession } from './review-model';

/** What an older version's outbox entry still holds for review `key`, or null (none, or nothing captured). */
export function takeLegacyCaptures(storage: OutboxStorage, key: string): Pick<ReviewSession, 'decisions' | 'actions' | 'doneActionIds' | 'deepDives'> | null {
  const raw = storage.getItem(outboxKeyOf(key));
  if (raw === null) return null;
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return null;
  }
  const session = entry.session as Partial<ReviewSession> | undefined;
  if (!session || session.key !== key) return null;
  // Its End review progress, if any, starts over with what was posted and scheduled kept: the user
  // confirms End review again (in this version it asks first), and nothing is posted twice.
  const old = (entry.progress ?? {}) as Partial<EndReviewProgress>;
  const progress: EndReviewProgress = {
    ...newProgress(key),
    messageId: old.messageId ?? null, messageRecorded: old.messageRecorded ?? false, eventId: old.eventId ?? null, eventRecorded: old.eventRecorded ?? false,
  };
  storage.setItem(outboxKeyOf(key), JSON.stringify({ key, progress, ...(entry.position ? { position: entry.position } : {}) }));
  const taken = { decisions: session.decisions ?? [], actions: session.actions ?? [], doneActionIds: session.doneActionIds ?? [], deepDives: session.deepDives ?? [] };
  return taken.decisions.length + taken.actions.length + taken.doneActionIds.length + taken.deepDives.length > 0 ? taken : null;
}
