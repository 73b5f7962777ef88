/**
 * The stand-in's people picker and the people behind Person columns, as SharePoint Online and Graph
 * answer them: the clientPeoplePickerSearchUser service (what PnPjs `sp.profiles` and
 * @pnp/spfx-controls-react's PeoplePicker call), the hidden User Information List over Graph, and
 * person writes that must name a site user.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/profiles';
import '@pnp/sp/site-users';
import type { GraphFI } from '@pnp/graph';
import { findDirectoryPerson } from '../../workbench/src/seed/directory';
import { type Workbench, devToken, graphClient, spClient, startWorkbench } from './workbench';

const ELENA = 'elena.ricci@contoso.example';
const ANNA_BERG = 'anna.berg@contoso.example';
const MARCO = 'marco.rossi@contoso.example';
const PICKER = '_api/SP.UI.ApplicationPages.ClientPeoplePickerWebServiceInterface.clientPeoplePickerSearchUser';

let wb: Workbench;
let sp: SPFI;
let graph: GraphFI;
let token: string;
let siteId: string;

interface PickerEntity {
  Key: string;
  DisplayText: string;
  IsResolved: boolean;
  Description: string;
  EntityType: string;
  EntityData: { Title: string; Email: string; MobilePhone: string; ObjectId: string; Department: string };
  MultipleMatches: unknown[];
  ProviderName: string;
  ProviderDisplayName: string;
}

interface SpUser {
  Id: number;
  Email: string;
}

beforeAll(async () => {
  wb = await startWorkbench({ user: ELENA });
  sp = spClient(wb.siteUrl);
  token = await devToken(wb.server.url);
  graph = graphClient(wb.graphUrl, token);
  siteId = ((await (await graphFetch('sites/root')).json()) as { id: string }).id;
});

afterAll(async () => {
  await wb.stop();
});

async function digest(): Promise<string> {
  const res = await fetch(`${wb.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } });
  return ((await res.json()) as { FormDigestValue: string }).FormDigestValue;
}

/** A raw POST to the picker service; `accept` picks the OData format. */
async function pickerPost(queryParams: Record<string, unknown>, accept = 'application/json;odata=nometadata'): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${wb.siteUrl}/${PICKER}`, {
    method: 'POST',
    headers: { Accept: accept, 'Content-Type': accept.includes('verbose') ? 'application/json;odata=verbose' : 'application/json', 'X-RequestDigest': await digest() },
    body: JSON.stringify({ queryParams }),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

/** Display names found for a query, through PnPjs as a web part calls it. */
async function search(query: string, max = 30, principalType = 1): Promise<string[]> {
  const found = (await sp.profiles.clientPeoplePickerSearchUser({ QueryString: query, MaximumEntitySuggestions: max, PrincipalType: principalType, PrincipalSource: 15, AllowEmailAddresses: true, AllowMultipleEntities: false })) as unknown as PickerEntity[];
  return found.map((e) => e.DisplayText);
}

function graphFetch(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${wb.graphUrl}/${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...(init.headers ?? {}) } });
}

const UIL = 'User%20Information%20List';

describe('clientPeoplePickerSearchUser (PnPjs sp.profiles; spfx-controls-react PeopleSearchService)', () => {
  it('PnPjs gets the parsed entities: "jose" finds Jose Alvarez and José Álvarez (accents ignored), by display name', async () => {
    expect(await search('jose')).toEqual(['Jose Alvarez', 'José Álvarez']);
  });

  it('each entity is what SharePoint Online returns for a tenant user: claims Key, mail as Description, EntityData from the directory', async () => {
    const found = (await sp.profiles.clientPeoplePickerSearchUser({ QueryString: 'anna berg', MaximumEntitySuggestions: 5 })) as unknown as PickerEntity[];
    expect(found).toEqual([
      {
        Key: `i:0#.f|membership|${ANNA_BERG}`,
        DisplayText: 'Anna Berg',
        IsResolved: true,
        Description: ANNA_BERG,
        EntityType: 'User',
        EntityData: { IsAltSecIdPresent: 'False', Title: 'Field Marketing Manager', Email: ANNA_BERG, MobilePhone: '', ObjectId: findDirectoryPerson(ANNA_BERG)?.id, Department: 'Marketing' },
        MultipleMatches: [],
        ProviderName: 'Tenant',
        ProviderDisplayName: 'Tenant',
      },
    ]);
  });

  it('the answer is a JSON string, not an array: {"value":"[…]"} in nometadata, with odata.metadata in minimal, {"d":{"ClientPeoplePickerSearchUser":"[…]"}} in verbose', async () => {
    const plain = await pickerPost({ QueryString: 'marco', MaximumEntitySuggestions: 10 });
    expect(plain.status).toBe(200);
    expect(typeof plain.json.value).toBe('string');
    expect((JSON.parse(plain.json.value as string) as PickerEntity[]).map((e) => e.Description)).toEqual(['marco.bianchi@contoso.example', MARCO]);

    const minimal = await pickerPost({ QueryString: 'marco' }, 'application/json');
    expect(minimal.json['odata.metadata']).toMatch(/\$metadata#Edm\.String$/);
    expect(minimal.json.value).toBe(plain.json.value);

    // The verbose body names its type in __metadata, as SharePoint's own pages send it.
    const verbose = await pickerPost({ __metadata: { type: 'SP.UI.ApplicationPages.ClientPeoplePickerQueryParameters' }, QueryString: 'marco', PrincipalType: 15 }, 'application/json;odata=verbose');
    const d = verbose.json.d as { ClientPeoplePickerSearchUser: string };
    expect(JSON.parse(d.ClientPeoplePickerSearchUser)).toEqual(JSON.parse(plain.json.value as string));
  });

  it('matches the start of any name word or of the e-mail, case- and accent-insensitively; never the middle of a word', async () => {
    expect(await search('ANN')).toEqual(['Anna Berg', 'Anna Kowalski', 'Anna Schmidt']);
    expect(await search('muller')).toEqual(['Zoe Muller', 'Zoë Müller']);
    expect(await search('yilmaz')).toEqual(['Elif Yılmaz']);
    expect(await search('vries')).toEqual(['Pieter de Vries']);
    expect(await search('elena.r')).toEqual(['Elena Ricci']);
    expect(await search('nna')).toEqual([]);
  });

  it('returns at most MaximumEntitySuggestions: 3 Annas asked for 2 are the first 2 by name', async () => {
    expect(await search('anna', 2)).toEqual(['Anna Berg', 'Anna Kowalski']);
  });

  it('an empty or one-character query returns [] (pickers start at 2 characters), and so does PrincipalType 8 (SharePoint groups only)', async () => {
    expect(await search('')).toEqual([]);
    expect(await search('a')).toEqual([]);
    expect(await search('an')).toEqual(['Anna Berg', 'Anna Kowalski', 'Anna Schmidt']);
    expect(await search('anna', 30, 8)).toEqual([]);
  });

  it('a QueryString of 256 characters is a 400 in SharePoint\'s error shape; 255 is searched', async () => {
    const long = await pickerPost({ QueryString: 'a'.repeat(256) });
    expect(long.status).toBe(400);
    expect(long.json['odata.error']).toMatchObject({ code: '-2146233086, System.ArgumentOutOfRangeException', message: { lang: 'en-US' } });
    expect(JSON.stringify(long.json)).toMatch(/at most 255 characters; this one has 256/);
    const max = await pickerPost({ QueryString: 'a'.repeat(255) });
    expect(max).toEqual({ status: 200, json: { value: '[]' } });
  });

  it('needs the request digest like every POST (403 without), and a body with queryParams (400 without)', async () => {
    const res = await fetch(`${wb.siteUrl}/${PICKER}`, { method: 'POST', headers: { Accept: 'application/json' }, body: JSON.stringify({ queryParams: { QueryString: 'anna' } }) });
    expect(res.status).toBe(403);
    const bare = await fetch(`${wb.siteUrl}/${PICKER}`, { method: 'POST', headers: { Accept: 'application/json', 'X-RequestDigest': await digest() }, body: JSON.stringify({ QueryString: 'anna' }) });
    expect(bare.status).toBe(400);
  });
});

interface GraphItem {
  id: string;
  fields?: Record<string, unknown>;
}

describe('the User Information List over Graph (microsoft-graph-docs#15695: Graph has no ensureuser)', () => {
  let annaId: number;

  beforeAll(async () => {
    annaId = ((await sp.web.ensureUser(ANNA_BERG)) as unknown as SpUser).Id;
  });

  it('GET lists/User Information List (by its title, URL-encoded, or by its id) is the hidden list; GET lists leaves it out', async () => {
    const byTitle = (await (await graphFetch(`sites/${siteId}/lists/${UIL}`)).json()) as { id: string; displayName: string; list: { hidden: boolean } };
    expect(byTitle).toMatchObject({ displayName: 'User Information List', list: { hidden: true } });
    const byId = (await (await graphFetch(`sites/${siteId}/lists/${byTitle.id}`)).json()) as { displayName: string };
    expect(byId.displayName).toBe('User Information List');
    const all = (await (await graphFetch(`sites/${siteId}/lists`)).json()) as { value: { displayName: string }[] };
    expect(all.value.map((l) => l.displayName)).not.toContain('User Information List');
  });

  it('its items are the site users: the admin (1), the signed-in Elena and the ensured Anna, each id the site-user id, fields as selected', async () => {
    const res = await graphFetch(`sites/${siteId}/lists/${UIL}/items?expand=fields(select=Title,EMail)`);
    const items = ((await res.json()) as { value: GraphItem[] }).value;
    const users = (await sp.web.siteUsers<SpUser[]>()).map((u) => ({ id: String(u.Id), fields: { EMail: u.Email } }));
    expect(items.map((i) => ({ id: i.id, fields: { EMail: i.fields?.EMail } }))).toEqual(users);
    expect(items.find((i) => i.id === String(annaId))?.fields).toEqual({ Title: 'Anna Berg', EMail: ANNA_BERG });
    expect(items.map((i) => i.fields?.EMail)).toEqual(['admin@gtm.local', ELENA, ANNA_BERG]);
  });

  it('an item has the UserInfo fields: Name is the claims login, FirstName/LastName/JobTitle/Department come from the directory', async () => {
    const fields = (await (await graphFetch(`sites/${siteId}/lists/${UIL}/items/${annaId}/fields`)).json()) as Record<string, unknown>;
    expect(fields).toMatchObject({ Title: 'Anna Berg', Name: `i:0#.f|membership|${ANNA_BERG}`, EMail: ANNA_BERG, FirstName: 'Anna', LastName: 'Berg', JobTitle: 'Field Marketing Manager', Department: 'Marketing', IsSiteAdmin: false, Deleted: false });
  });

  it('pages like other lists: $top=1 over 3 users is 3 pages through @odata.nextLink (PnPjs async iteration)', async () => {
    const pages: number[] = [];
    for await (const page of graph.sites.getById(siteId).lists.getById('User Information List').items.expand('fields(select=EMail)').top(1)) pages.push((page as unknown[]).length);
    expect(pages).toEqual([1, 1, 1]);
  });

  it("$filter=fields/EMail eq '…' finds one user's LookupId, with Prefer: HonorNonIndexedQueriesWarningMayFailRandomly (400 without, as on any list)", async () => {
    const path = `sites/${siteId}/lists/${UIL}/items?$filter=fields/EMail eq '${ANNA_BERG}'&expand=fields(select=EMail)`;
    const refused = await graphFetch(path);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toMatch(/HonorNonIndexedQueriesWarningMayFailRandomly/);
    const found = (await (await graphFetch(path, { headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' } })).json()) as { value: GraphItem[] };
    expect(found.value).toEqual([expect.objectContaining({ id: String(annaId), fields: { EMail: ANNA_BERG } })]);
  });

  it('is read-only over Graph: adding or editing an item is 403 accessDenied (people join a site through ensureuser)', async () => {
    const add = await graphFetch(`sites/${siteId}/lists/${UIL}/items`, { method: 'POST', body: JSON.stringify({ fields: { Title: 'Someone', EMail: 'someone@contoso.example' } }) });
    expect(add.status).toBe(403);
    expect(((await add.json()) as { error: { code: string } }).error.code).toBe('accessDenied');
    const edit = await graphFetch(`sites/${siteId}/lists/${UIL}/items/${annaId}/fields`, { method: 'PATCH', body: JSON.stringify({ Title: 'Renamed' }) });
    expect(edit.status).toBe(403);
  });
});

describe('a person value names a site user ("The user does not exist or is not unique.")', () => {
  let listId: string;
  let marcoId: number;

  beforeAll(async () => {
    await sp.web.lists.add('People');
    const fields = sp.web.lists.getByTitle('People').fields;
    await fields.createFieldAsXml({ SchemaXml: '<Field Type="User" Name="GtmOwner" DisplayName="Owner" />', Options: 8 });
    await fields.createFieldAsXml({ SchemaXml: '<Field Type="UserMulti" Name="GtmAttendees" DisplayName="Attendees" Mult="TRUE" />', Options: 8 });
    listId = ((await sp.web.lists.getByTitle('People').select('Id')()) as { Id: string }).Id;
    marcoId = ((await sp.web.ensureUser(MARCO)) as unknown as SpUser).Id;
  });

  async function spAdd(body: Record<string, unknown>): Promise<{ status: number; json: Record<string, unknown> }> {
    const res = await fetch(`${wb.siteUrl}/_api/web/lists/getbytitle('People')/items`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': await digest() },
      body: JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  }

  const count = async (): Promise<number> => (await sp.web.lists.getByTitle('People').items<unknown[]>()).length;

  it('SharePoint REST: GtmOwnerId 999 (no such site user) is a 400 SPException and adds nothing; a site user\'s id is stored', async () => {
    const refused = await spAdd({ Title: 'Nobody owns this', GtmOwnerId: 999 });
    expect(refused.status).toBe(400);
    expect(refused.json['odata.error']).toMatchObject({ code: '-2146232832, Microsoft.SharePoint.SPException' });
    expect(JSON.stringify(refused.json)).toMatch(/^.*The user does not exist or is not unique\. \(No site user has the id 999 given for the field 'GtmOwner'/);
    expect(await count()).toBe(0);
    const ok = await spAdd({ Title: 'Marco owns this', GtmOwnerId: marcoId, GtmAttendeesId: { results: [marcoId] } });
    expect(ok.status).toBe(201);
    expect(ok.json).toMatchObject({ GtmOwnerId: marcoId });
  });

  it('one unknown id among a multi-person value refuses the whole write; null clears a person', async () => {
    expect((await spAdd({ Title: 'Two attendees', GtmAttendeesId: { results: [marcoId, 999] } })).status).toBe(400);
    expect((await spAdd({ Title: 'No owner', GtmOwnerId: null })).status).toBe(201);
    expect(await count()).toBe(2);
  });

  it("Graph: GtmOwnerLookupId \"999\" is a 400 invalidRequest with SharePoint's sentence, on create and on update; the item keeps its owner", async () => {
    const created = await graphFetch(`sites/${siteId}/lists/${listId}/items`, { method: 'POST', body: JSON.stringify({ fields: { Title: 'Graph', GtmOwnerLookupId: '999' } }) });
    expect(created.status).toBe(400);
    const error = ((await created.json()) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('invalidRequest');
    expect(error.message).toMatch(/^The user does not exist or is not unique\./);

    const good = await graphFetch(`sites/${siteId}/lists/${listId}/items`, { method: 'POST', body: JSON.stringify({ fields: { Title: 'Graph', GtmOwnerLookupId: String(marcoId) } }) });
    expect(good.status).toBe(201);
    const id = ((await good.json()) as GraphItem).id;
    const patched = await graphFetch(`sites/${siteId}/lists/${listId}/items/${id}/fields`, { method: 'PATCH', body: JSON.stringify({ GtmOwnerLookupId: '999' }) });
    expect(patched.status).toBe(400);
    const after = (await (await graphFetch(`sites/${siteId}/lists/${listId}/items/${id}/fields`)).json()) as Record<string, unknown>;
    expect(after.GtmOwnerLookupId).toBe(String(marcoId));
  });
});
