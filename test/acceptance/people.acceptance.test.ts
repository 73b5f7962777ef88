/**
 * Acceptance for issue 11, raw REST on a fresh `npm start`: the workbench started the way
 * `npm start` starts it (`startDemoWorkbench` over a new temp data folder: provision, seed the demo
 * tenant), then asked with plain fetch, as any HTTP client would — no PnPjs, no @gtm/shared.
 * Owners are Person columns (TypeAsString `User`), every seeded owner id is a site user with an
 * e-mail, and Graph lists the directory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localDay, startDemoWorkbench } from '../../workbench/src/start/start';
import type { WorkbenchServer } from '../../workbench/src/server/server';

jest.setTimeout(120_000);

/** The Person columns each list must have, and which of them every seeded item fills. */
const PERSON_COLUMNS: Record<string, { columns: string[]; required: string[] }> = {
  'Risk Register': { columns: ['GtmOwner'], required: ['GtmOwner'] },
  'GTM Actions': { columns: ['GtmOwner'], required: ['GtmOwner'] },
  'GTM KPIs': { columns: ['GtmOwner'], required: ['GtmOwner'] },
  'MQA File': { columns: ['GtmMarketingOwner', 'GtmSalesOwner'], required: ['GtmMarketingOwner'] },
};

let server: WorkbenchServer;
let dataDir: string;
let site: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'gtm-accept-people-'));
  ({ server } = await startDemoWorkbench({ port: 0, dataDir, today: localDay(new Date()), out: () => undefined, mounts: [] }));
  site = `${server.url}/sites/gtm`;
});

afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

type Json = Record<string, unknown>;

/** GET with `Accept: application/json` (minimal metadata, as PnPjs asks); fails loudly on a non-200. */
async function getJson(url: string, headers: Record<string, string> = {}): Promise<Json> {
  const res = await fetch(url, { headers: { Accept: 'application/json', ...headers } });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${body.slice(0, 300)}`);
  return JSON.parse(body) as Json;
}

const list = (title: string): string => `${site}/_api/web/lists/getbytitle('${encodeURIComponent(title)}')`;

/** Every item of a list with the given fields, following `odata.nextLink` (absolute, as SharePoint sends it). */
async function allItems(title: string, select: string[]): Promise<Json[]> {
  const items: Json[] = [];
  let next: string | undefined = `${list(title)}/items?$select=${['Id', ...select].join(',')}&$top=5000`;
  while (next !== undefined) {
    const page: Json = await getJson(next);
    items.push(...(page['value'] as Json[]));
    next = typeof page['odata.nextLink'] === 'string' ? page['odata.nextLink'] : undefined;
  }
  return items;
}

describe('a fresh npm start, asked over raw SharePoint REST', () => {
  it.each(Object.entries(PERSON_COLUMNS))('%s has its owners as custom fields of type User', async (title, { columns }) => {
    const filter = encodeURIComponent("TypeAsString eq 'User'");
    const fields = (await getJson(`${list(title)}/fields?$filter=${filter}`))['value'] as Json[];
    // Author and Editor are User fields too, but built in: the owners are the ones the list added.
    expect(fields.map((f) => f['InternalName'])).toEqual(expect.arrayContaining(['Author', 'Editor', ...columns]));
    const custom = fields.filter((f) => f['FromBaseType'] !== true).map((f) => f['InternalName']);
    expect(custom.sort()).toEqual([...columns].sort());
  });

  it('resolves every seeded item\'s owner id through web/getuserbyid(n) to a user with an e-mail', async () => {
    const ids = new Set<number>();
    for (const [title, { columns, required }] of Object.entries(PERSON_COLUMNS)) {
      const items = await allItems(title, columns.map((c) => `${c}Id`));
      expect({ title, seeded: items.length > 0 }).toEqual({ title, seeded: true });
      for (const item of items) {
        for (const column of columns) {
          const id = item[`${column}Id`];
          if (id === null && !required.includes(column)) continue;
          expect({ title, item: item['Id'], column, id: typeof id }).toEqual({ title, item: item['Id'], column, id: 'number' });
          ids.add(id as number);
        }
      }
    }
    // The seed's owners are a handful of the directory's people, each a site user once.
    expect(ids.size).toBeGreaterThan(3);
    for (const id of ids) {
      const user = await getJson(`${site}/_api/web/getuserbyid(${id})`);
      expect(user['Id']).toBe(id);
      expect(user['Email']).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/i);
    }
  });

  it('lists the directory at /graph/v1.0/users: 40 people, each with a mail', async () => {
    const { token } = (await getJson(`${server.url}/_workbench/token`)) as { token: string };
    const users = await getJson(`${server.url}/graph/v1.0/users?$count=true&$top=999`, { Authorization: `Bearer ${token}`, ConsistencyLevel: 'eventual' });
    expect(users['@odata.count']).toBe(40);
    const value = users['value'] as Json[];
    expect(value).toHaveLength(40);
    expect(value.every((u) => typeof u['mail'] === 'string' && (u['mail'] as string).includes('@'))).toBe(true);
  });
});
