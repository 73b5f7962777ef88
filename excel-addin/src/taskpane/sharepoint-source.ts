/**
 * Where the task pane reads SharePoint lists: the `@pnp/graph` adapter of @gtm/shared, on the site
 * the user chose (site/), with tokens from the one `TokenSource` the composition root picked
 * (auth/): the workbench's dev token under `npm start`, MSAL with nested app authentication on a
 * tenant. Only the token source and the Graph root differ; this code is the same for both.
 */
import { createGraphListStore, fetchSiteTimeZone, graphForWorkbench, type ListStore } from '@gtm/shared';
import { GRAPH_SCOPES, sharePointScopes } from './auth/scopes';
import type { TokenSource } from './auth/token-source';
import type { ChosenSite } from './site/resolve-site';

export { TokenError } from './auth/token-source';

/** Opens a store when the user asks to load (so a token is fetched only when needed). */
export type StoreOpener = () => Promise<ListStore>;

/** Microsoft Graph's root on a tenant. */
export const GRAPH_URL = 'https://graph.microsoft.com/v1.0';

/**
 * A store over Graph at `graphUrl` for `site`. The site's zone (for date-only columns) is read over
 * SharePoint REST with a SharePoint token for the site's host, once, when a list needs it.
 * @throws {TokenError} from the returned opener when no token can be had
 */
export function siteStoreOpener(site: ChosenSite, tokens: TokenSource, graphUrl: string, fetchImpl: typeof fetch = fetch): StoreOpener {
  return async () => {
    const token = await tokens.getToken(GRAPH_SCOPES);
    const timeZone = async (): Promise<string> => {
      const spToken = await tokens.getToken(sharePointScopes(site.hostname));
      const authorized: typeof fetch = (input, init) =>
        fetchImpl(input, { ...init, headers: { ...(init?.headers as Record<string, string> | undefined), Authorization: `Bearer ${spToken}` } });
      return fetchSiteTimeZone(site.webUrl, authorized);
    };
    // graphForWorkbench is plain graphfi() + a bearer token + the shared retry policy; the root URL decides where.
    return createGraphListStore(graphForWorkbench(graphUrl, token), site.id, { timeZone });
  };
}
