/**
 * Where the task pane reads SharePoint lists: the `@pnp/graph` adapter of @gtm/shared.
 *
 * In the workbench (the add-in served by `npm start` at /excel/), the stand-in issues a dev token at
 * `GET /_workbench/token` on the same origin and serves Graph at `/graph/v1.0`, site `root`.
 * In Excel against a real tenant, the token comes from Office SSO / nested app authentication
 * (`OfficeRuntime.auth.getAccessToken` or MSAL's `createNestablePublicClientApplication`) with the
 * `Sites.Read.All` scope, and the site id is the GTM site's (`contoso.sharepoint.com:/sites/gtm:`).
 * That path needs an Entra ID app registration and cannot run here.
 */
import { createGraphListStore, fetchSiteTimeZone, graphForWorkbench, workbenchGraphUrl, workbenchSiteUrl, type ListStore } from '@gtm/shared';

/** Opens a store when the user asks to load (so a token is fetched only when needed). */
export type StoreOpener = () => Promise<ListStore>;

/** Thrown when no Graph token can be had; the message says what to do. */
export class TokenError extends Error {
  override readonly name = 'TokenError';
}

/**
 * A store over the workbench's Graph stand-in at `origin` (e.g. `http://127.0.0.1:4321`).
 * @throws {TokenError} from the returned opener when the workbench issues no token
 */
export function workbenchStoreOpener(origin: string, fetchImpl: typeof fetch = fetch): StoreOpener {
  return async () => {
    let response: Response;
    try {
      response = await fetchImpl(`${origin}/_workbench/token`);
    } catch {
      throw new TokenError(`The workbench at ${origin} could not be reached for a Graph token; start it with \`npm start\` and load again.`);
    }
    const body = (await response.json().catch(() => ({}))) as { token?: unknown };
    if (!response.ok || typeof body.token !== 'string') {
      throw new TokenError(
        `The workbench at ${origin} issued no Graph token (HTTP ${response.status}); it issues dev tokens to this machine only (127.0.0.1).`,
      );
    }
    // The workbench's site answers its zone over SharePoint REST (Graph v1.0 has no regional settings).
    const timeZone = (): Promise<string> => fetchSiteTimeZone(workbenchSiteUrl(origin), fetchImpl);
    return createGraphListStore(graphForWorkbench(workbenchGraphUrl(origin), body.token), 'root', { timeZone });
  };
}
