/**
 * Regional settings (issue 10, item 1): the stand-in's site has a time zone, answers it as
 * SharePoint Online does (`GET _api/web/regionalsettings/timezone`: sp-dev-docs#6083, pnp/pnpcore#484)
 * and stores a date-only value as the local midnight of its date, returned in UTC on REST and Graph
 * (sp-dev-docs#5369). Before, the site had no zone and `2026-03-15` was kept as `2026-03-15T00:00:00Z`
 * everywhere, so every date below that is not a UTC midnight would have failed.
 *
 * Auckland is UTC+13 in December and March (NZDT) and UTC+12 in June (NZST); Los Angeles is UTC-8 in
 * December (PST) and UTC-7 in March and June (PDT, from 2026-03-08). Both zones move dates across the
 * date line in December and in June.
 */
import { type Workbench, devToken, spClient, startWorkbench } from './workbench';

const NOMETA = 'application/json;odata=nometadata';
const VERBOSE = 'application/json;odata=verbose';

interface Site {
  wb: Workbench;
  digest: string;
  listId: string;
  token: string;
}

async function json<T>(res: Response): Promise<T> {
  const text = await res.text();
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${text}`);
  return (text === '' ? {} : JSON.parse(text)) as T;
}

async function sp<T>(site: Site, path: string, init: { method?: string; body?: unknown; accept?: string } = {}): Promise<T> {
  const res = await fetch(`${site.wb.siteUrl}/_api/${path}`, {
    method: init.method ?? 'GET',
    headers: { Accept: init.accept ?? NOMETA, 'Content-Type': 'application/json', 'X-RequestDigest': site.digest },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return json<T>(res);
}

async function graph<T>(site: Site, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(`${site.wb.graphUrl}/${path}`, {
    method: init.method ?? 'GET',
    headers: { Authorization: `Bearer ${site.token}`, 'Content-Type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return json<T>(res);
}

/** A site on `timeZone` with one list: a date-only `GtmDue` and a date-and-time `GtmAt`, both indexed. */
async function siteOn(timeZone: string): Promise<Site> {
  const wb = await startWorkbench({ timeZone });
  const contextInfo = await fetch(`${wb.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: NOMETA } });
  const digest = (await json<{ FormDigestValue: string }>(contextInfo)).FormDigestValue;
  const site: Site = { wb, digest, listId: '', token: await devToken(wb.server.url) };
  site.listId = (await sp<{ Id: string }>(site, 'web/lists', { method: 'POST', body: { Title: 'Dates', BaseTemplate: 100 } })).Id;
  for (const schemaXml of [
    '<Field Type="DateTime" Name="GtmDue" StaticName="GtmDue" DisplayName="Due" Format="DateOnly" Indexed="TRUE" />',
    '<Field Type="DateTime" Name="GtmAt" StaticName="GtmAt" DisplayName="At" Format="DateTime" Indexed="TRUE" />',
  ]) {
    await sp(site, "web/lists/getByTitle('Dates')/fields/createfieldasxml", { method: 'POST', body: { parameters: { SchemaXml: schemaXml, Options: 8 } } });
  }
  return site;
}

/** Adds one item over SharePoint REST and reads back what SharePoint stored (`GtmDue`, `GtmAt`). */
async function roundTrip(site: Site, values: { GtmDue?: string; GtmAt?: string }): Promise<{ GtmDue: string | null; GtmAt: string | null }> {
  const added = await sp<{ Id: number }>(site, "web/lists/getByTitle('Dates')/items", { method: 'POST', body: { Title: 'x', ...values } });
  return sp(site, `web/lists/getByTitle('Dates')/items(${added.Id})?$select=GtmDue,GtmAt`);
}

describe('a site on Pacific/Auckland (east of UTC)', () => {
  let site: Site;
  beforeAll(async () => {
    site = await siteOn('Pacific/Auckland');
  });
  afterAll(async () => {
    await site.wb.stop();
  });

  it('answers regionalsettings/timezone as SharePoint: Id 17, Bias -720, DaylightBias -60 (sp-dev-docs#6083)', async () => {
    expect(await sp(site, 'web/regionalsettings/timezone')).toEqual({
      Description: '(UTC+12:00) Auckland, Wellington',
      Id: 17,
      Information: { Bias: -720, DaylightBias: -60, StandardBias: 0 },
    });
  });

  it('answers it in verbose JSON too, as the PnP-JS-Core#660 and sp-dev-docs#6083 readers expect (d.Information.Bias)', async () => {
    const verbose = await sp<{ d: { __metadata: { type: string }; Id: number; Information: { __metadata: { type: string }; Bias: number } } }>(
      site,
      'web/RegionalSettings/TimeZone',
      { accept: VERBOSE },
    );
    expect(verbose.d.__metadata.type).toBe('SP.TimeZone');
    expect(verbose.d.Id).toBe(17);
    expect(verbose.d.Information).toEqual({ __metadata: { type: 'SP.TimeZoneInformation' }, Bias: -720, DaylightBias: -60, StandardBias: 0 });
  });

  it('lists TimeZone on regionalsettings as deferred in verbose JSON, and inline with $expand=TimeZone', async () => {
    const verbose = await sp<{ d: { LocaleId: number; TimeZone: { __deferred: { uri: string } } } }>(site, 'web/regionalsettings', { accept: VERBOSE });
    expect(verbose.d.LocaleId).toBe(1033);
    expect(verbose.d.TimeZone.__deferred.uri).toBe(`${site.wb.siteUrl}/_api/Web/RegionalSettings/TimeZone`);
    expect(await sp<Record<string, unknown>>(site, 'web/regionalsettings')).not.toHaveProperty('TimeZone');
    const expanded = await sp<{ TimeZone: { Id: number } }>(site, 'web/regionalsettings?$expand=TimeZone');
    expect(expanded.TimeZone.Id).toBe(17);
  });

  it('stores a date-only 2026-03-15 as its local midnight and returns it in UTC: 2026-03-14T11:00:00Z (NZDT)', async () => {
    expect((await roundTrip(site, { GtmDue: '2026-03-15' })).GtmDue).toBe('2026-03-14T11:00:00Z');
    expect((await roundTrip(site, { GtmDue: '2026-03-15T00:00:00' })).GtmDue).toBe('2026-03-14T11:00:00Z');
  });

  it('crosses the date line in December (2026-12-25 → 2026-12-24T11:00:00Z) and June (2026-06-15 → 2026-06-14T12:00:00Z)', async () => {
    expect((await roundTrip(site, { GtmDue: '2026-12-25' })).GtmDue).toBe('2026-12-24T11:00:00Z');
    expect((await roundTrip(site, { GtmDue: '2026-06-15' })).GtmDue).toBe('2026-06-14T12:00:00Z');
  });

  it('reads a date-only value with Z as an instant: 2026-03-14T12:00:00Z is 01:00 on the 15th in Auckland, so the 15th', async () => {
    expect((await roundTrip(site, { GtmDue: '2026-03-14T12:00:00Z' })).GtmDue).toBe('2026-03-14T11:00:00Z');
    expect((await roundTrip(site, { GtmDue: '2026-03-15T00:00:00Z' })).GtmDue).toBe('2026-03-14T11:00:00Z');
  });

  it('reads a date-and-time without offset as Auckland time (09:30 on 2026-06-15 is 21:30Z on the 14th) and one with an offset as that instant', async () => {
    expect((await roundTrip(site, { GtmAt: '2026-06-15T09:30:00' })).GtmAt).toBe('2026-06-14T21:30:00Z');
    expect((await roundTrip(site, { GtmAt: '2026-12-01T09:30:00' })).GtmAt).toBe('2026-11-30T20:30:00Z');
    expect((await roundTrip(site, { GtmAt: '2026-06-15T09:30:00+02:00' })).GtmAt).toBe('2026-06-15T07:30:00Z');
  });

  it('applies the same rule to Graph writes, and Graph returns fields in UTC with Z', async () => {
    const created = await graph<{ id: string }>(site, `sites/root/lists/${site.listId}/items`, { method: 'POST', body: { fields: { Title: 'g', GtmDue: '2026-03-15' } } });
    const item = await graph<{ fields: { GtmDue: string } }>(site, `sites/root/lists/${site.listId}/items/${created.id}?expand=fields`);
    expect(item.fields.GtmDue).toBe('2026-03-14T11:00:00Z');
    await graph(site, `sites/root/lists/${site.listId}/items/${created.id}/fields`, { method: 'PATCH', body: { GtmDue: '2026-06-15' } });
    expect((await sp<{ GtmDue: string }>(site, `web/lists/getByTitle('Dates')/items(${created.id})?$select=GtmDue`)).GtmDue).toBe('2026-06-14T12:00:00Z');
  });

  it('applies it to the parts of a SharePoint $batch (PnPjs batching) and of a Graph $batch', async () => {
    const client = spClient(site.wb.siteUrl);
    const [batched, execute] = client.batched();
    const adding = batched.web.lists.getByTitle('Dates').items.add({ Title: 'batched', GtmDue: '2026-12-25' });
    await execute();
    const spId = ((await adding) as { Id: number }).Id;
    expect((await sp<{ GtmDue: string }>(site, `web/lists/getByTitle('Dates')/items(${spId})?$select=GtmDue`)).GtmDue).toBe('2026-12-24T11:00:00Z');

    const batch = await graph<{ responses: { status: number; body: { id: string } }[] }>(site, '$batch', {
      method: 'POST',
      body: { requests: [{ id: '1', method: 'POST', url: `/sites/root/lists/${site.listId}/items`, headers: { 'Content-Type': 'application/json' }, body: { fields: { Title: 'gb', GtmDue: '2026-06-15' } } }] },
    });
    expect(batch.responses[0]?.status).toBe(201);
    const graphId = batch.responses[0]?.body.id ?? '';
    expect((await sp<{ GtmDue: string }>(site, `web/lists/getByTitle('Dates')/items(${graphId})?$select=GtmDue`)).GtmDue).toBe('2026-06-14T12:00:00Z');
  });

  it('keeps $filter on dates comparing instants: the 15th in Auckland is GtmDue ge 2026-03-14T11:00:00Z and lt 2026-03-15T11:00:00Z', async () => {
    const filter = "GtmDue ge datetime'2026-03-14T11:00:00Z' and GtmDue lt datetime'2026-03-15T11:00:00Z'";
    const rows = await sp<{ value: { GtmDue: string }[] }>(site, `web/lists/getByTitle('Dates')/items?$select=GtmDue&$filter=${encodeURIComponent(filter)}`);
    expect(rows.value.length).toBeGreaterThanOrEqual(3);
    expect(new Set(rows.value.map((r) => r.GtmDue))).toEqual(new Set(['2026-03-14T11:00:00Z']));
    const onGraph = await graph<{ value: { fields: { GtmDue: string } }[] }>(
      site,
      `sites/root/lists/${site.listId}/items?expand=fields&$filter=${encodeURIComponent("fields/GtmDue eq '2026-03-14T11:00:00Z'")}`,
    );
    // Every item of the 15th in the range is also found by Graph's ISO instant.
    expect(onGraph.value.map((i) => i.fields.GtmDue)).toEqual(rows.value.map((r) => r.GtmDue));
  });

  it('refuses a date SharePoint cannot read with 400, naming the field and the forms it takes', async () => {
    for (const bad of ['next Tuesday', '2026-02-30', '15/03/2026', '2026-03-15T24:30:00']) {
      const res = await fetch(`${site.wb.siteUrl}/_api/web/lists/getByTitle('Dates')/items`, {
        method: 'POST',
        headers: { Accept: NOMETA, 'Content-Type': 'application/json', 'X-RequestDigest': site.digest },
        body: JSON.stringify({ Title: 'bad', GtmDue: bad }),
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { 'odata.error': { message: { value: string } } };
      expect(body['odata.error'].message.value).toMatch(/field 'GtmDue'.*ISO 8601, e\.g\. 2026-03-15/);
    }
  });
});

describe('a site on America/Los_Angeles (west of UTC)', () => {
  let site: Site;
  beforeAll(async () => {
    site = await siteOn('America/Los_Angeles');
  });
  afterAll(async () => {
    await site.wb.stop();
  });

  it('answers regionalsettings/timezone: Id 13, (UTC-08:00) Pacific Time, Bias 480', async () => {
    expect(await sp(site, 'web/regionalsettings/timezone')).toEqual({
      Description: '(UTC-08:00) Pacific Time (US and Canada)',
      Id: 13,
      Information: { Bias: 480, DaylightBias: -60, StandardBias: 0 },
    });
  });

  it('stores date-only dates as Los Angeles midnights: 2026-12-25 → 08:00Z (PST), 2026-06-15 → 07:00Z (PDT)', async () => {
    expect((await roundTrip(site, { GtmDue: '2026-12-25' })).GtmDue).toBe('2026-12-25T08:00:00Z');
    expect((await roundTrip(site, { GtmDue: '2026-06-15' })).GtmDue).toBe('2026-06-15T07:00:00Z');
  });

  it('lands 2026-03-15T00:00:00Z on the 14th (16:00 on the 14th in Los Angeles), as sp-dev-docs#5369 reports', async () => {
    expect((await roundTrip(site, { GtmDue: '2026-03-15T00:00:00Z' })).GtmDue).toBe('2026-03-14T07:00:00Z');
    expect((await roundTrip(site, { GtmDue: '2026-12-25T00:00:00Z' })).GtmDue).toBe('2026-12-24T08:00:00Z');
    expect((await roundTrip(site, { GtmDue: '2026-06-15T00:00:00Z' })).GtmDue).toBe('2026-06-14T07:00:00Z');
  });

  it('reads a date-and-time without offset as Los Angeles time: 09:30 is 16:30Z in June (PDT) and 17:30Z in December (PST)', async () => {
    expect((await roundTrip(site, { GtmAt: '2026-06-15T09:30:00' })).GtmAt).toBe('2026-06-15T16:30:00Z');
    expect((await roundTrip(site, { GtmAt: '2026-12-15T09:30:00' })).GtmAt).toBe('2026-12-15T17:30:00Z');
    expect((await roundTrip(site, { GtmAt: '2026-12-15T09:30:00Z' })).GtmAt).toBe('2026-12-15T09:30:00Z');
  });

  it('applies the rule to Graph writes: 2026-06-15 comes back as 2026-06-15T07:00:00Z', async () => {
    const created = await graph<{ id: string }>(site, `sites/root/lists/${site.listId}/items`, { method: 'POST', body: { fields: { Title: 'g', GtmDue: '2026-06-15' } } });
    const item = await graph<{ fields: { GtmDue: string } }>(site, `sites/root/lists/${site.listId}/items/${created.id}?expand=fields`);
    expect(item.fields.GtmDue).toBe('2026-06-15T07:00:00Z');
  });
});
