import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  PersonNotFoundError,
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
import type { ListSchema, ListStore, PersonValue } from '../../shared/src/sharepoint';
import { createWorkbenchServer } from '../../workbench/src/server/server';
import type { WorkbenchServer } from '../../workbench/src/server/server';

/**
 * Person columns through both ListStore adapters, over real HTTP to the stand-in: a person is written
 * as the site-user id SharePoint stores (`<Name>Id` after `web/ensureuser`; Graph `<Name>LookupId`)
 * and read back as `{ id, email, displayName }`. A list of its own, so the GTM lists stay as they are.
 */

jest.setTimeout(120_000);

const PEOPLE_LIST: ListSchema = {
  title: 'Person column test',
  description: 'A list with one single and one multi-person column.',
  urlName: 'GtmPersonTest',
  fields: [
    { name: 'GtmOwner', displayName: 'Owner', type: 'person', indexed: true },
    { name: 'GtmAttendees', displayName: 'Attendees', type: 'person', multi: true },
  ],
  views: [],
};

const MARCO = 'marco.rossi@contoso.example';
const JOSE = 'jose.alvarez@contoso.example';
const ANNA = 'anna.berg@contoso.example';

let server: WorkbenchServer;
let dataDir: string;
let sp: ListStore;
let graph: ListStore;
let siteUrl: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gtm-people-'));
  server = await createWorkbenchServer({ port: 0, dataDir });
  siteUrl = workbenchSiteUrl(server.url);
  const root = spForWorkbench(siteUrl, { retries: 3, interval: 10 });
  await provision(root, [PEOPLE_LIST]);
  const token = ((await (await fetch(`${server.url}/_workbench/token`)).json()) as { token: string }).token;
  sp = createSpListStore(root);
  graph = createGraphListStore(graphForWorkbench(workbenchGraphUrl(server.url), token, { interval: 10 }), 'root', {
    timeZone: () => fetchSiteTimeZone(siteUrl),
  });
});

afterAll(async () => {
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function rawItem(id: number): Promise<Record<string, unknown>> {
  const response = await fetch(`${siteUrl}/_api/web/getlist('/sites/gtm/Lists/GtmPersonTest')/items(${id})?$select=GtmOwnerId,GtmAttendeesId`, {
    headers: { Accept: 'application/json;odata=nometadata' },
  });
  return (await response.json()) as Record<string, unknown>;
}

async function siteUser(id: number): Promise<{ Email: string; Title: string }> {
  const response = await fetch(`${siteUrl}/_api/web/getuserbyid(${id})`, { headers: { Accept: 'application/json;odata=nometadata' } });
  return (await response.json()) as { Email: string; Title: string };
}

const emails = (people: unknown): string[] => (people as PersonValue[]).map((p) => p.email);

describe('a person column over SharePoint REST', () => {
  it('stores the site-user id ensureuser gives the e-mail, and reads the person back expanded', async () => {
    const [added] = await sp.add(PEOPLE_LIST, [{ Title: 'Plan the launch', GtmOwner: { email: MARCO }, GtmAttendees: [{ email: JOSE }, { email: ANNA }] }]);
    if (!added?.ok) throw new Error(`not added: ${JSON.stringify(added)}`);

    const raw = await rawItem(added.id);
    const ownerId = raw['GtmOwnerId'] as number;
    expect(await siteUser(ownerId)).toMatchObject({ Email: MARCO, Title: 'Marco Rossi' });
    expect(raw['GtmAttendeesId']).toHaveLength(2);

    const row = await sp.get(PEOPLE_LIST, added.id);
    expect(row?.values['GtmOwner']).toEqual({ id: ownerId, email: MARCO, displayName: 'Marco Rossi' });
    expect(emails(row?.values['GtmAttendees'])).toEqual([JOSE, ANNA]);
  });

  it('refuses an e-mail nobody in the directory has, for that row only, and says what to do', async () => {
    const results = await sp.add(PEOPLE_LIST, [
      { Title: 'Typo owner', GtmOwner: { email: 'marco.rosi@contoso.example' } },
      { Title: 'Real owner', GtmOwner: { email: MARCO } },
    ]);
    expect(results[0]).toMatchObject({ ok: false, id: null });
    const error = results[0]?.ok === false ? results[0].error : undefined;
    expect(error).toBeInstanceOf(PersonNotFoundError);
    expect(error?.message).toBe("marco.rosi@contoso.example is not a person in your organisation's directory: use the e-mail of someone the directory knows (the people picker offers only those)");
    expect(results[1]).toMatchObject({ ok: true });
  });

  it('clears a person column with null and an attendee list with []', async () => {
    const [added] = await sp.add(PEOPLE_LIST, [{ Title: 'To clear', GtmOwner: { email: MARCO }, GtmAttendees: [{ email: JOSE }] }]);
    if (!added?.ok) throw new Error('not added');
    const [updated] = await sp.update(PEOPLE_LIST, [{ id: added.id, etag: added.etag, changes: { GtmOwner: null, GtmAttendees: [] } }]);
    expect(updated).toMatchObject({ ok: true });
    const row = await sp.get(PEOPLE_LIST, added.id);
    expect(row?.values['GtmOwner']).toBeNull();
    expect(row?.values['GtmAttendees']).toEqual([]);
  });
});

describe('a person column over Graph', () => {
  it('reads the person a SharePoint write stored, resolved through the User Information List', async () => {
    const [added] = await sp.add(PEOPLE_LIST, [{ Title: 'Read over Graph', GtmOwner: { email: JOSE }, GtmAttendees: [{ email: MARCO }] }]);
    if (!added?.ok) throw new Error('not added');
    const row = await graph.get(PEOPLE_LIST, added.id);
    expect(row?.values['GtmOwner']).toMatchObject({ email: JOSE, displayName: 'José Álvarez' });
    expect(emails(row?.values['GtmAttendees'])).toEqual([MARCO]);
  });

  it('writes a site user by LookupId, and refuses someone who is not a site user yet (Graph has no ensureuser)', async () => {
    const results = await graph.add(PEOPLE_LIST, [
      { Title: 'Graph owner', GtmOwner: { email: MARCO }, GtmAttendees: [{ email: JOSE }, { email: ANNA }] },
      { Title: 'Not on the site', GtmOwner: { email: 'oskar.eriksson@contoso.example' } },
    ]);
    expect(results[0]).toMatchObject({ ok: true });
    expect(results[1]).toMatchObject({ ok: false });
    expect(results[1]?.ok === false ? results[1].error.message : '').toMatch(/^oskar\.eriksson@contoso\.example is not a user of this SharePoint site yet/);

    const rows = await readAllRows(sp, PEOPLE_LIST);
    const written = rows.find((r) => r.values['Title'] === 'Graph owner');
    expect(written?.values['GtmOwner']).toMatchObject({ email: MARCO });
    expect(emails(written?.values['GtmAttendees'])).toEqual([JOSE, ANNA]);
  });
});
