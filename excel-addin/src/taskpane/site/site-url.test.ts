/** Reading a pasted SharePoint address into the host and path Graph's get-by-path takes. */
import { graphSitePath, parseSiteUrl, SiteError } from './site-url';

it('a site URL gives its host and server-relative path, and the Graph path sites/{host}:{path}', () => {
  const site = parseSiteUrl(' https://Contoso.sharepoint.com/sites/gtm/ ');
  expect(site).toEqual({ hostname: 'contoso.sharepoint.com', path: '/sites/gtm', url: 'https://contoso.sharepoint.com/sites/gtm' });
  expect(graphSitePath(site)).toBe('sites/contoso.sharepoint.com:/sites/gtm');
});

it('a list or page URL under the site is cut back to the site', () => {
  expect(parseSiteUrl('https://contoso.sharepoint.com/sites/gtm/Lists/GtmDeals/AllItems.aspx').url).toBe('https://contoso.sharepoint.com/sites/gtm');
  expect(parseSiteUrl('https://contoso.sharepoint.com/teams/sales/SitePages/Home.aspx').path).toBe('/teams/sales');
});

it('the root site has no path: Graph takes sites/{host}', () => {
  expect(graphSitePath(parseSiteUrl('https://contoso.sharepoint.com/'))).toBe('sites/contoso.sharepoint.com');
});

it('a non-SharePoint host is refused, naming it and the shape expected', () => {
  expect(() => parseSiteUrl('https://example.com/sites/gtm')).toThrow(
    new SiteError("https://example.com is not a SharePoint Online address (those end in .sharepoint.com). Paste the GTM site's address, e.g. https://contoso.sharepoint.com/sites/gtm."),
  );
});

it('text that is not a URL, and plain http to SharePoint Online, are refused', () => {
  expect(() => parseSiteUrl('gtm site')).toThrow('"gtm site" is not a web address.');
  expect(() => parseSiteUrl('http://contoso.sharepoint.com/sites/gtm')).toThrow('SharePoint Online is served over https; use https://contoso.sharepoint.com/sites/gtm.');
});

it('the workbench host is accepted over http when the root allows it', () => {
  expect(parseSiteUrl('http://127.0.0.1:4321/sites/gtm', ['127.0.0.1'])).toEqual({ hostname: '127.0.0.1', path: '/sites/gtm', url: 'http://127.0.0.1:4321/sites/gtm' });
});
