/**
 * The SharePoint site URL a person pastes into the task pane, read into what Graph's "Get a site
 * resource by path" needs: `GET /sites/{hostname}:/{server-relative-path}`
 * (learn.microsoft.com/graph/api/site-getbypath). A pasted list, page or library URL is cut back to
 * its site, so copying the address bar of any page under the site works.
 */

/** A site the user named: its host and server-relative path (no trailing slash; '' for the root site). */
export interface SiteAddress {
  hostname: string;
  path: string;
  /** The site's URL, normalised: `https://contoso.sharepoint.com/sites/gtm`. */
  url: string;
}

/** The URL is not a SharePoint site's; the message says what was wrong and how to fix it. */
export class SiteError extends Error {
  override readonly name = 'SiteError';
}

/** SharePoint Online's host suffixes (commercial, GCC High/DoD, Germany, China operated by 21Vianet). */
const SHAREPOINT_HOSTS = ['.sharepoint.com', '.sharepoint.us', '.sharepoint-mil.us', '.sharepoint.de', '.sharepoint.cn'];
/** Segments that start a page, list or library inside a site, not a subsite. */
const INSIDE_SITE = /\/(?:Lists|SitePages|Shared%20Documents|Shared Documents|Forms|_layouts|_api)(?:\/|$).*$/i;
const EXAMPLE = 'https://contoso.sharepoint.com/sites/gtm';

/**
 * @param extraHosts hosts accepted besides SharePoint Online's (the workbench passes its own, `127.0.0.1`)
 * @example parseSiteUrl('https://contoso.sharepoint.com/sites/gtm/Lists/GtmDeals/AllItems.aspx')
 *   // { hostname: 'contoso.sharepoint.com', path: '/sites/gtm', url: 'https://contoso.sharepoint.com/sites/gtm' }
 * @throws {SiteError} for text that is not an http(s) URL or not on a SharePoint host
 */
export function parseSiteUrl(text: string, extraHosts: readonly string[] = []): SiteAddress {
  const trimmed = text.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new SiteError(`"${trimmed}" is not a web address. Paste the GTM site's address from the browser, e.g. ${EXAMPLE}.`);
  }
  const hostname = url.hostname.toLowerCase();
  const extra = extraHosts.includes(hostname);
  if (!extra && !SHAREPOINT_HOSTS.some((suffix) => hostname.endsWith(suffix))) {
    throw new SiteError(`${url.origin} is not a SharePoint Online address (those end in .sharepoint.com). Paste the GTM site's address, e.g. ${EXAMPLE}.`);
  }
  if (url.protocol !== 'https:' && !(extra && url.protocol === 'http:')) {
    throw new SiteError(`SharePoint Online is served over https; use https://${url.host}${url.pathname}.`);
  }
  const path = url.pathname.replace(INSIDE_SITE, '').replace(/\/+$/, '');
  return { hostname, path: decodeURIComponent(path), url: `${url.protocol}//${url.host}${path}` };
}

/**
 * The Graph path of the site: `sites/{hostname}:{path}`, or `sites/{hostname}` for a root site.
 * @example graphSitePath({ hostname: 'contoso.sharepoint.com', path: '/sites/gtm', url: '' }) // 'sites/contoso.sharepoint.com:/sites/gtm'
 */
export function graphSitePath(site: SiteAddress): string {
  return site.path === '' ? `sites/${site.hostname}` : `sites/${site.hostname}:${encodeURI(site.path)}`;
}
