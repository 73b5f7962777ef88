import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';

/**
 * The web's server-relative path, read from the PnPjs root without a request: `sp.web.toUrl()` is
 * `<site>/_api/web`, so `https://contoso.sharepoint.com/sites/gtm/_api/web` gives `/sites/gtm`
 * (and a root site gives ``). shared/ compiles without DOM types, hence no `URL`.
 *
 * @example webServerRelativeUrl(spfi('http://127.0.0.1:4321/sites/gtm')) // '/sites/gtm'
 */
export function webServerRelativeUrl(sp: SPFI): string {
  const url = sp.web.toUrl();
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/]+/i.exec(url);
  if (!origin) {
    throw new Error(`"${url}" names no site: lists are addressed by URL, so the PnPjs root needs an absolute site URL (in SPFx: spfi(context.pageContext.web.absoluteUrl))`);
  }
  return decodeURIComponent(
    url
      .slice(origin[0].length)
      .replace(/[?#].*$/, '')
      .replace(/\/_api\/web\/?$/i, '')
      .replace(/\/+$/, ''),
  );
}

/**
 * Where a list lives: its url is fixed when it is created (from the first title), while any site
 * owner may rename its title — so lists are addressed by url (`sp.web.getList(url)`), never by title.
 *
 * @example listUrlUnder('/sites/gtm', 'GtmRiskRegister') // '/sites/gtm/Lists/GtmRiskRegister'
 */
export function listUrlUnder(webPath: string, urlName: string): string {
  return `${webPath}/Lists/${urlName}`;
}
