import type { SPFI } from '@pnp/sp';
import { localMidnightUtc } from '../../shared/src/sharepoint';
import { type Workbench, spClient, startWorkbench } from './workbench';

let wb: Workbench;
let sp: SPFI;

interface KpiRow {
  Id: number;
  Title: string;
  GtmScore: number | null;
  GtmStatus: string | null;
  'odata.etag': string;
}

beforeAll(async () => {
  wb = await startWorkbench();
  sp = spClient(wb.siteUrl);
  await sp.web.lists.add('GTM KPIs', 'Key performance indicators', 100);
  const list = sp.web.lists.getByTitle('GTM KPIs');
  await list.fields.addNumber('GtmScore');
  await list.fields.addChoice('GtmStatus', { Choices: ['Open', 'Closed', "O'Brien"] });
  await list.fields.addMultiChoice('GtmTags', { Choices: ['a', 'b', 'c'] });
  await list.fields.addBoolean('GtmActive');
  await list.fields.addDateTime('GtmDue');
  await list.fields.addUser('GtmOwner');
  // Options 8 (AddFieldInternalNameHint): without it SharePoint names the field "Notes" (fields-and-lists.test.ts).
  await list.fields.createFieldAsXml({ SchemaXml: '<Field Type="Note" Name="GtmNotes" DisplayName="Notes" />', Options: 8 });
  await list.fields.getByInternalNameOrTitle('GtmStatus').update({ Indexed: true });
});

afterAll(async () => {
  await wb.stop();
});

describe('SharePoint REST through @pnp/sp', () => {
  it('creates lists and fields through the REST API, and ensure finds them again', async () => {
    const fields = await sp.web.lists.getByTitle('GTM KPIs').fields.select('InternalName', 'TypeAsString', 'Indexed')();
    const byName = new Map(fields.map((f: { InternalName: string; TypeAsString: string; Indexed: boolean }) => [f.InternalName, f]));
    expect(byName.get('GtmScore')?.TypeAsString).toBe('Number');
    expect(byName.get('GtmNotes')?.TypeAsString).toBe('Note');
    expect(byName.get('GtmStatus')?.Indexed).toBe(true);
    expect(byName.get('ID')?.Indexed).toBe(true);
    const ensured = await sp.web.lists.ensure('GTM KPIs');
    expect(ensured.created).toBe(false);
    const created = await sp.web.lists.ensure('GTM Reviews');
    expect(created.created).toBe(true);
  });

  it('adds views and view fields', async () => {
    const list = sp.web.lists.getByTitle('GTM KPIs');
    await list.views.add('Open KPIs', false, { RowLimit: 50, ViewQuery: '<Where/>' });
    await list.views.getByTitle('Open KPIs').fields.add('GtmScore');
    const v = await list.views.getByTitle('Open KPIs').fields.getSchemaXml();
    expect(v).toContain('GtmScore');
  });

  it('adds, reads, updates and deletes an item with ETags', async () => {
    const list = sp.web.lists.getByTitle('GTM KPIs');
    const added = (await list.items.add({ Title: 'Pipeline', GtmScore: 3, GtmStatus: 'Open', GtmTags: ['a', 'b'], GtmActive: true, GtmDue: '2025-03-01', GtmOwnerId: 1 })) as KpiRow & Record<string, unknown>;
    expect(added.Id).toBeGreaterThan(0);
    expect(added['odata.etag']).toBe('"1"');
    // odata.id is the item's absolute REST address, as SharePoint Online answers it.
    expect(added['odata.id']).toMatch(new RegExp(`^${wb.siteUrl}/_api/Web/Lists\\(guid'[0-9a-f-]+'\\)/Items\\(${added.Id}\\)$`));
    expect(added.GtmTags).toEqual(['a', 'b']);
    // addDateTime makes a date-only field: its local midnight in the site's zone, in UTC (2025-03-01T00:00:00Z on UTC).
    expect(added.GtmDue).toBe(localMidnightUtc('2025-03-01', wb.server.timeZone.iana));

    const item = list.items.getById(added.Id);
    const read = await item.select('Id', 'Title', 'GtmScore', 'Author/Title', 'GtmOwner/EMail').expand('Author', 'GtmOwner')<Record<string, unknown>>();
    expect(read).toMatchObject({ Id: added.Id, Title: 'Pipeline', GtmScore: 3, Author: { Title: 'Workbench Admin' }, GtmOwner: { EMail: 'admin@gtm.local' } });

    const updated = await item.update({ GtmScore: 4 }, added['odata.etag']);
    expect(updated.etag).toBe('"2"');
    // A stale ETag is a conflict; '*' forces; no header overwrites.
    await expect(item.update({ GtmScore: 5 }, '"1"')).rejects.toMatchObject({ status: 412 });
    await item.update({ GtmScore: 6 }, '*');
    expect((await item.select('GtmScore')<KpiRow>()).GtmScore).toBe(6);

    await item.delete('"1"').then(
      () => {
        throw new Error('expected 412');
      },
      (e: { status: number }) => expect(e.status).toBe(412),
    );
    await item.delete();
    await expect(item()).rejects.toMatchObject({ status: 404 });
  });

  it('filters, orders and selects; values with quotes are data, never syntax', async () => {
    const list = sp.web.lists.getByTitle('GTM KPIs');
    for (const [Title, GtmScore, GtmStatus] of [
      ['Alpha', 1, 'Open'],
      ['Beta', 2, 'Closed'],
      ['Gamma', 3, 'Open'],
      ["O'Brien", 4, "O'Brien"],
    ] as const) {
      await list.items.add({ Title, GtmScore, GtmStatus });
    }
    const open = await list.items.filter("GtmStatus eq 'Open' and GtmScore ge 2").select('Title')<KpiRow[]>();
    expect(open.map((r) => r.Title)).toEqual(['Gamma']);
    const ordered = await list.items.select('Title').orderBy('GtmScore', false).top(2)<KpiRow[]>();
    expect(ordered.map((r) => r.Title)).toEqual(["O'Brien", 'Gamma']);
    const hostile = "O'Brien') or (1 eq 1";
    const none = await list.items.filter(`Title eq '${hostile.replace(/'/g, "''")}'`)<KpiRow[]>();
    expect(none).toEqual([]);
    const exact = await list.items.filter(`Title eq '${"O'Brien".replace(/'/g, "''")}'`)<KpiRow[]>();
    expect(exact.map((r) => r.Title)).toEqual(["O'Brien"]);
    const starts = await list.items.filter("startswith(Title,'Al') or substringof('amm',Title)").select('Title')<KpiRow[]>();
    expect(starts.map((r) => r.Title)).toEqual(['Alpha', 'Gamma']);
    const nulls = await list.items.filter('GtmNotes eq null and GtmScore ne null').select('Id')<KpiRow[]>();
    expect(nulls).toHaveLength(4);
  });

  it('answers unknown fields and bad syntax with 400 in the odata.error shape', async () => {
    const list = sp.web.lists.getByTitle('GTM KPIs');
    const res = await fetch(`${wb.siteUrl}/_api/web/lists/getbytitle('GTM%20KPIs')/items?$filter=Nope eq 1`, { headers: { Accept: 'application/json' } });
    expect(res.status).toBe(400);
    const json = (await res.json()) as { 'odata.error': { code: string; message: { lang: string; value: string } } };
    expect(json['odata.error'].message.lang).toBe('en-US');
    await expect(list.items.add({ NoSuchField: 1 })).rejects.toMatchObject({ status: 400 });
    await expect(list.items.filter("Title eq 'unterminated")()).rejects.toMatchObject({ status: 400 });
  });

  it('requires a request digest for writes (403 without one)', async () => {
    const res = await fetch(`${wb.siteUrl}/_api/web/lists/getbytitle('GTM%20KPIs')/items`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ Title: 'sneaky' }),
    });
    expect(res.status).toBe(403);
    const bad = await fetch(`${wb.siteUrl}/_api/web/lists/getbytitle('GTM%20KPIs')/items`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': '0xDEAD,01 Jan 2020 00:00:00 -0000' },
      body: JSON.stringify({ Title: 'sneaky' }),
    });
    expect(bad.status).toBe(403);
    const info = (await (await fetch(`${wb.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } })).json()) as { FormDigestValue: string; FormDigestTimeoutSeconds: number };
    expect(info.FormDigestValue).toMatch(/^0x[0-9A-F]+,.+/);
    expect(info.FormDigestTimeoutSeconds).toBe(1800);
  });

  it('answers odata=verbose with d / d.results', async () => {
    const res = await fetch(`${wb.siteUrl}/_api/web/lists/getbytitle('GTM%20KPIs')/items?$select=Title&$top=1`, { headers: { Accept: 'application/json;odata=verbose' } });
    const json = (await res.json()) as { d: { results: { __metadata: { etag: string }; Title: string }[] } };
    expect(json.d.results).toHaveLength(1);
    expect(json.d.results[0]?.__metadata.etag).toMatch(/^"\d+"$/);
  });

  it('runs sp.batched() adds and updates and returns each result', async () => {
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('GTM KPIs');
    const adds = ['B1', 'B2', 'B3'].map((Title, i) => list.items.add({ Title, GtmScore: 10 + i }));
    const readBack = list.items.filter("startswith(Title,'Gam')").select('Title')();
    await execute();
    const rows = (await Promise.all(adds)) as KpiRow[];
    expect(rows.map((r) => r.Title)).toEqual(['B1', 'B2', 'B3']);
    expect(((await readBack) as KpiRow[]).map((r) => r.Title)).toEqual(['Gamma']);

    const [batched2, execute2] = sp.batched();
    const list2 = batched2.web.lists.getByTitle('GTM KPIs');
    const ok = list2.items.getById(rows[0]!.Id).update({ GtmScore: 20 }, rows[0]!['odata.etag']);
    const stale = list2.items.getById(rows[1]!.Id).update({ GtmScore: 21 }, '"99"');
    const del = list2.items.getById(rows[2]!.Id).delete();
    const staleResult = stale.then(
      () => 'resolved',
      (e: { status?: number }) => e.status,
    );
    await execute2();
    expect((await ok).etag).toBe('"2"');
    expect(await staleResult).toBe(412);
    await del;
    const after = await sp.web.lists.getByTitle('GTM KPIs').items.filter("startswith(Title,'B')").select('Title', 'GtmScore')<KpiRow[]>();
    expect(after.map((r) => [r.Title, r.GtmScore])).toEqual([
      ['Beta', 2],
      ['B1', 20],
      ['B2', 11],
    ]);
  });
});
