/**
 * The one port every SharePoint and Graph call gets its bearer token from. The composition root
 * (main.tsx) picks the implementation once: the workbench's dev token, or MSAL with nested app
 * authentication (Office dialog fallback) on a tenant. Nothing else knows which.
 */

/** Gives an access token for `scopes` (a resource's scopes, e.g. GRAPH_SCOPES). */
export interface TokenSource {
  getToken(scopes: readonly string[]): Promise<string>;
}

/** Thrown when no token can be had; the message says what happened and what to do. */
export class TokenError extends Error {
  override readonly name = 'TokenError';
}
