import type { Action, ActionRepository } from '@gtm/shared';
import { closeAction, ConflictError, toAction } from '@gtm/shared';

/** An action with the ETag its next update must send. */
export interface ActionWithEtag {
  action: Action;
  etag: string;
}

/**
 * Adds a follow-up action; SharePoint assigns its id. Throws the store's error (missing list,
 * permission, throttling) for the form to show; nothing typed is lost because the form keeps it.
 */
export async function addAction(repository: ActionRepository, draft: Omit<Action, 'id'>): Promise<ActionWithEtag> {
  // The repository ignores `id` on add; a placeholder satisfies the type until SharePoint answers.
  const [result] = await repository.add([{ ...draft, id: 'new' }]);
  if (!result) throw new Error('SharePoint gave no answer when adding the action');
  if (!result.ok) throw result.error;
  return { action: { ...draft, id: String(result.id) }, etag: result.etag };
}

/** Closed, refused by the rule (already closed), or changed by someone else since it was read. */
export type CloseActionOutcome =
  | ({ kind: 'saved' } & ActionWithEtag)
  | { kind: 'rejected'; reason: string }
  | { kind: 'conflict'; theirs: ActionWithEtag | null };

/**
 * Closes an open action as done or dropped (the domain's `closeAction` says whether it may be),
 * sending the ETag read with it. A 412 comes back as a conflict with the server's version.
 */
export async function closeActionAs(
  repository: ActionRepository,
  current: ActionWithEtag,
  status: 'done' | 'dropped',
): Promise<CloseActionOutcome> {
  const closed = closeAction(current.action, status);
  if (!closed.ok) return { kind: 'rejected', reason: closed.reason };
  const [result] = await repository.update([{ id: current.action.id, etag: current.etag, entity: closed.action }]);
  if (!result) throw new Error('SharePoint gave no answer when closing the action');
  if (result.ok) return { kind: 'saved', action: closed.action, etag: result.etag };
  if (!(result.error instanceof ConflictError)) throw result.error;
  const server = result.error.current;
  const mapped = server ? toAction(server) : null;
  return { kind: 'conflict', theirs: server && mapped?.ok ? { action: mapped.value, etag: server.etag } : null };
}
