/**
 * The one place that turns a failure into a sentence the user can act on.
 */
import { ConflictError, ListStoreError, PersonNotFoundError, ThrottledError } from '@gtm/shared';

export function describeError(error: unknown): string {
  if (error instanceof ThrottledError) return `${error.message}. Everything is kept on this device and retried.`;
  if (error instanceof ConflictError) return error.message;
  // The tab writes over Graph, which stores a person as a site-user id and cannot add anyone to a
  // site (no ensureuser: microsoftgraph/microsoft-graph-docs#15695). A directory user who never
  // opened the site is not a site user yet: say who, and the two ways to fix it.
  if (error instanceof PersonNotFoundError) {
    return (
      `${error.email} is in the directory but not yet a user of the GTM SharePoint site, and Teams cannot add them. ` +
      `Ask ${error.email} to open the site once (signed in as themselves), or ask a site owner to add them (or assign them once in a GTM web part), then retry. Everything is kept on this device.`
    );
  }
  if (error instanceof ListStoreError) {
    if (error.status === 404) return `A GTM list is missing on the site (${error.message}). Ask the site owner to run \`gtm provision\`, then retry.`;
    if (error.status === 403 || error.status === 401) return `You do not have permission for this (${error.message}). Ask the site owner for edit access to the GTM lists.`;
    if (error.status === 400 && /GtmAttendeePeople/.test(error.message)) {
      return `The GTM Reviews list lacks the Attendees (site users) column (${error.message}). Ask the site owner to run \`gtm provision\` again, then retry.`;
    }
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
