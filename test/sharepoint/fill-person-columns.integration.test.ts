import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSpListStore, describePeopleUpgrade, dropLegacyPeople, fillPersonColumns, legacyPersonColumnsOf, personColumns, provision, readAllRows, spForWorkbench, upgradePeople, workbenchSiteUrl } from '../../shared/src/sharepoint';
import type { LegacyPersonColumns, ListSchema, ListStore } from '../../shared/src/sharepoint';
import { createWorkbenchServer } from '../../workbench/src/server/server';
import type { WorkbenchServer } from '../../workbench/src/server/server';

/**
 * The upgrade from owners as two text columns to a Person column, on a list made by the old
 * schema in the stand-in: every owner is either moved or listed with its item and e-mail, and a
 * second run changes nothing.
 */

jest.setTimeout(120_000);

const OLD: ListSchema = {
  title: 'Upgrade test',
  description: 'Owners as text, as the GTM lists kept them before Person columns.',
  urlName: 'GtmUpgradeTest',
  fields: [...personColumns('GtmOwner', 'Owner')],
  views: [],
};
const NEW: ListSchema = { ...OLD, fields: [{ name: 'GtmOwner', displayName: 'Owner (person)', type: 'person' }] };
const LEGACY: LegacyPersonColumns[] = [{ person: 'GtmOwner', email: 'GtmOwnerEmail', name: 'GtmOwnerName' }];

let server: WorkbenchServer;
let dataDir: string;
let store: ListStore;
let sp: ReturnType<typeof spForWorkbench>;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gtm-upgrade-'));
  server = await createWorkbenchServer({ port: 0, dataDir });
  sp = spForWorkbench(workbenchSiteUrl(server.url), { retries: 3, interval: 10 });
  await provision(sp, [OLD]);
  store = createSpListStore(sp);
  await store.add(OLD, [
    { Title: 'Launch plan', GtmOwnerEmail: 'marco.rossi@contoso.example', GtmOwnerName: 'Marco Rossi' },
    { Title: 'Partner deck', GtmOwnerEmail: 'JOSE.ALVAREZ@contoso.example', GtmOwnerName: 'José' },
    { Title: 'Left the company', GtmOwnerEmail: 'j.doe@old-agency.example', GtmOwnerName: 'J. Doe' },
    { Title: 'Nobody yet', GtmOwnerEmail: null, GtmOwnerName: null },
  ]);
  await provision(sp, [{ ...OLD, fields: [...OLD.fields, ...NEW.fields] }]);
});

afterAll(async () => {
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('moving owners from text columns into a Person column', () => {
  it('moves the 2 owners the directory knows, lists the 1 it does not with item and e-mail, counts the 1 empty', async () => {
    const upgrade = await fillPersonColumns(store, NEW, LEGACY);
    expect(upgrade).toMatchObject({ list: 'Upgrade test', items: 4, filled: 2, alreadySet: 0, empty: 1 });
    expect(upgrade.unresolved).toEqual([
      {
        list: 'Upgrade test',
        itemId: 3,
        column: 'GtmOwner',
        email: 'j.doe@old-agency.example',
        reason: "j.doe@old-agency.example is not a person in your organisation's directory: use the e-mail of someone the directory knows (the people picker offers only those)",
      },
    ]);
    const rows = await readAllRows(store, { ...NEW, fields: [...NEW.fields, ...OLD.fields] });
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => (r.values['GtmOwner'] as { email?: string } | null)?.email ?? null)).toEqual([
      'marco.rossi@contoso.example',
      'jose.alvarez@contoso.example',
      null,
      null,
    ]);
    // Nothing is lost: the text columns still hold every e-mail, the unresolved one included.
    expect(rows.map((r) => r.values['GtmOwnerEmail'])).toEqual(['marco.rossi@contoso.example', 'JOSE.ALVAREZ@contoso.example', 'j.doe@old-agency.example', null]);
  });

  it('changes nothing on a second run: the 2 moved are already set, the unknown one is listed again', async () => {
    const again = await fillPersonColumns(store, NEW, LEGACY);
    expect(again).toMatchObject({ items: 4, filled: 0, alreadySet: 2, empty: 1 });
    expect(again.unresolved.map((u) => u.itemId)).toEqual([3]);
  });

  it('is found by upgradePeople from the site\'s fields, printed with item and e-mail, and --drop-legacy keeps the columns while an owner is unresolved', async () => {
    expect(legacyPersonColumnsOf(NEW)).toEqual(LEGACY);
    const upgrades = await upgradePeople(sp, store, [NEW]);
    expect(upgrades.map((u) => [u.list, u.alreadySet, u.unresolved.length])).toEqual([['Upgrade test', 2, 1]]);
    expect(describePeopleUpgrade(upgrades)).toEqual([
      'Upgrade test: 0 owners moved to Person columns, 1 not resolved',
      "  Upgrade test item 3 GtmOwner: j.doe@old-agency.example — j.doe@old-agency.example is not a person in your organisation's directory: use the e-mail of someone the directory knows (the people picker offers only those)",
    ]);
    expect(await dropLegacyPeople(sp, [NEW], upgrades)).toEqual(['Upgrade test: kept the old owner columns (1 owner not resolved)']);
  });

  it('drops the old columns once every owner is resolved, and then finds nothing to upgrade', async () => {
    const [row] = (await readAllRows(store, { ...NEW, fields: [...NEW.fields, ...OLD.fields] })).filter((r) => r.id === 3);
    if (!row) throw new Error('item 3 is gone');
    await store.update(OLD, [{ id: 3, etag: row.etag, changes: { GtmOwnerEmail: 'anna.berg@contoso.example' } }]);
    const upgrades = await upgradePeople(sp, store, [NEW]);
    expect(upgrades.map((u) => [u.filled, u.unresolved.length])).toEqual([[1, 0]]);
    expect(await dropLegacyPeople(sp, [NEW], upgrades)).toEqual(['Upgrade test: deleted GtmOwnerEmail, GtmOwnerName']);
    expect(await upgradePeople(sp, store, [NEW])).toEqual([]);
    expect(await readAllRows(store, NEW)).toHaveLength(4);
  });
});
