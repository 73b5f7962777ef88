/**
 * The task pane's data path against the seeded workbench over HTTP: a dev token from
 * GET /_workbench/token, the workbench's site URL resolved over Graph (`/sites/{host}:/sites/gtm`)
 * and checked for the GTM lists, the @pnp/graph adapter of @gtm/shared, every page of each list
 * mapped to the table rows Excel receives — the same items the SharePoint REST adapter reads.
 */
import {
  createDealRepository,
  createQualifiedAccountRepository,
  createSpListStore,
  createTouchpointRepository,
  spForWorkbench,
  workbenchGraphUrl,
  workbenchSiteUrl,
} from '@gtm/shared';
import { workbenchTokenSource } from '../../excel-addin/src/taskpane/auth/workbench-token';
import { DATASETS, datasetOf } from '../../excel-addin/src/taskpane/datasets';
import { readDataset } from '../../excel-addin/src/taskpane/read-dataset';
import { siteStoreOpener, TokenError } from '../../excel-addin/src/taskpane/sharepoint-source';
import { resolveSite, type ChosenSite } from '../../excel-addin/src/taskpane/site/resolve-site';
import { parseSiteUrl, SiteError } from '../../excel-addin/src/taskpane/site/site-url';
import { startSeededWorkbench, type E2eWorkbench } from './support/workbench';

jest.setTimeout(60_000);

let wb: E2eWorkbench;
beforeAll(async () => {
  wb = await startSeededWorkbench();
});
afterAll(async () => {
  await wb?.close();
});

const LISTS = DATASETS.map((d) => d.list);

/** The workbench's site as the pane resolves it: the URL it pre-fills, over the stand-in's Graph. */
function chooseWorkbenchSite(url = workbenchSiteUrl(wb.url)): Promise<ChosenSite> {
  return resolveSite(parseSiteUrl(url, ['127.0.0.1']), LISTS, { graphUrl: workbenchGraphUrl(wb.url), tokens: workbenchTokenSource(wb.url) });
}

/** Every row a dataset yields over Graph, with the pages counted. */
async function loadOverGraph(key: 'accounts' | 'deals' | 'touchpoints') {
  const site = await chooseWorkbenchSite();
  const store = await siteStoreOpener(site, workbenchTokenSource(wb.url), workbenchGraphUrl(wb.url))();
  const rows: (string | number)[][] = [];
  const invalid: unknown[] = [];
  let pages = 0;
  for await (const page of readDataset(store, datasetOf(key))) {
    pages++;
    rows.push(...page.rows);
    invalid.push(...page.invalid);
  }
  return { rows, invalid, pages };
}

it.each([
  ['touchpoints', (sp: ReturnType<typeof createSpListStore>) => createTouchpointRepository(sp).read()],
  ['deals', (sp: ReturnType<typeof createSpListStore>) => createDealRepository(sp).read()],
  ['accounts', (sp: ReturnType<typeof createSpListStore>) => createQualifiedAccountRepository(sp).read()],
] as const)('%s: as many table rows over Graph as items over SharePoint REST, none invalid', async (key, readOverRest) => {
  const graph = await loadOverGraph(key);
  const rest = await readOverRest(createSpListStore(spForWorkbench(workbenchSiteUrl(wb.url))));
  expect(rest.items.length).toBeGreaterThan(0);
  expect(graph.rows).toHaveLength(rest.items.length);
  expect(graph.invalid).toEqual([]);
  const width = datasetOf(key).headers.length;
  expect(graph.rows.every((row) => row.length === width)).toBe(true);
});

it('touchpoint rows carry a journey, a channel and Excel dates (not ISO text) in the columns GTM.ATTRIBUTE reads', async () => {
  const { rows } = await loadOverGraph('touchpoints');
  const [journeyId, channel, touchedAt, convertedAt] = rows[0] ?? [];
  expect(typeof journeyId).toBe('string');
  expect(typeof channel).toBe('string');
  // Serials of the 1900 date system: 1 Jan 2025 is 45658, 1 Jan 2028 is 46753; the demo's touches fall between.
  expect(typeof touchedAt).toBe('number');
  expect(touchedAt).toBeGreaterThan(45658);
  expect(touchedAt).toBeLessThan(46753);
  expect(convertedAt === '' || typeof convertedAt === 'number').toBe(true);
  expect(DATASETS.find((d) => d.key === 'touchpoints')?.headers.slice(0, 5)).toEqual(['journey_id', 'channel', 'touched_at', 'converted_at', 'value']);
});

it('the workbench site URL resolves over Graph to the stand-in site id, with its webUrl', async () => {
  const site = await chooseWorkbenchSite();
  expect(site.id).toMatch(/^127\.0\.0\.1,[0-9a-f-]{36},[0-9a-f-]{36}$/i);
  expect(site).toMatchObject({ url: workbenchSiteUrl(wb.url), hostname: '127.0.0.1', webUrl: workbenchSiteUrl(wb.url), displayName: 'GTM' });
});

it('a path with no site behind it is refused with the URL named (Graph answers 404)', async () => {
  const url = `${wb.url}/sites/nothing-here`;
  await expect(chooseWorkbenchSite(url)).rejects.toThrow(SiteError);
  await expect(chooseWorkbenchSite(url)).rejects.toThrow(`There is no SharePoint site at ${url} (Graph answered 404`);
});

it('without a workbench to give a token, the opener says where it looked and how to start it', async () => {
  const site = await chooseWorkbenchSite();
  const opener = siteStoreOpener(site, workbenchTokenSource('http://127.0.0.1:9'), workbenchGraphUrl(wb.url));
  await expect(opener()).rejects.toThrow(new TokenError('The workbench at http://127.0.0.1:9 could not be reached for a Graph token; start it with `npm start` and load again.'));
});
