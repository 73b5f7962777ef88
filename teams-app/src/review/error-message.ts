/**
 * The one place that turns a failure into a sentence the user can act on.
 */
import { ConflictError, ListStoreError, ThrottledError } from '@gtm/shared';

export function describeError(error: unknown): string {
  if (error instanceof ThrottledError) return `${error.message}. Everything is kept on this device and retried.`;
  if (error instanceof ConflictError) return error.message;
  if (error instanceof ListStoreError) {
    if (error.status === 404) return `A GTM list is missing on the site (${error.message}). Ask the site owner to run \`gtm provision\`, then retry.`;
    if (error.status === 403 || error.status === 401) return `You do not have permission for this (${error.message}). Ask the site owner for edit access to the GTM lists.`;
    if (error.status === 400 && /GtmSummaryMessageId|GtmNextEventId/.test(error.message)) {
      return `The GTM Reviews list lacks the columns that record the posted summary and the next review (${error.message}). Ask the site owner to run \`gtm provision\` again, then retry.`;
    }
    if (error.status === 0) return 'Cannot reach Microsoft Graph: you may be offline. Everything is kept on this device and retried.';
    return error.message;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/failed to fetch|networkerror|load failed/i.test(message)) {
    return 'Cannot reach Microsoft Graph: you may be offline. Everything is kept on this device and retried.';
  }
  return message;
}
