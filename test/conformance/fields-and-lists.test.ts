/**
 * What a real tenant enforces about fields and lists (SHAREPOINT.md, "What a real tenant enforces"):
 * field internal names, the 255-character text limit, and lists addressed by a url fixed at creation.
 * Every test here failed on the stand-in that trusted the client.
 */
import type { SPFI } from '@pnp/sp';
import type { IFields } from '@pnp/sp/fields';
import type { IItems } from '@pnp/sp/items';
import '@pnp/sp/folders';
import { type Workbench, devToken, spClient, startWorkbench } from './workbench';

let wb: Workbench;
let sp: SPFI;

interface FieldInfo {
  Id: string;
  InternalName: string;
  StaticName: string;
  Title: string;
  TypeAsString: string;
  DisplayFormat?: number;
  SchemaXml: string;
}

/** The server's error body behind a PnPjs HttpRequestError, parsed. */
async function failure(promise: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  try {
    await promise;
  } catch (e) {
    const error = e as { status: number; response?: { json(): Promise<unknown> }; message: string };
    const text = error.message.slice(error.message.indexOf('{'));
    const json = JSON.parse(text) as { 'odata.error': { code: string; message: { value: string } } };
    return { status: error.status, code: json['odata.error'].code, message: json['odata.error'].message.value };
  }
  throw new Error('expected the request to fail');
}

async function graphFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const token = await devToken(wb.server.url);
  return fetch(`${wb.graphUrl}${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...(init.headers ?? {}) } });
}

const fields = (): IFields => sp.web.lists.getByTitle('Fields').fields;
const items = (): IItems => sp.web.lists.getByTitle('Fields').items;

beforeAll(async () => {
  wb = await startWorkbench();
  sp = spClient(wb.siteUrl);
  await sp.web.lists.add('Fields');
});

afterAll(async () => {
  await wb.stop();
});

describe('field internal names (CSOM AddFieldAsXml; pnp/PnP#940, pnp/pnpcore#1317, sp-dev-docs#3286)', () => {
  it('names a field from its DisplayName when createFieldAsXml is sent without Options 8: "Due date" becomes Due_x0020_date', async () => {
    const added = (await fields().createFieldAsXml('<Field Type="DateTime" Name="GtmDueDate" StaticName="GtmDueDate" DisplayName="Due date" Format="DateOnly" />')) as FieldInfo;
    expect(added).toMatchObject({ InternalName: 'Due_x0020_date', StaticName: 'Due_x0020_date', Title: 'Due date', TypeAsString: 'DateTime' });
    await expect(fields().getByInternalNameOrTitle('GtmDueDate')()).rejects.toMatchObject({ status: 400 });
  });

  it('appends a counter when the generated name is taken: the second "Due date" is Due_x0020_date0', async () => {
    const again = (await fields().createFieldAsXml('<Field Type="DateTime" Name="GtmDueDate" DisplayName="Due date" />')) as FieldInfo;
    expect(again.InternalName).toBe('Due_x0020_date0');
  });

  it('takes the Name with Options 8 (AddFieldInternalNameHint), and answers DisplayFormat 0 for DateOnly, 1 for DateTime', async () => {
    const dateOnly = (await fields().createFieldAsXml({ SchemaXml: '<Field Type="DateTime" Name="GtmDueDate" DisplayName="Due date" Format="DateOnly" />', Options: 8 })) as FieldInfo;
    const dateTime = (await fields().createFieldAsXml({ SchemaXml: '<Field Type="DateTime" Name="GtmWhen" DisplayName="When" Format="DateTime" />', Options: 8 })) as FieldInfo;
    expect(dateOnly).toMatchObject({ InternalName: 'GtmDueDate', StaticName: 'GtmDueDate', Title: 'Due date', DisplayFormat: 0 });
    expect(dateOnly.SchemaXml).toContain('Format="DateOnly"');
    expect(dateTime).toMatchObject({ InternalName: 'GtmWhen', DisplayFormat: 1 });
    const read = (await fields().getByInternalNameOrTitle('GtmDueDate').select('InternalName', 'TypeAsString', 'DisplayFormat', 'Indexed')()) as FieldInfo;
    expect(read).toMatchObject({ InternalName: 'GtmDueDate', TypeAsString: 'DateTime', DisplayFormat: 0, Indexed: false });
  });

  it('escapes other characters as _xHHHH_ and cuts the name at 32 characters, even inside an escape (spmeta2#1073)', async () => {
    const email = (await fields().createFieldAsXml('<Field Type="Text" Name="GtmOwnerEmail" DisplayName="Owner (e-mail)" />')) as FieldInfo;
    // Owner _x0020_ _x0028_ e _x002d_ mail _x0029_ → 38 characters, cut to 32.
    expect(email.InternalName).toBe('Owner_x0020__x0028_e_x002d_mail_');
    expect(email.InternalName).toHaveLength(32);
    const cyrillic = (await fields().createFieldAsXml('<Field Type="Text" Name="weight" DisplayName="Значимость" />')) as FieldInfo;
    expect(cyrillic.InternalName).toBe('_x0417__x043d__x0430__x0447__x04');
    const digit = (await fields().createFieldAsXml('<Field Type="Text" Name="GtmFirst" DisplayName="1st call" />')) as FieldInfo;
    expect(digit.InternalName).toBe('_x0031_st_x0020_call');
  });

  it('names fields.add / addText fields from their Title too', async () => {
    const added = (await fields().addText('Account name')) as FieldInfo;
    expect(added.InternalName).toBe('Account_x0020_name');
  });

  it('gives built-in fields SharePoint’s fixed ids (SPBuiltInFieldId)', async () => {
    const builtIns = (await fields().filter("FromBaseType eq true").select('InternalName', 'Id')()) as FieldInfo[];
    expect(Object.fromEntries(builtIns.map((f) => [f.InternalName, f.Id]))).toEqual({
      ID: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1',
      Title: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247',
      Created: '8c06beca-0777-48f7-91c7-6da68bc07b69',
      Modified: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f',
      Author: '1df5e554-ec7e-46a6-901d-d85a3881cb18',
      Editor: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2',
    });
    const title = (await fields().getById('fa564e0f-0c70-4ab9-b863-0177e6ddd247').select('InternalName')()) as FieldInfo;
    expect(title.InternalName).toBe('Title');
  });
});

describe('a single line of text holds at most 255 characters ("Invalid text value", red-gate.com; SharePoint limits)', () => {
  it('accepts a Title of exactly 255 characters and refuses 256 on create and on update', async () => {
    const ok = (await items().add({ Title: 'a'.repeat(255) })) as { Id: number };
    const tooLong = await failure(items().add({ Title: 'a'.repeat(256) }));
    expect(tooLong).toMatchObject({ status: 400, code: '-2130575336, Microsoft.SharePoint.SPException' });
    expect(tooLong.message).toMatch(/^Invalid text value\.\n\nA text field contains invalid data\. Please check the value and try again\. \(The field 'Title' holds at most 255 characters; this value has 256\.\)$/);
    const update = await failure(items().getById(ok.Id).update({ Title: 'b'.repeat(526) }));
    expect(update.status).toBe(400);
    expect((await items().getById(ok.Id).select('Title')<{ Title: string }>()).Title).toHaveLength(255);
  });

  it('holds a Note (multiple lines) to no such limit', async () => {
    await fields().createFieldAsXml({ SchemaXml: '<Field Type="Note" Name="GtmNotes" DisplayName="Notes" />', Options: 8 });
    const added = (await items().add({ Title: 'long note', GtmNotes: 'n'.repeat(5000) })) as { GtmNotes: string };
    expect(added.GtmNotes).toHaveLength(5000);
  });

  it('fails the one $batch part that is too long and applies the others', async () => {
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('Fields');
    const good = list.items.add({ Title: 'batched ok' });
    const bad = list.items.add({ Title: 'x'.repeat(300) }).then(
      () => 0,
      (e: { status: number }) => e.status,
    );
    await execute();
    expect(((await good) as { Title: string }).Title).toBe('batched ok');
    expect(await bad).toBe(400);
    expect((await items().filter("Title eq 'batched ok'").select('Id')()).length).toBe(1);
  });

  it('refuses a 256-character text over Graph with 400 invalidRequest', async () => {
    const res = await graphFetch('/sites/root/lists/Fields/items', { method: 'POST', body: JSON.stringify({ fields: { Title: 'g'.repeat(256) } }) });
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe('invalidRequest');
    expect(json.error.message).toContain("The field 'Title' holds at most 255 characters");
  });
});

describe('lists: a url fixed at creation, a title anyone may change (SHAREPOINT.md "Limits"; SP.Web.GetList)', () => {
  let id: string;

  beforeAll(async () => {
    // As provisioning does: created under the url name, then titled.
    id = ((await sp.web.lists.add('GtmRisks', 'Risks')) as { Id: string }).Id;
    await sp.web.lists.getByTitle('GtmRisks').update({ Title: 'Risk Register' });
  });

  it('finds a list by its server-relative url, case-insensitively, and not by its title', async () => {
    const byUrl = (await sp.web.getList('/sites/gtm/Lists/GtmRisks').select('Id', 'Title')()) as { Id: string; Title: string };
    expect(byUrl).toMatchObject({ Id: id, Title: 'Risk Register' });
    expect(((await sp.web.getList('/sites/gtm/lists/gtmrisks').select('Id')()) as { Id: string }).Id).toBe(id);
    // The old stand-in took the last segment as a title: a url that merely ends in the title is no list.
    await expect(sp.web.getList('/sites/gtm/Lists/Risk Register')()).rejects.toMatchObject({ status: 404 });
  });

  it('keeps the url when the title changes, and answers it as RootFolder/ServerRelativeUrl', async () => {
    await sp.web.lists.getById(id).update({ Title: 'Risks (renamed by a site owner)' });
    const list = (await sp.web.getList('/sites/gtm/Lists/GtmRisks').select('Title', 'RootFolder/ServerRelativeUrl').expand('RootFolder')()) as {
      Title: string;
      RootFolder: { ServerRelativeUrl: string };
    };
    expect(list).toMatchObject({ Title: 'Risks (renamed by a site owner)', RootFolder: { ServerRelativeUrl: '/sites/gtm/Lists/GtmRisks' } });
    expect(((await sp.web.lists.getById(id).rootFolder.select('ServerRelativeUrl')()) as { ServerRelativeUrl: string }).ServerRelativeUrl).toBe('/sites/gtm/Lists/GtmRisks');
    // getByTitle follows the title: it breaks after a rename, the url and the id do not.
    await expect(sp.web.lists.getByTitle('Risk Register')()).rejects.toMatchObject({ status: 404 });
    expect(((await sp.web.lists.getByTitle('Risks (renamed by a site owner)').select('Id')()) as { Id: string }).Id).toBe(id);
    await sp.web.lists.getById(id).update({ Title: 'Risk Register', Description: 'Risks and mitigations' });
    expect(await sp.web.lists.getById(id).select('Title', 'Description')()).toMatchObject({ Title: 'Risk Register', Description: 'Risks and mitigations' });
  });

  it('refuses a MERGE naming a property SP.List does not have (400, as for items) and changes nothing', async () => {
    const refused = await failure(sp.web.lists.getById(id).update({ Title: 'Not applied', GtmColour: 'red' }));
    expect(refused).toMatchObject({ status: 400, message: "The property 'GtmColour' does not exist on type 'SP.List'. Make sure to only use property names that are defined by the type." });
    expect(((await sp.web.lists.getById(id).select('Title')()) as { Title: string }).Title).toBe('Risk Register');
    // Properties SP.List has are accepted (lists.ensure sends ContentTypesEnabled).
    expect((await sp.web.lists.ensure('Risk Register', 'Risks and mitigations')).created).toBe(false);
  });

  it('refuses a list title over 255 characters, on create and on rename', async () => {
    expect((await failure(sp.web.lists.add('L'.repeat(256)))).status).toBe(400);
    expect((await failure(sp.web.lists.getById(id).update({ Title: 'L'.repeat(256) }))).status).toBe(400);
    expect(((await sp.web.lists.add('L'.repeat(255))) as { Title: string }).Title).toHaveLength(255);
  });

  it('gives a new list with a taken url a counter (GtmRisks1), so an old url never points at a new list', async () => {
    await sp.web.lists.add('GtmRisks');
    const second = (await sp.web.getList('/sites/gtm/Lists/GtmRisks1').select('Title', 'Id')()) as { Title: string; Id: string };
    expect(second.Title).toBe('GtmRisks');
    expect(second.Id).not.toBe(id);
  });

  it('answers the web’s ServerRelativeUrl, from which a client builds list urls', async () => {
    expect(((await sp.web.select('ServerRelativeUrl')()) as { ServerRelativeUrl: string }).ServerRelativeUrl).toBe('/sites/gtm');
  });

  it('gives Graph lists name (the url), displayName (the title) and webUrl, and finds them by name', async () => {
    const res = await graphFetch(`/sites/root/lists/${id}`);
    expect(await res.json()).toMatchObject({ id, name: 'GtmRisks', displayName: 'Risk Register', webUrl: `${wb.siteUrl}/Lists/GtmRisks` });
    const byName = (await (await graphFetch('/sites/root/lists/GtmRisks')).json()) as { id: string };
    expect(byName.id).toBe(id);
  });
});
