/**
 * The method a SharePoint REST request acts as. SharePoint honours `X-HTTP-Method` (MERGE, PUT,
 * DELETE) only on a POST — "Working with lists and list items with REST"
 * (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest):
 * updates and deletes are sent as POST with `X-HTTP-Method: MERGE` / `DELETE`. On any other verb
 * the header is ignored, so `GET` + `X-HTTP-Method: DELETE` is a read, never a write without a digest.
 */

/**
 * @example effectiveMethod('POST', { 'x-http-method': 'MERGE' }) // 'MERGE'
 * @example effectiveMethod('GET', { 'x-http-method': 'DELETE' }) // 'GET' (the override is ignored)
 * @example effectiveMethod('PATCH', {}) // 'MERGE' (PATCH and MERGE are one operation)
 */
export function effectiveMethod(method: string, headers: Readonly<Record<string, string | undefined>>): string {
  const verb = method.toUpperCase();
  const override = headers['x-http-method']?.trim();
  const m = verb === 'POST' && override ? override.toUpperCase() : verb;
  return m === 'PATCH' ? 'MERGE' : m;
}

/** GET and HEAD change nothing: they need no digest and no same-origin check. */
export function isReadMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD';
}
