/**
 * The messages the task pane shows when a load fails or partly fails: what happened, and what the
 * user can do about it. Never a stack trace.
 */
import { ListStoreError, ThrottledError } from '@gtm/shared';
import type { Dataset } from './datasets';
import { TokenError } from './sharepoint-source';

/** Why loading `dataset` failed, phrased for the person at the task pane. */
export function loadErrorMessage(error: unknown, dataset: Pick<Dataset<unknown>, 'label' | 'list'>): string {
  const list = `"${dataset.list.title}"`;
  if (error instanceof TokenError) return error.message;
  if (error instanceof ThrottledError) return `${dataset.label}: ${error.message}.`;
  if (error instanceof ListStoreError) {
    if (error.status === 404) {
      return `The list ${list} does not exist on the GTM site. Provision the GTM lists (\`gtm provision\`; npm start does it in the workbench), then load again.`;
    }
    if (error.status === 401) return `SharePoint did not accept the sign-in for ${list}. Close and reopen the task pane to sign in again.`;
    if (error.status === 403) return `You have no permission to read ${list}. Ask the GTM site's owner for read access, then load again.`;
    return `SharePoint answered ${error.status} while reading ${list}: ${error.message}. Load again; if it persists, tell the site owner.`;
  }
  if (isOfficeError(error)) {
    return `Excel did not accept the table (${error.code}: ${error.message}). Close other edits in progress (a cell being typed in blocks writes) and load again.`;
  }
  if (error instanceof TypeError) return `SharePoint could not be reached while reading ${list}. Check the connection and load again.`;
  return `Loading ${dataset.label} stopped: ${error instanceof Error ? error.message : String(error)}. Load again.`;
}

/** Office.js rejects `Excel.run` with an `OfficeExtension.Error` (a `code` such as InvalidArgument). */
function isOfficeError(error: unknown): error is { code: string; message: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'RichApi.Error' &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}

/** The warning for rows that did not map: how many, and the first few item ids with their reasons. */
export function invalidRowsMessage(invalid: readonly { id: number; errors: string[] }[], listTitle: string): string | undefined {
  if (invalid.length === 0) return undefined;
  const shown = invalid.slice(0, 3).map((row) => `item ${row.id}: ${row.errors.join('; ')}`);
  const more = invalid.length > shown.length ? `; and ${invalid.length - shown.length} more` : '';
  const one = invalid.length === 1;
  return `${invalid.length} ${one ? 'row' : 'rows'} of "${listTitle}" could not be read and ${one ? 'was' : 'were'} left out (${shown.join(' | ')}${more}). Fix ${one ? 'it' : 'them'} in SharePoint and load again.`;
}
