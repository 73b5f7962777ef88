/**
 * The chosen site, resolved and checked over Graph: its id from the URL
 * (`GET /sites/{hostname}:/{path}`, "Get a site resource by path"), then its lists
 * (`GET /sites/{id}/lists`, "List lists") held against the lists the task pane loads, by their URL
 * name (fixed at creation; a title can be renamed). A site without them gets a message naming each
 * missing list.
 */
import type { ListSchema } from '@gtm/shared';
import { GRAPH_SCOPES } from '../auth/scopes';
import type { TokenSource } from '../auth/token-source';
import { graphSitePath, SiteError, type SiteAddress } from './site-url';

/** The site the pane reads from, as kept in the workbook's settings. */
export interface ChosenSite {
  /** What the user chose, normalised: `https://contoso.sharepoint.com/sites/gtm`. */
  url: string;
  hostname: string;
  /** Graph's site id: `contoso.sharepoint.com,<site collection id>,<web id>`. */
  id: string;
  /** Graph's `webUrl`: the site's address, for SharePoint REST calls. */
  webUrl: string;
  displayName: string;
}

export interface GraphAccess {
  /** The Graph root, `https://graph.microsoft.com/v1.0` (or the workbench's). */
  graphUrl: string;
  tokens: TokenSource;
  fetch?: typeof fetch;
}

type Json = Record<string, unknown>;

async function graphGet(access: GraphAccess, url: string, what: string): Promise<{ status: number; body: Json }> {
  const token = await access.tokens.getToken(GRAPH_SCOPES);
  let response: Response;
  try {
    response = await (access.fetch ?? fetch)(url, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  } catch {
    throw new SiteError(`Microsoft Graph could not be reached while reading ${what}. Check the connection and try again.`);
  }
  const body = (await response.json().catch(() => ({}))) as Json;
  return { status: response.status, body };
}

function graphMessage(body: Json): string {
  const error = body['error'];
  const message = typeof error === 'object' && error !== null ? (error as Json)['message'] : undefined;
  return typeof message === 'string' ? message : '';
}

/**
 * @param lists the lists the pane needs on the site (the datasets' lists)
 * @throws {SiteError} when the site does not exist, cannot be read, or lacks any of `lists`
 */
export async function resolveSite(address: SiteAddress, lists: readonly ListSchema[], access: GraphAccess): Promise<ChosenSite> {
  const root = access.graphUrl.replace(/\/+$/, '');
  const site = await graphGet(access, `${root}/${graphSitePath(address)}`, `the site ${address.url}`);
  if (site.status === 404 || site.status === 400) {
    throw new SiteError(`There is no SharePoint site at ${address.url} (Graph answered ${site.status}${graphMessage(site.body) ? `: ${graphMessage(site.body)}` : ''}). Check the address: it is the site's, e.g. https://contoso.sharepoint.com/sites/gtm.`);
  }
  if (site.status === 401 || site.status === 403) {
    throw new SiteError(`You have no access to the site ${address.url} (HTTP ${site.status}). Ask its owner for read access, then choose it again.`);
  }
  const id = site.body['id'];
  if (site.status !== 200 || typeof id !== 'string') {
    throw new SiteError(`Graph answered ${site.status} for the site ${address.url}${graphMessage(site.body) ? `: ${graphMessage(site.body)}` : ''}. Try again.`);
  }
  const names = new Set<string>();
  let next: string | undefined = `${root}/sites/${encodeURIComponent(id)}/lists?$select=id,name,displayName`;
  while (next) {
    const page = await graphGet(access, next, `the lists of ${address.url}`);
    if (page.status !== 200) throw new SiteError(`Graph answered ${page.status} for the lists of ${address.url}. Try again.`);
    for (const list of Array.isArray(page.body['value']) ? (page.body['value'] as Json[]) : []) {
      if (typeof list['name'] === 'string') names.add(list['name'].toLowerCase());
    }
    const link = page.body['@odata.nextLink'];
    next = typeof link === 'string' ? link : undefined;
  }
  const missing = lists.filter((list) => !names.has(list.urlName.toLowerCase()));
  if (missing.length > 0) {
    const named = missing.map((list) => `"${list.title}" (Lists/${list.urlName})`).join(', ');
    throw new SiteError(
      `The site ${address.url} has no ${named}. Provision the GTM lists there (gtm provision --site ${address.url}) or choose the GTM site.`,
    );
  }
  const webUrl = typeof site.body['webUrl'] === 'string' ? site.body['webUrl'] : address.url;
  const displayName = typeof site.body['displayName'] === 'string' ? site.body['displayName'] : address.url;
  return { url: address.url, hostname: address.hostname, id, webUrl, displayName };
}
