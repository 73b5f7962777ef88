import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ConflictError,
  GTM_ACTIONS_LIST,
  GTM_LISTS,
  GTM_REVIEWS_LIST,
  RISK_REGISTER_LIST,
  createActionRepository,
  createGraphListStore,
  fetchSiteTimeZone,
  createSpListStore,
  graphForWorkbench,
  provision,
  readAllRows,
  spForWorkbench,
  workbenchGraphUrl,
  workbenchSiteUrl,
} from '../../shared/src/sharepoint';
import type { ListStore, RowValues } from '../../shared/src/sharepoint';
import { createWorkbenchServer } from '../../workbench/src/server/server';
import type { WorkbenchServer } from '../../workbench/src/server/server';

/**
 * Both adapters against the workbench stand-in over real loopback HTTP. One server and one
 * provisioned site for the file; each test writes to its own rows.
 */

jest.setTimeout(120_000);

let server: WorkbenchServer;
let dataDir: string;
let stores: { name: string; store: ListStore }[];
let provisionedFirst: string[];
let provisionedSecond: string[];
const requests: string[] = [];

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gtm-sp-'));
  server = await createWorkbenchServer({ port: 0, dataDir });
  const realFetch = globalThis.fetch;
  jest.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    requests.push(`${init?.method ?? 'GET'} ${String(input)}`);
    return realFetch(input, init);
  });
  const sp = spForWorkbench(workbenchSiteUrl(server.url), { retries: 3, interval: 10 });
  provisionedFirst = await provision(sp, GTM_LISTS);
  provisionedSecond = await provision(sp, GTM_LISTS);
  const token = ((await (await realFetch(`${server.url}/_workbench/token`)).json()) as { token: string }).token;
  stores = [
    { name: 'SharePoint REST', store: createSpListStore(sp) },
    { name: 'Graph', store: createGraphListStore(graphForWorkbench(workbenchGraphUrl(server.url), token, { interval: 10 }), 'root', { timeZone: () => fetchSiteTimeZone(workbenchSiteUrl(server.url)) }) },
  ];
});

afterAll(async () => {
  jest.restoreAllMocks();
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const storeNamed = (name: string): ListStore => {
  const found = stores.find((s) => s.name === name);
  if (!found) throw new Error(name);
  return found.store;
};

describe('provisioning the GTM lists on the workbench', () => {
  it('creates every list, field, index and view the first time', () => {
    expect(provisionedFirst.filter((l) => l.startsWith('created list'))).toHaveLength(GTM_LISTS.length);
    expect(provisionedFirst).toContain('created list Risk Register');
    expect(provisionedFirst).toContain('added field GtmOwner to Risk Register');
    expect(provisionedFirst).toContain('indexed GtmStatus in GTM Actions');
    const fieldCount = GTM_LISTS.reduce((n, l) => n + l.fields.length, 0);
    expect(provisionedFirst.filter((l) => l.startsWith('added field'))).toHaveLength(fieldCount);
  });

  it('changes nothing the second time', () => {
    expect(provisionedSecond).toEqual([]);
  });
});

describe.each(['SharePoint REST', 'Graph'])('the %s list store against the workbench', (name) => {
  const review = (): ListStore => storeNamed(name);

  it('adds, reads, updates and deletes a risk, the ETag moving on with each write', async () => {
    const store = review();
    const [added] = await store.add(RISK_REGISTER_LIST, [riskRow(`CRUD ${name}`)]);
    if (!added?.ok) throw new Error(`add failed: ${added && !added.ok ? added.error.message : ''}`);
    const read = await store.get(RISK_REGISTER_LIST, added.id);
    expect(read?.values).toMatchObject({ Title: `CRUD ${name}`, GtmResidualImpact: 3, GtmStatus: 'Open' });
    expect(read?.etag).toBe(added.etag);
    const [updated] = await store.update(RISK_REGISTER_LIST, [{ id: added.id, etag: added.etag, changes: { GtmStatus: 'Closed' } }]);
    expect(updated?.ok).toBe(true);
    const after = await store.get(RISK_REGISTER_LIST, added.id);
    expect(after?.values['GtmStatus']).toBe('Closed');
    expect(after?.etag).not.toBe(added.etag);
    const [deleted] = await store.delete(RISK_REGISTER_LIST, [{ id: added.id, etag: after?.etag ?? '' }]);
    expect(deleted?.ok).toBe(true);
    expect(await store.get(RISK_REGISTER_LIST, added.id)).toBeNull();
  });

  it('answers a stale ETag with a ConflictError holding the item as the server has it', async () => {
    const store = review();
    const [added] = await store.add(RISK_REGISTER_LIST, [riskRow(`Conflict ${name}`)]);
    if (!added?.ok) throw new Error('add failed');
    await store.update(RISK_REGISTER_LIST, [{ id: added.id, etag: added.etag, changes: { GtmStatus: 'Accepted' } }]);
    const [stale] = await store.update(RISK_REGISTER_LIST, [{ id: added.id, etag: added.etag, changes: { GtmStatus: 'Closed' } }]);
    expect(stale?.ok).toBe(false);
    const error = stale && !stale.ok ? stale.error : undefined;
    expect(error).toBeInstanceOf(ConflictError);
    expect(error?.status).toBe(412);
    expect((error as ConflictError).current?.values['GtmStatus']).toBe('Accepted');
    expect((await store.get(RISK_REGISTER_LIST, added.id))?.values['GtmStatus']).toBe('Accepted');
  });

  it('answers an update of a risk someone deleted with a ConflictError holding no current item', async () => {
    const store = review();
    const [added] = await store.add(RISK_REGISTER_LIST, [riskRow(`Deleted ${name}`)]);
    if (!added?.ok) throw new Error('add failed');
    await store.delete(RISK_REGISTER_LIST, [{ id: added.id, etag: added.etag }]);
    const [gone] = await store.update(RISK_REGISTER_LIST, [{ id: added.id, etag: added.etag, changes: { GtmStatus: 'Closed' } }]);
    const error = gone && !gone.ok ? gone.error : undefined;
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).current).toBeNull();
    expect(error?.message).toBe(`Risk Register item ${added.id} was deleted by someone else`);
  });

  it("treats O'Brien') or (1 eq 1 as one value: it finds the one risk titled so and nothing else", async () => {
    const store = review();
    const title = `O'Brien') or (1 eq 1 ${name}`;
    await store.add(RISK_REGISTER_LIST, [riskRow(title), riskRow(`Other ${name}`)]);
    const found = await readAllRows(store, RISK_REGISTER_LIST, { where: [{ field: 'Title', op: 'eq', value: title }] });
    expect(found.map((r) => r.values['Title'])).toEqual([title]);
  });
});

describe('batches and paging over real HTTP', () => {
  it('SharePoint REST adds 250 reviews in 3 $batch requests and updates them in 3 more', async () => {
    const store = storeNamed('SharePoint REST');
    requests.length = 0;
    const added = await store.add(GTM_REVIEWS_LIST, Array.from({ length: 250 }, (_, i) => reviewRow(i)));
    expect(added.filter((r) => r.ok)).toHaveLength(250);
    expect(requests.filter((r) => r.includes('/_api/$batch'))).toHaveLength(3);
    requests.length = 0;
    const updated = await store.update(
      GTM_REVIEWS_LIST,
      added.flatMap((r) => (r.ok ? [{ id: r.id, etag: r.etag, changes: { GtmDecisions: '["Ship it"]' } }] : [])),
    );
    expect(updated.filter((r) => r.ok)).toHaveLength(250);
    expect(requests).toHaveLength(3);
  });

  it('Graph adds 45 reviews in 3 JSON $batch requests of at most 20', async () => {
    const store = storeNamed('Graph');
    requests.length = 0;
    const added = await store.add(GTM_REVIEWS_LIST, Array.from({ length: 45 }, (_, i) => reviewRow(1000 + i)));
    expect(added.filter((r) => r.ok)).toHaveLength(45);
    expect(requests.filter((r) => r.endsWith('/$batch'))).toHaveLength(3);
  });

  it('reads 5,001 actions as pages of 5,000 and 1 (2 item requests) through both APIs, and filters them on indexed columns', async () => {
    const sp = storeNamed('SharePoint REST');
    const rows = Array.from({ length: 5001 }, (_, i) => actionRow(i));
    const added = await sp.add(GTM_ACTIONS_LIST, rows);
    expect(added.filter((r) => r.ok)).toHaveLength(5001);
    for (const name of ['SharePoint REST', 'Graph']) {
      requests.length = 0;
      const pages: number[] = [];
      for await (const page of storeNamed(name).readAll(GTM_ACTIONS_LIST)) pages.push(page.length);
      // Graph also looks the list's id up once (by display name) before its first read of a list,
      // and reads the User Information List once to name the owners (Person columns hold ids).
      const itemRequests = requests.filter((r) => /\/items\b/i.test(r) && !/User(%20| )Information(%20| )List/i.test(r)).length;
      expect({ name, pages, itemRequests }).toEqual({ name, pages: [5000, 1], itemRequests: 2 });
    }
    const open = await createActionRepository(sp).readOpenFor(ELENA.email);
    expect(open.items).toHaveLength(2501);
    expect(open.items[0]?.dueDate).toBe('2025-01-01');
    // Over 5,000 items a filter on a non-indexed column fails as SharePoint Online fails it.
    const unindexed = readAllRows(sp, GTM_ACTIONS_LIST, { where: [{ field: 'GtmLinkId', op: 'eq', value: 'x' }] });
    await expect(unindexed).rejects.toMatchObject({ status: 500, message: expect.stringMatching(/list view threshold/) });
  });

  it('reports invalid rows with their id and field errors next to the valid ones', async () => {
    const sp = storeNamed('SharePoint REST');
    const [bad] = await sp.add(GTM_ACTIONS_LIST, [{ ...actionRow(0), Title: 'Someday action', GtmStatus: 'Someday' }]);
    if (!bad?.ok) throw new Error(`add failed: ${bad && !bad.ok ? bad.error.message : ''}`);
    const result = await createActionRepository(sp).read({ where: [{ field: 'GtmStatus', op: 'eq', value: 'Someday' }] });
    expect(result.items).toHaveLength(0);
    expect(result.invalid).toEqual([{ id: bad.id, errors: ['status: Invalid option: expected one of "open"|"done"|"dropped"'] }]);
  });
});

/** Directory people of the demo tenant (workbench/src/seed/cast.ts): owners must be site users now. */
const ELENA = { email: 'elena.ricci@contoso.example', displayName: 'Elena Ricci' };
const TOM = { email: 'tom.becker@contoso.example', displayName: 'Tom Becker' };

function riskRow(title: string): RowValues {
  return {
    Title: title,
    GtmCategory: 'Other',
    GtmOwner: ELENA,
    GtmInherentLikelihood: 4,
    GtmInherentImpact: 4,
    GtmResidualLikelihood: 2,
    GtmResidualImpact: 3,
    GtmStatus: 'Open',
    GtmMitigations: '[]',
    GtmMonitoringKpiIds: '[]',
  };
}

function reviewRow(i: number): RowValues {
  return {
    Title: `Review ${i}`,
    GtmReviewDate: '2025-01-06T00:00:00Z',
    GtmAttendees: '[{"email":"ana@contoso.com"}]',
    GtmDecisions: '[]',
    GtmActionIds: '[]',
    GtmKpiSnapshot: '[]',
  };
}

/** Even actions are Elena's and open; due dates cycle through January 2025. */
function actionRow(i: number): RowValues {
  return {
    Title: `Action ${i}`,
    GtmOwner: i % 2 === 0 ? ELENA : TOM,
    GtmDueDate: `2025-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z`,
    GtmStatus: i % 2 === 0 ? 'Open' : 'Done',
    GtmReview: 1,
  };
}
