/**
 * The task pane's data path against the seeded workbench over HTTP: a dev token from
 * GET /_workbench/token, the @pnp/graph adapter of @gtm/shared, every page of each list mapped to
 * the table rows Excel receives — the same items the SharePoint REST adapter reads.
 */
import {
  createDealRepository,
  createQualifiedAccountRepository,
  createSpListStore,
  createTouchpointRepository,
  spForWorkbench,
  workbenchSiteUrl,
} from '@gtm/shared';
import { DATASETS, datasetOf } from '../../excel-addin/src/taskpane/datasets';
import { readDataset } from '../../excel-addin/src/taskpane/read-dataset';
import { TokenError, workbenchStoreOpener } from '../../excel-addin/src/taskpane/sharepoint-source';
import { startSeededWorkbench, type E2eWorkbench } from './support/workbench';

jest.setTimeout(60_000);

let wb: E2eWorkbench;
beforeAll(async () => {
  wb = await startSeededWorkbench();
});
afterAll(async () => {
  await wb?.close();
});

/** Every row a dataset yields over Graph, with the pages counted. */
async function loadOverGraph(key: 'accounts' | 'deals' | 'touchpoints') {
  const store = await workbenchStoreOpener(wb.url)();
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

it('touchpoint rows carry a journey, a channel and ISO times in the columns GTM.ATTRIBUTE reads', async () => {
  const { rows } = await loadOverGraph('touchpoints');
  const [journeyId, channel, touchedAt, convertedAt] = rows[0] ?? [];
  expect(typeof journeyId).toBe('string');
  expect(typeof channel).toBe('string');
  expect(touchedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  expect(convertedAt === '' || /^\d{4}-\d{2}-\d{2}T/.test(String(convertedAt))).toBe(true);
  expect(DATASETS.find((d) => d.key === 'touchpoints')?.headers.slice(0, 5)).toEqual(['journey_id', 'channel', 'touched_at', 'converted_at', 'value']);
});

it('without a workbench to give a token, the opener says where it looked and how to start it', async () => {
  const opener = workbenchStoreOpener('http://127.0.0.1:9');
  await expect(opener()).rejects.toThrow(new TokenError('The workbench at http://127.0.0.1:9 could not be reached for a Graph token; start it with `npm start` and load again.'));
});
