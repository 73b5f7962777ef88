import type { Repository, Risk } from '@gtm/shared';
import { ConflictError } from '@gtm/shared';
import { errorText, listErrorKind } from '../common';

/** How a save ended: saved (with the new id and ETag), a 412 to resolve with the user, or another error. */
export type SaveOutcome =
  | { kind: 'saved'; risk: Risk; etag: string }
  | { kind: 'conflict'; error: ConflictError }
  | { kind: 'failed'; error: unknown };

/**
 * Adds the risk (when `etag` is null) or updates it with the ETag it was read with. A stale ETag
 * comes back as a conflict, never overwritten: the caller asks the user what to do.
 */
export async function saveRisk(repository: Repository<Risk>, risk: Risk, etag: string | null): Promise<SaveOutcome> {
  try {
    const [result] = etag === null ? await repository.add([risk]) : await repository.update([{ id: risk.id, etag, entity: risk }]);
    if (result === undefined) return { kind: 'failed', error: new Error('SharePoint did not answer the save; try again.') };
    if (result.ok) return { kind: 'saved', risk: { ...risk, id: String(result.id) }, etag: result.etag };
    if (result.error instanceof ConflictError) return { kind: 'conflict', error: result.error };
    return { kind: 'failed', error: result.error };
  } catch (error) {
    if (error instanceof ConflictError) return { kind: 'conflict', error };
    return { kind: 'failed', error };
  }
}

/**
 * What to tell the user when a save failed for a reason other than a conflict, in terms of what
 * they can do: "try again" only where trying again can help.
 * @example saveErrorText(new ListStoreError('Risk Register: Access denied.', 403)) // 'You do not have permission …'
 */
export function saveErrorText(error: unknown): string {
  switch (listErrorKind(error)) {
    case 'no-permission':
      return 'You do not have permission to edit the Risk Register. Ask a site owner for edit access; your changes stay in the form until you close it.';
    case 'missing-list':
      return 'The Risk Register list is no longer on this site. Ask a site owner to create the GTM lists again; your changes stay in the form until you close it.';
    default:
      return `${errorText(error)} Your changes are still here; try again.`;
  }
}
