import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createGraphListStore, createSpListStore, graphForWorkbench, provision, readAllRows, spForWorkbench, workbenchGraphUrl, workbenchSiteUrl } from '../../shared/src/sharepoint';
import type { ListSchema, ListStore } from '../../shared/src/sharepoint';
import { fillPeopleFromJson } from '../../shared/src/sharepoint/provision/fill-attendee-people';
import { createWorkbenchServer } from '../../workbench/src/server/server';
import type { WorkbenchServer } from '../../workbench/src/server/server';

/**
 * Review attendees as a multi-person column beside the JSON note: the upgrade fills the column
 * from the note on a list made by the old schema (a guest is listed, and stays in the note), and
 * writing over Graph — which cannot add anyone to a site — leaves a non-site user out of the
 * column instead of failing "End review".
 */

jest.setTimeout(120_000);

const OLD: ListSchema = {
  title: 'Attendee test',
  description: 'Attendees as JSON, as GTM Reviews kept them before the Person column.',
  urlName: 'GtmAttendeeTest',
  fields: [{ name: 'GtmAttendees', displayName: 'Attendees', type: 'note', json: true }],
  views: [],
};
const NEW: ListSchema = { ...OLD, fields: [...OLD.fields, { name: 'GtmAttendeePeople', displayName: 'Attendees (site users)', type: 'person', multi: true, skipUnknownPeople: true }] };
const MARCO = { email: 'marco.rossi@contoso.example', displayName: 'Marco Rossi' };
const JOSE = { email: 'jose.alvarez@contoso.example', displayName: 'José Álvarez' };
const GUEST = { email: 'pat@partner-agency.example', displayName: 'Pat (agency)' };

let server: WorkbenchServer;
let dataDir: string;
let sp: ReturnType<typeof spForWorkbench>;
let store: ListStore;

const emails = (value: unknown): string[] => (Array.isArray(value) ? value.map((p: { email: string }) => p.email) : []);

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gtm-attendees-'));
  server = await createWorkbenchServer({ port: 0, dataDir });
  sp = spForWorkbench(workbenchSiteUrl(server.url), { retries: 3, interval: 10 });
  await provision(sp, [OLD]);
  store = createSpListStore(sp);
  await store.add(OLD, [
    { Title: 'Review 1', GtmAttendees: JSON.stringify([MARCO, JOSE, GUEST]) },
    { Title: 'Review 2', GtmAttendees: JSON.stringify([MARCO]) },
    { Title: 'Review 3', GtmAttendees: '[]' },
  ]);
  await provision(sp, [NEW]);
});

afterAll(async () => {
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('review attendees: the JSON note and the multi-person column', () => {
  it('moves the 3 directory people of 2 reviews, lists the 1 guest with item and e-mail, counts the 1 empty review', async () => {
    const upgrade = await fillPeopleFromJson(store, NEW, 'GtmAttendeePeople', 'GtmAttendees');
    expect(upgrade).toMatchObject({ list: 'Attendee test', items: 3, filled: 3, alreadySet: 0, empty: 1 });
    expect(upgrade.unresolved).toEqual([
      { list: 'Attendee test', itemId: 1, column: 'GtmAttendeePeople', email: GUEST.email, reason: 'not a user of the site nor in the directory: kept in GtmAttendees only' },
    ]);
    const rows = await readAllRows(store, NEW);
    expect(emails(rows[0]?.values['GtmAttendeePeople'])).toEqual([MARCO.email, JOSE.email]);
    // Nothing is lost: the note still holds all 3, the guest included.
    expect(JSON.parse(String(rows[0]?.values['GtmAttendees']))).toEqual([MARCO, JOSE, GUEST]);
  });

  it('a second run changes nothing: the 2 filled reviews are already set', async () => {
    expect(await fillPeopleFromJson(store, NEW, 'GtmAttendeePeople', 'GtmAttendees')).toMatchObject({ filled: 0, alreadySet: 2, empty: 1, unresolved: [] });
  });

  it('over Graph, an attendee who is not a site user is left out of the column and the write succeeds', async () => {
    const { token } = (await (await fetch(`${server.url}/_workbench/token`)).json()) as { token: string };
    const graph = createGraphListStore(graphForWorkbench(workbenchGraphUrl(server.url), token, { interval: 10 }), 'root', { timeZone: 'UTC' });
    const [added] = await graph.add(NEW, [{ Title: 'Review 4', GtmAttendees: JSON.stringify([MARCO, GUEST]), GtmAttendeePeople: [MARCO, GUEST] }]);
    expect(added?.ok).toBe(true);
    const row = (await readAllRows(store, NEW)).find((r) => r.values['Title'] === 'Review 4');
    expect(emails(row?.values['GtmAttendeePeople'])).toEqual([MARCO.email]);
  });
});
