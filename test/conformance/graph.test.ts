import type { SPFI } from '@pnp/sp';
import type { GraphFI } from '@pnp/graph';
import { GraphQueryable, graphPatch, graphPost } from '@pnp/graph';
import { body, headers } from '@pnp/queryable';
import type { IListItems } from '@pnp/graph/list-item';
import { type Workbench, devToken, graphClient, spClient, startWorkbench } from './workbench';

let wb: Workbench;
let sp: SPFI;
let graph: GraphFI;
let listId: string;

interface GraphItem {
  id: string;
  '@odata.etag': string;
  fields?: Record<string, unknown>;
}

beforeAll(async () => {
  wb = await startWorkbench();
  sp = spClient(wb.siteUrl);
  const created = (await sp.web.lists.add('GTM Actions')) as { Id: string };
  listId = created.Id;
  const list = sp.web.lists.getByTitle('GTM Actions');
  await list.fields.addText('GtmOwnerName');
  await list.fields.addChoice('GtmState', { Choices: ['Open', 'Done'] });
  await list.fields.addNumber('GtmPoints');
  await list.fields.getByInternalNameOrTitle('GtmState').update({ Indexed: true });
  graph = graphClient(wb.graphUrl, await devToken(wb.server.url));
});

afterAll(async () => {
  await wb.stop();
});

function items(client: GraphFI = graph): IListItems {
  return client.sites.getById('root').lists.getById(listId).items;
}

describe('Graph through @pnp/graph', () => {
  it('needs a bearer token from /_workbench/token (401 without)', async () => {
    const res = await fetch(`${wb.graphUrl}/sites/root`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('InvalidAuthenticationToken');
    const forged = await fetch(`${wb.graphUrl}/sites/root`, { headers: { Authorization: 'Bearer wb.e30.bogus' } });
    expect(forged.status).toBe(401);
  });

  it('finds the site by root, by path and by id, and its lists', async () => {
    const root = await graph.sites.root<{ id: string; webUrl: string }>();
    expect(root.webUrl).toBe(wb.siteUrl);
    const byPath = (await (await fetch(`${wb.graphUrl}/sites/127.0.0.1:/sites/gtm`, { headers: { Authorization: `Bearer ${await devToken(wb.server.url)}` } })).json()) as { id: string };
    expect(byPath.id).toBe(root.id);
    const lists = await graph.sites.getById(root.id).lists<{ id: string; displayName: string }[]>();
    expect(lists.map((l) => l.displayName)).toEqual(['GTM Actions']);
  });

  it('by path as Graph defines it: a trailing slash or a closing colon before lists is the same site; a path naming no site is 404 itemNotFound', async () => {
    const auth = { headers: { Authorization: `Bearer ${await devToken(wb.server.url)}` } };
    const root = await graph.sites.root<{ id: string }>();
    const slash = (await (await fetch(`${wb.graphUrl}/sites/127.0.0.1:/sites/gtm/`, auth)).json()) as { id: string };
    expect(slash.id).toBe(root.id);
    const lists = (await (await fetch(`${wb.graphUrl}/sites/127.0.0.1:/sites/gtm:/lists`, auth)).json()) as { value: { displayName: string }[] };
    expect(lists.value.map((l) => l.displayName)).toEqual(['GTM Actions']);
    for (const path of ['sites/127.0.0.1:/sites/other', 'sites/127.0.0.1:/sites/other:/lists', 'sites/127.0.0.1:/sites/gtm/lists']) {
      const res = await fetch(`${wb.graphUrl}/${path}`, auth);
      expect([path, res.status]).toEqual([path, 404]);
      expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'itemNotFound', message: 'Requested site could not be found' });
    }
  });

  it('reads over Graph an item written over SharePoint REST, and the reverse, with the same version', async () => {
    const spItem = (await sp.web.lists.getByTitle('GTM Actions').items.add({ Title: 'Call Contoso', GtmState: 'Open', GtmPoints: 3 })) as { Id: number };
    await sp.web.lists.getByTitle('GTM Actions').items.getById(spItem.Id).update({ GtmPoints: 5 });
    const g = await items().getById(String(spItem.Id)).expand('fields')<GraphItem>();
    expect(g.fields).toMatchObject({ Title: 'Call Contoso', GtmState: 'Open', GtmPoints: 5 });
    expect(g['@odata.etag']).toMatch(/,2"$/);

    const posted = await graphPost<GraphItem>(items(), body({ fields: { Title: 'Send deck', GtmState: 'Done', GtmPoints: 1 } }));
    const back = await sp.web.lists.getByTitle('GTM Actions').items.getById(Number(posted.id)).select('Title', 'GtmState', 'GtmPoints')<Record<string, unknown>>();
    expect(back).toMatchObject({ Title: 'Send deck', GtmState: 'Done', GtmPoints: 1, 'odata.etag': '"1"' });
  });

  it('patches fields with If-Match (412 when stale) and deletes', async () => {
    const posted = await graphPost<GraphItem>(items(), body({ fields: { Title: 'Patch me', GtmState: 'Open' } }));
    const fields = GraphQueryable(items().getById(posted.id), 'fields');
    const patched = await graphPatch<Record<string, unknown>>(fields, body({ GtmPoints: 8 }, headers({ 'If-Match': posted['@odata.etag'] })));
    expect(patched.GtmPoints).toBe(8);
    await expect(graphPatch(GraphQueryable(items().getById(posted.id), 'fields'), body({ GtmPoints: 9 }, headers({ 'If-Match': posted['@odata.etag'] })))).rejects.toMatchObject({ status: 412 });
    await items().getById(posted.id).delete();
    await expect(items().getById(posted.id)()).rejects.toMatchObject({ status: 404 });
  });

  it('filters fields: indexed ones freely, others only with the Prefer header', async () => {
    await expect(items().filter("fields/GtmOwnerName eq 'Ana'")()).rejects.toMatchObject({ status: 400 });
    const open = await items().filter("fields/GtmState eq 'Open'").expand('fields(select=Title,GtmState)')<GraphItem[]>();
    expect(open.map((i) => i.fields?.Title)).toEqual(['Call Contoso']);
    expect(Object.keys(open[0]?.fields ?? {}).sort()).toEqual(['@odata.etag', 'GtmState', 'Title']);
    const token = await devToken(wb.server.url);
    const res = await fetch(`${wb.graphUrl}/sites/root/lists/${listId}/items?expand=fields&$filter=fields/GtmPoints gt 2`, {
      headers: { Authorization: `Bearer ${token}`, Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { value: GraphItem[] }).value.map((i) => i.fields?.Title)).toEqual(['Call Contoso']);
  });

  it('pages with $top and absolute @odata.nextLink', async () => {
    for (let i = 0; i < 5; i++) await graphPost(items(), body({ fields: { Title: `Page ${i}` } }));
    const sizes: number[] = [];
    for await (const page of items().top(2)) sizes.push((page as unknown[]).length);
    expect(sizes).toEqual([2, 2, 2, 1]);
  });

  it('runs a JSON $batch of up to 20 requests and refuses 21', async () => {
    const [batched, execute] = graph.batched();
    const a = graphPost<GraphItem>(items(batched), body({ fields: { Title: 'Batch A' } }));
    const b = graphPost<GraphItem>(items(batched), body({ fields: { Title: 'Batch B' } }));
    const read = items(batched).getById('1').expand('fields')<GraphItem>();
    await execute();
    expect([(await a).fields?.Title, (await b).fields?.Title]).toEqual(['Batch A', 'Batch B']);
    expect((await read).fields?.Title).toBe('Call Contoso');

    const token = await devToken(wb.server.url);
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: '/sites/root' }));
    const res = await fetch(`${wb.graphUrl}/$batch`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ requests }) });
    expect(res.status).toBe(400);
  });

  it('stores channel messages and group events', async () => {
    const channel = graph.teams.getById('team-1').channels.getById('19:review@thread.tacv2');
    const sent = await channel.messages.add({ body: { contentType: 'html', content: '<p>GTM review summary</p>' } });
    expect(sent.data.id).toBeTruthy();
    const messages = await channel.messages<{ body: { content: string } }[]>();
    expect(messages.map((m) => m.body.content)).toEqual(['<p>GTM review summary</p>']);
    const event = { subject: 'GTM review', start: { dateTime: '2025-06-02T09:00:00', timeZone: 'UTC' }, end: { dateTime: '2025-06-02T10:00:00', timeZone: 'UTC' } };
    const created = await graph.groups.getById('group-1').events.add(event);
    expect((created as { id: string }).id).toBeTruthy();
    const events = await graph.groups.getById('group-1').events<{ subject: string }[]>();
    expect(events.map((e) => e.subject)).toEqual(['GTM review']);
  });
});
