import { ConflictError, ThrottledError, httpStatusOf } from '@gtm/shared';

/** What went wrong reading or writing a list, as far as the user's next step is concerned. */
export type ListErrorKind = 'missing-list' | 'no-permission' | 'throttled' | 'conflict' | 'other';

/**
 * Sorts an error from the repositories by what the user can do about it: a 404 means a list is
 * missing (provision it), a 403 means no permission (ask for access), 429/503 means wait.
 */
export function listErrorKind(error: unknown): ListErrorKind {
  if (error instanceof ConflictError) return 'conflict';
  if (error instanceof ThrottledError) return 'throttled';
  const status = httpStatusOf(error);
  if (status === 404) return 'missing-list';
  if (status === 401 || status === 403) return 'no-permission';
  if (status === 429 || status === 503) return 'throttled';
  return 'other';
}

/** The error's own message (PnPjs and the stores put the server's text there), or a fallback. */
export function errorText(error: unknown): string {
  if (error instanceof Error && error.message.trim() !== '') return error.message;
  if (typeof error === 'string' && error.trim() !== '') return error;
  return 'Something went wrong talking to SharePoint.';
}
