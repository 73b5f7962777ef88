import type { Repository } from '@gtm/shared';
import { ConflictError } from '@gtm/shared';

/** An entity with the ETag it was read with (what an update must send back). */
export interface Versioned<T> {
  entity: T;
  etag: string;
}

/**
 * A change the user asked for, as a domain rule: it is applied to the version read and, after a
 * 412, to the version someone else saved ("Apply mine again" re-runs the rule, so a move that is
 * no longer legal is refused with the rule's reason instead of overwriting theirs).
 */
export type EntityChange<T> = (current: T) => { ok: true; value: T } | { ok: false; reason: string };

/** How a save ended. */
export type SaveOutcome<T> =
  | { kind: 'saved'; saved: Versioned<T> }
  | { kind: 'rejected'; reason: string }
  | { kind: 'conflict'; mine: T; theirs: Versioned<T> | null }
  | { kind: 'failed'; error: unknown };

/**
 * Applies `change` to `current` and updates the item with the ETag it was read with. A 412 is
 * answered with both versions (theirs read again from the list; null when it was deleted or no
 * longer maps) — nothing is overwritten. A rule's refusal and any other error come back as data,
 * so the view decides where to show them.
 */
export async function saveWithEtag<T extends { id: string }>(
  repository: Pick<Repository<T>, 'update' | 'get'>,
  current: Versioned<T>,
  change: EntityChange<T>,
): Promise<SaveOutcome<T>> {
  const changed = change(current.entity);
  if (!changed.ok) return { kind: 'rejected', reason: changed.reason };
  try {
    const [result] = await repository.update([{ id: current.entity.id, etag: current.etag, entity: changed.value }]);
    if (result === undefined) return { kind: 'failed', error: new Error('SharePoint answered the update with no result') };
    if (result.ok) return { kind: 'saved', saved: { entity: changed.value, etag: result.etag } };
    if (!(result.error instanceof ConflictError)) return { kind: 'failed', error: result.error };
    const now = await repository.get(current.entity.id);
    const theirs = now !== null && 'item' in now ? { entity: now.item, etag: now.etag } : null;
    return { kind: 'conflict', mine: changed.value, theirs };
  } catch (error) {
    return { kind: 'failed', error };
  }
}
