/**
 * Resolving the chosen site over a fake Graph: the site by path, then its lists held against the
 * three the pane loads; a site that is not there, and a site without the lists, each explained.
 */
import { GTM_DEALS_LIST, GTM_TOUCHPOINTS_LIST, MQA_FILE_LIST } from '@gtm/shared';
import { resolveSite } from './resolve-site';
import { parseSiteUrl, SiteError } from './site-url';

const LISTS = [MQA_FILE_LIST, GTM_DEALS_LIST, GTM_TOUCHPOINTS_LIST];
const SITE_ID = 'contoso.sharepoint.com,11111111-1111-1111-1111-111111111111,22222222-2222-2222-2222-222222222222';

/** Graph answering `routes` (path after v1.0 → status and body); records each URL and its Authorization header. */
function fakeGraph(routes: Record<string, [number, unknown]>) {
  const seen: string[] = [];
  const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    seen.push(`${url} ${(init?.headers as Record<string, string>)['Authorization']}`);
    const [status, body] = routes[url.replace('https://graph.microsoft.com/v1.0/', '')] ?? [404, { error: { code: 'itemNotFound', message: 'Requested site could not be found' } }];
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { seen, access: { graphUrl: 'https://graph.microsoft.com/v1.0', tokens: { getToken: async () => 'graph-token' }, fetch: fetchImpl } };
}

const sitePath = 'sites/contoso.sharepoint.com:/sites/gtm';
const listsPath = `sites/${encodeURIComponent(SITE_ID)}/lists?$select=id,name,displayName`;
const siteBody = { id: SITE_ID, webUrl: 'https://contoso.sharepoint.com/sites/gtm', displayName: 'GTM' };
const list = (name: string, displayName: string) => ({ id: name, name, displayName });

it('a good URL resolves to the Graph site id, after checking the three GTM lists are there', async () => {
  const graph = fakeGraph({
    [sitePath]: [200, siteBody],
    [listsPath]: [200, { value: [list('GtmMqaFile', 'MQA file'), list('GtmDeals', 'GTM Deals'), list('GtmTouchpoints', 'Touches (renamed)'), list('Documents', 'Documents')] }],
  });
  await expect(resolveSite(parseSiteUrl('https://contoso.sharepoint.com/sites/gtm'), LISTS, graph.access)).resolves.toEqual({
    url: 'https://contoso.sharepoint.com/sites/gtm',
    hostname: 'contoso.sharepoint.com',
    id: SITE_ID,
    webUrl: 'https://contoso.sharepoint.com/sites/gtm',
    displayName: 'GTM',
  });
  expect(graph.seen).toEqual([
    `https://graph.microsoft.com/v1.0/${sitePath} Bearer graph-token`,
    `https://graph.microsoft.com/v1.0/${listsPath} Bearer graph-token`,
  ]);
});

it('a path with no site (Graph 404) is refused with the URL and Graph\'s message', async () => {
  const graph = fakeGraph({});
  await expect(resolveSite(parseSiteUrl('https://contoso.sharepoint.com/sites/nope'), LISTS, graph.access)).rejects.toThrow(
    new SiteError(
      "There is no SharePoint site at https://contoso.sharepoint.com/sites/nope (Graph answered 404: Requested site could not be found). Check the address: it is the site's, e.g. https://contoso.sharepoint.com/sites/gtm.",
    ),
  );
});

it('a site without two of the lists names both and how to provision them', async () => {
  const graph = fakeGraph({ [sitePath]: [200, siteBody], [listsPath]: [200, { value: [list('GtmDeals', 'GTM Deals')] }] });
  const error = await resolveSite(parseSiteUrl('https://contoso.sharepoint.com/sites/gtm'), LISTS, graph.access).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SiteError);
  expect((error as Error).message).toBe(
    `The site https://contoso.sharepoint.com/sites/gtm has no "${MQA_FILE_LIST.title}" (Lists/GtmMqaFile), "GTM Touchpoints" (Lists/GtmTouchpoints). Provision the GTM lists there (gtm provision --site https://contoso.sharepoint.com/sites/gtm) or choose the GTM site.`,
  );
});

it('no access to the site (403) says whom to ask', async () => {
  const graph = fakeGraph({ [sitePath]: [403, { error: { code: 'accessDenied', message: 'Access denied' } }] });
  await expect(resolveSite(parseSiteUrl('https://contoso.sharepoint.com/sites/gtm'), LISTS, graph.access)).rejects.toThrow(
    'You have no access to the site https://contoso.sharepoint.com/sites/gtm (HTTP 403). Ask its owner for read access, then choose it again.',
  );
});

it('lists over two pages (@odata.nextLink) are all read', async () => {
  const next = 'https://graph.microsoft.com/v1.0/next-page';
  const graph = fakeGraph({
    [sitePath]: [200, siteBody],
    [listsPath]: [200, { value: [list('GtmMqaFile', 'MQA file')], '@odata.nextLink': next }],
    'next-page': [200, { value: [list('GtmDeals', 'GTM Deals'), list('GtmTouchpoints', 'GTM Touchpoints')] }],
  });
  await expect(resolveSite(parseSiteUrl('https://contoso.sharepoint.com/sites/gtm'), LISTS, graph.access)).resolves.toMatchObject({ id: SITE_ID });
});
