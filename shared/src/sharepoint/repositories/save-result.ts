import type { ListSchema } from '../lists/list-schema';
import type { MapResult } from '../rows/row-mapping';
import { ConflictError, ListStoreError, ThrottledError, toListStoreError } from '../store/errors';
import type { WriteResult } from '../store/list-store';
import { TextTooLongError } from './text-limit-guard';

/** Stored: the item id and the ETag SharePoint answered with (send it with the next update). */
export interface SaveSaved<T> {
  kind: 'saved';
  itemId: number;
  etag: string;
  entity: T;
}

/**
 * Someone else got there first (HTTP 412, or an item that already holds this natural key). Three
 * shapes, told apart by `theirs` and `etag`:
 * - changed: `theirs` is their version mapped to the domain type, `etag` its ETag (save over it with that);
 * - deleted: `theirs` and `etag` are null (there is nothing to save over);
 * - changed into a row that does not map: `theirs` is null, `etag` is theirs and `invalid` says
 *   which fields are wrong — the user can still write theirs over with that ETag.
 */
export type SaveConflict<T> =
  | { kind: 'conflict'; itemId: number; theirs: T; etag: string }
  | { kind: 'conflict'; itemId: number; theirs: null; etag: null }
  | { kind: 'conflict'; itemId: number; theirs: null; etag: string; invalid: readonly string[] };

/** Not saved, for a reason other than a conflict: `message` says what happened and what to do. */
export interface SaveFailed {
  kind: 'failed';
  message: string;
  /** The store's error (its `status` tells 403 from 429), for callers that branch on it. */
  error: ListStoreError;
}

/** What one save answers: exactly one of saved, conflict or failed — a save never throws. */
export type SaveResult<T> = SaveSaved<T> | SaveConflict<T> | SaveFailed;

/** A sentence without its final full stop, so the next clause can follow it. */
function clause(text: string): string {
  return text.trim().replace(/[.\s]+$/, '');
}

/**
 * The message of a failed save, in terms of what the user can do next: ask for access, have the
 * lists provisioned, wait, or correct the value SharePoint names. `itemId` is null for an add.
 * @example
 *   saveFailureMessage(RISK_REGISTER_LIST, new ListStoreError('Risk Register: Access denied.', 403), 4)
 *   // 'You do not have permission to edit the Risk Register. Ask a site owner for edit access, then save again.'
 *   saveFailureMessage(RISK_REGISTER_LIST, new ListStoreError('Updating Risk Register: The value is too long', 400), 4)
 *   // 'SharePoint refused the change to the Risk Register (Updating Risk Register: The value is too long). Correct that value and save again.'
 */
export function saveFailureMessage(list: ListSchema, error: ListStoreError, itemId: number | null): string {
  const title = list.title;
  // Throttling messages already say to wait and try again (ThrottledError words them).
  if (error instanceof ThrottledError) return error.message;
  // Refused before sending (text-limit-guard.ts): say which field and by how much to shorten it.
  if (error instanceof TextTooLongError) return `Not saved to the ${title}: ${error.problems.map(clause).join('; ')}.`;
  switch (error.status) {
    case 401:
    case 403:
      return `You do not have permission to edit the ${title}. Ask a site owner for edit access, then save again.`;
    case 404:
      // SharePoint answers 404 both for a deleted item and for a list that is gone.
      return itemId === null
        ? `The ${title} list is not on this site. Ask a site owner to create the GTM lists, then save again.`
        : `${title} item ${itemId} is no longer there: someone deleted it, or the list was removed. Reload the page to see what is there now.`;
    case 400:
      return `SharePoint refused the change to the ${title} (${clause(error.message)}). Correct that value and save again.`;
    case 0:
      return `The ${title} could not be saved (${clause(error.message)}). Check the connection and save again.`;
    default:
      return `The ${title} could not be saved (${clause(error.message)}). Save again; if it keeps failing, reload the page.`;
  }
}

/** A failed save from an error the store raised or returned (anything thrown becomes a `ListStoreError`). */
export function saveFailed(list: ListSchema, error: unknown, itemId: number | null): SaveFailed {
  const storeError = toListStoreError(error, `Saving to ${list.title}`);
  return { kind: 'failed', message: saveFailureMessage(list, storeError, itemId), error: storeError };
}

/**
 * A save refused before anything was sent: the entity cannot be written as a row (a mapper's
 * check, e.g. a lookup id that is not a number). Nothing reached SharePoint.
 * @example
 *   notWritable(GTM_KPI_MEASUREMENTS_LIST, new Error('A measurement’s kpiId must be a list item id, not "x"')).message
 *   // 'Not saved to the GTM KPI Measurements: A measurement’s kpiId must be a list item id, not "x". Correct it and save again.'
 */
export function notWritable(list: ListSchema, error: unknown): SaveFailed {
  const text = clause(error instanceof Error ? error.message : String(error));
  return {
    kind: 'failed',
    message: `Not saved to the ${list.title}: ${text}. Correct it and save again.`,
    error: new ListStoreError(`${list.title}: ${text}`, 400),
  };
}

/**
 * A 412's server item as a typed conflict: mapped with `toEntity`, or deleted, or unmappable.
 * @example
 *   conflictOf(new ConflictError('Risk Register', 4, { id: 4, etag: '"4,3"', values }), toRisk)
 *   // { kind: 'conflict', itemId: 4, theirs: { id: '4', title: …, … }, etag: '"4,3"' }
 */
export function conflictOf<T>(error: ConflictError, toEntity: (row: NonNullable<ConflictError['current']>) => MapResult<T>): SaveConflict<T> {
  const current = error.current;
  if (current === null) return { kind: 'conflict', itemId: error.id, theirs: null, etag: null };
  const mapped = toEntity(current);
  return mapped.ok
    ? { kind: 'conflict', itemId: current.id, theirs: mapped.value, etag: current.etag }
    : { kind: 'conflict', itemId: current.id, theirs: null, etag: current.etag, invalid: mapped.errors };
}

/** One write's result as a save: saved with `entity`, a typed conflict, or failed with a message. */
export function saveResultOf<T>(
  list: ListSchema,
  result: WriteResult | undefined,
  entity: (itemId: number) => T,
  toEntity: (row: NonNullable<ConflictError['current']>) => MapResult<T>,
  itemId: number | null,
): SaveResult<T> {
  if (result === undefined) {
    return saveFailed(list, new ListStoreError(`${list.title}: SharePoint gave no answer to the save`, 0), itemId);
  }
  if (result.ok) return { kind: 'saved', itemId: result.id, etag: result.etag, entity: entity(result.id) };
  if (result.error instanceof ConflictError) return conflictOf(result.error, toEntity);
  return saveFailed(list, result.error, itemId);
}
