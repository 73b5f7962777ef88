import type { SPFI } from '@pnp/sp';
import { type Workbench, spClient, startWorkbench } from './workbench';

let wb: Workbench;
let sp: SPFI;
const TOTAL = 6000;

beforeAll(async () => {
  wb = await startWorkbench();
  sp = spClient(wb.siteUrl);
  await sp.web.lists.add('Touchpoints');
  const list = sp.web.lists.getByTitle('Touchpoints');
  await list.fields.addText('GtmChannel');
  await list.fields.addText('GtmAccount');
  await list.fields.getByInternalNameOrTitle('GtmAccount').update({ Indexed: true });
  // 6,000 items through $batch, 100 requests per batch (60 POSTs to _api/$batch).
  const [batched, execute] = sp.batched({ maxRequests: 100 });
  const target = batched.web.lists.getByTitle('Touchpoints');
  const adds: Promise<unknown>[] = [];
  for (let i = 1; i <= TOTAL; i++) adds.push(target.items.add({ Title: `T${i}`, GtmChannel: i % 2 === 0 ? 'email' : 'event', GtmAccount: `A${i % 50}` }));
  await execute();
  await Promise.all(adds);
}, 60_000);

afterAll(async () => {
  await wb.stop();
});

describe('paging and the list view threshold', () => {
  it('pages past 5,000 items with top(5000) and absolute next links', async () => {
    const sizes: number[] = [];
    let last = 0;
    let ordered = true;
    for await (const page of sp.web.lists.getByTitle('Touchpoints').items.select('Id', 'Title').top(5000)) {
      const rows = page as { Id: number }[];
      sizes.push(rows.length);
      for (const r of rows) {
        if (r.Id <= last) ordered = false;
        last = r.Id;
      }
    }
    expect(sizes).toEqual([5000, 1000]);
    expect(ordered).toBe(true);
    const first = (await (await fetch(`${wb.siteUrl}/_api/web/lists/getbytitle('Touchpoints')/items?$select=Id&$top=10`, { headers: { Accept: 'application/json' } })).json()) as {
      value: unknown[];
      'odata.nextLink': string;
    };
    expect(first.value).toHaveLength(10);
    expect(first['odata.nextLink']).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sites\/gtm\/_api\/.*\$skiptoken=Paged%3DTRUE%26p_ID%3D10/);
  });

  it('defaults to 100 items per page', async () => {
    const rows = await sp.web.lists.getByTitle('Touchpoints').items.select('Id')();
    expect(rows).toHaveLength(100);
  });

  it('fails a filter on a non-indexed field over 5,000 items like SharePoint (500 SPQueryThrottledException)', async () => {
    const res = await fetch(`${wb.siteUrl}/_api/web/lists/getbytitle('Touchpoints')/items?$filter=GtmChannel eq 'email'`, { headers: { Accept: 'application/json' } });
    expect(res.status).toBe(500);
    const json = (await res.json()) as { 'odata.error': { code: string; message: { value: string } } };
    expect(json['odata.error'].code).toBe('-2147024860, Microsoft.SharePoint.SPQueryThrottledException');
    expect(json['odata.error'].message.value).toBe('The attempted operation is prohibited because it exceeds the list view threshold.');
    await expect(sp.web.lists.getByTitle('Touchpoints').items.orderBy('GtmChannel')()).rejects.toMatchObject({ status: 500 });
  });

  it('serves a filter on an indexed field, paged', async () => {
    const ids: number[] = [];
    for await (const page of sp.web.lists.getByTitle('Touchpoints').items.filter("GtmAccount eq 'A7'").select('Id').top(50)) {
      ids.push(...(page as { Id: number }[]).map((r) => r.Id));
    }
    expect(ids).toHaveLength(120);
    expect(ids[0]).toBe(7);
    const byId = await sp.web.lists.getByTitle('Touchpoints').items.filter('ID gt 5990').select('Id')();
    expect(byId).toHaveLength(10);
  });

  it('pages an indexed order-by with skiptoken values', async () => {
    const titles: string[] = [];
    for await (const page of sp.web.lists.getByTitle('Touchpoints').items.filter("GtmAccount eq 'A1' or GtmAccount eq 'A2'").orderBy('GtmAccount', false).select('Title', 'GtmAccount').top(100)) {
      titles.push(...(page as { Title: string; GtmAccount: string }[]).map((r) => r.GtmAccount));
    }
    expect(titles).toHaveLength(240);
    expect(titles.slice(0, 120).every((a) => a === 'A2')).toBe(true);
    expect(titles.slice(120).every((a) => a === 'A1')).toBe(true);
  });
});
