/**
 * Both ListStore adapters against the stand-in with its site in a zone far from UTC: a date-only
 * value goes out as the site's local midnight, comes back as the same calendar date, filters on it
 * find it, and the site's zone is read once per store. Lists are found by URL, so a renamed list
 * keeps working (SHAREPOINT.md, "What a real tenant enforces"; sp-dev-docs#5369).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  GTM_ACTIONS_LIST,
  GTM_LISTS,
  createGraphListStore,
  createSpListStore,
  fetchSiteTimeZone,
  graphForWorkbench,
  provision,
  readAllRows,
  spForWorkbench,
  workbenchGraphUrl,
  workbenchSiteUrl,
} from '../../shared/src/sharepoint';
import type { ListStore } from '../../shared/src/sharepoint';
import { createWorkbenchServer } from '../../workbench/src/server/server';
import type { WorkbenchServer } from '../../workbench/src/server/server';

jest.setTimeout(120_000);

type Json = Record<string, unknown>;

describe.each([
  // Auckland in March is NZDT (+13): the 15th starts at 11:00 UTC on the 14th.
  { zone: 'Pacific/Auckland', day: '2026-03-15', wire: '2026-03-14T11:00:00Z' },
  // Los Angeles in December is PST (-8): the 1st starts at 08:00 UTC the same day.
  { zone: 'America/Los_Angeles', day: '2026-12-01', wire: '2026-12-01T08:00:00Z' },
])('a site in $zone', ({ zone, day, wire }) => {
  let server: WorkbenchServer;
  let dataDir: string;
  let stores: { name: string; store: ListStore }[];
  const zoneReads: string[] = [];

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gtm-zone-'));
    server = await createWorkbenchServer({ port: 0, dataDir, timeZone: zone });
    const realFetch = globalThis.fetch;
    jest.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      if (String(input).toLowerCase().includes('regionalsettings/timezone')) zoneReads.push(String(input));
      return realFetch(input, init);
    });
    const sp = spForWorkbench(workbenchSiteUrl(server.url));
    await provision(sp, GTM_LISTS);
    const token = ((await (await realFetch(`${server.url}/_workbench/token`)).json()) as { token: string }).token;
    stores = [
      { name: 'SharePoint REST', store: createSpListStore(sp) },
      {
        name: 'Graph',
        store: createGraphListStore(graphForWorkbench(workbenchGraphUrl(server.url), token), 'root', {
          timeZone: () => fetchSiteTimeZone(workbenchSiteUrl(server.url)),
        }),
      },
    ];
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function rawDueDate(id: number): Promise<unknown> {
    const response = await fetch(`${server.url}/sites/gtm/_api/web/lists/getbytitle('${GTM_ACTIONS_LIST.title}')/items(${id})?$select=GtmDueDate`, {
      headers: { Accept: 'application/json;odata=nometadata' },
    });
    return ((await response.json()) as Json)['GtmDueDate'];
  }

  it.each([0, 1])('writes due date %s as the local midnight over raw REST and reads the same date back', async (index) => {
    const { name, store } = stores[index] ?? { name: '', store: undefined as never };
    const [added] = await store.add(GTM_ACTIONS_LIST, [
      { Title: `Due on the day (${name})`, GtmOwner: { email: 'elena.ricci@contoso.example' }, GtmDueDate: day, GtmStatus: 'Open' },
    ]);
    if (!added?.ok) throw new Error(`adding failed: ${added?.ok === false ? added.error.message : 'no result'}`);
    expect(await rawDueDate(added.id)).toBe(wire);
    expect((await store.get(GTM_ACTIONS_LIST, added.id))?.values['GtmDueDate']).toBe(day);

    const found = await readAllRows(store, GTM_ACTIONS_LIST, { where: [{ field: 'GtmDueDate', op: 'eq', value: day }] });
    expect(found.map((row) => row.id)).toContain(added.id);
    const before = await readAllRows(store, GTM_ACTIONS_LIST, { where: [{ field: 'GtmDueDate', op: 'lt', value: day }] });
    expect(before.map((row) => row.id)).not.toContain(added.id);
  });

  it('reads the site zone once per store, however many lists and pages it reads', async () => {
    const before = zoneReads.length;
    const store = createSpListStore(spForWorkbench(workbenchSiteUrl(server.url)));
    for (let i = 0; i < 3; i++) await readAllRows(store, GTM_ACTIONS_LIST);
    expect(zoneReads.length - before).toBe(1);
  });

  it('keeps finding a list a site owner renamed, over both APIs', async () => {
    const sp = spForWorkbench(workbenchSiteUrl(server.url));
    await sp.web.lists.getByTitle(GTM_ACTIONS_LIST.title).update({ Title: `Follow-ups ${zone}` });
    try {
      for (const { store } of [{ store: createSpListStore(sp) }, ...stores.slice(1)]) {
        expect((await readAllRows(store, GTM_ACTIONS_LIST)).length).toBeGreaterThanOrEqual(2);
      }
    } finally {
      await sp.web.lists.getByTitle(`Follow-ups ${zone}`).update({ Title: GTM_ACTIONS_LIST.title });
    }
  });
});
