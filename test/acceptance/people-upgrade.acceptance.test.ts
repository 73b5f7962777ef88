/**
 * Acceptance for issue 11, the upgrade path: a data folder made by the previous schema (owners as
 * `<Name>Email` + `<Name>Name` text, mitigations as JSON in the risk's note, written by the demo seed
 * as that version wrote it, one owner
 * who has left the directory), then the real entry points on it — `npm start`'s start-up
 * (`startDemoWorkbench`: provision adds the Person columns, `upgradePeople` fills them) and
 * `gtm provision --drop-legacy` against the started workbench. Counts before and after match,
 * every owner is moved, listed as unresolved with list, item and e-mail, or was empty; a rerun
 * changes nothing; the old columns go only where every owner moved.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createSpListStore, GTM_ACTIONS_LIST, GTM_LISTS, legacyPersonColumnsOf, provision, readAllRows, spForWorkbench, workbenchSiteUrl } from '../../shared/src/sharepoint';
import type { ListRow, ListSchema, ListStore } from '../../shared/src/sharepoint';
import { main as gtm } from '../../workbench/src/cli/main';
import { generateDemoTenant } from '../../workbench/src/seed';
import { createWorkbenchServer, type WorkbenchServer } from '../../workbench/src/server/server';
import { writeSeedState } from '../../workbench/src/start/seed-marker';
import { seedDemoTenant } from '../../workbench/src/start/seed-workbench';
import { localDay, startDemoWorkbench } from '../../workbench/src/start/start';
import { foldMitigationsIntoNotes, legacySchemaOf, legacyStore } from './legacy-schema';

jest.setTimeout(180_000);

const LEFT = { email: 'j.doe@old-agency.example', name: 'J. Doe' };
const TODAY = localDay(new Date());
/** The lists with owners: each has at least one Person column now, a text pair before. */
const WITH_OWNERS = GTM_LISTS.filter((l) => legacyPersonColumnsOf(l).length > 0);

let dataDir: string;
/** Per list title: items by id, each column's legacy e-mail ('' when empty), as the old version left them. */
const before = new Map<string, Map<number, Record<string, string>>>();
const countsBefore: Record<string, number> = {};
/** Mitigations the old folder keeps as JSON in the risks' notes (the previous version had no mitigation actions). */
let mitigationsBefore = 0;
/** What the lists hold after the upgrade: the same items, and GTM Actions one more per mitigation. */
const countsAfter = (): Record<string, number> => ({ ...countsBefore, 'GTM Actions': (countsBefore['GTM Actions'] ?? 0) + mitigationsBefore });
let leftItemId: number;
/** Custom User fields on the old folder, as `list/field` (none: the old schema had none). */
const personFieldsBefore: string[] = [];

/** The list with its legacy text columns too, so one read shows both sides of the move. */
function withLegacyColumns(list: ListSchema): ListSchema {
  const names = new Set(list.fields.map((f) => f.name));
  return { ...list, fields: [...list.fields, ...legacySchemaOf(list).fields.filter((f) => !names.has(f.name))] };
}

async function countItems(store: ListStore, read: (l: ListSchema) => ListSchema): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const list of GTM_LISTS) counts[list.title] = (await readAllRows(store, read(list))).length;
  return counts;
}

/** Starts the workbench the way `npm start` does on `dataDir`; returns it and what it printed. */
async function npmStart(): Promise<{ server: WorkbenchServer; printed: string }> {
  let printed = '';
  const { server } = await startDemoWorkbench({ port: 0, dataDir, today: TODAY, out: (t) => void (printed += t), mounts: [] });
  return { server, printed };
}

/** `gtm …` in process, as bin/gtm.js runs it; returns the exit code and stdout. */
async function runGtm(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = { stdin: Readable.from([]), stdinIsTty: false, stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), env: {} };
  const code = await gtm(argv, io);
  return { code, stdout, stderr };
}

interface Unresolved {
  list: string;
  itemId: number;
  column: string;
  email: string;
}

/** The unresolved owners a start-up printed: `  Risk Register item 7 GtmOwner: j.doe@… — reason`. */
function unresolvedIn(printed: string): Unresolved[] {
  return [...printed.matchAll(/^ {2}(.+?) item (\d+) (Gtm\w+): (\S+) — /gm)].map((m) => ({ list: m[1] ?? '', itemId: Number(m[2]), column: m[3] ?? '', email: m[4] ?? '' }));
}

function snapshot(rows: readonly ListRow[]): Map<number, string> {
  return new Map(rows.map((r) => [r.id, r.etag]));
}

beforeAll(async () => {
  // The previous version's data folder: lists with owners as text, the demo seed written through
  // the repositories as it wrote them, and the marker that says the folder is seeded.
  dataDir = mkdtempSync(join(tmpdir(), 'gtm-accept-upgrade-'));
  const old = await createWorkbenchServer({ port: 0, dataDir, host: '127.0.0.1' });
  try {
    const sp = spForWorkbench(workbenchSiteUrl(old.url));
    await provision(sp, GTM_LISTS.map(legacySchemaOf));
    const store = createSpListStore(sp);
    await seedDemoTenant(legacyStore(store), generateDemoTenant({ now: TODAY }));
    writeSeedState(dataDir, { state: 'done', seededAt: new Date().toISOString(), now: TODAY });
    mitigationsBefore = await foldMitigationsIntoNotes(store);
    // One risk owner left the company: their e-mail is in no directory any more.
    const legacyRisks = legacySchemaOf(GTM_LISTS.find((l) => l.title === 'Risk Register') as ListSchema);
    const [risk] = await readAllRows(store, legacyRisks);
    if (risk === undefined) throw new Error('the demo seed wrote no risks');
    leftItemId = risk.id;
    const [changed] = await store.update(legacyRisks, [{ id: risk.id, etag: risk.etag, changes: { GtmOwnerEmail: LEFT.email, GtmOwnerName: LEFT.name } }]);
    if (!changed?.ok) throw new Error('could not write the departed owner');
    Object.assign(countsBefore, await countItems(store, legacySchemaOf));
    for (const list of GTM_LISTS) {
      const filter = encodeURIComponent("TypeAsString eq 'User' and FromBaseType eq false");
      const res = await fetch(`${workbenchSiteUrl(old.url)}/_api/web/lists/getbytitle('${encodeURIComponent(list.title)}')/fields?$filter=${filter}`, { headers: { Accept: 'application/json' } });
      personFieldsBefore.push(...((await res.json()) as { value: { InternalName: string }[] }).value.map((f) => `${list.title}/${f.InternalName}`));
    }
    for (const list of WITH_OWNERS) {
      const items = new Map<number, Record<string, string>>();
      for (const row of await readAllRows(store, legacySchemaOf(list))) {
        const emails: Record<string, string> = {};
        for (const l of legacyPersonColumnsOf(list)) emails[l.person] = typeof row.values[l.email] === 'string' ? (row.values[l.email] as string).trim() : '';
        items.set(row.id, emails);
      }
      before.set(list.title, items);
    }
  } finally {
    await old.close();
  }
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('upgrading a data folder made before owners were Person columns', () => {
  it('is a realistic folder: thousands of items, hundreds of owners as text, no Person column', () => {
    const items = Object.values(countsBefore).reduce((a, b) => a + b, 0);
    expect(items).toBeGreaterThan(1000);
    const owners = [...before.values()].flatMap((m) => [...m.values()]).flatMap((e) => Object.values(e)).filter((e) => e !== '');
    expect(owners.length).toBeGreaterThan(100);
    expect(owners).toContain(LEFT.email);
    expect(personFieldsBefore).toEqual([]);
    expect(mitigationsBefore).toBeGreaterThan(20);
  });

  let printedFirst = '';
  let etagsAfterFirst: Map<string, Map<number, string>>;

  it('npm start moves every owner: per column, filled + unresolved + empty = items, the same item counts per list', async () => {
    const { server, printed } = await npmStart();
    printedFirst = printed;
    try {
      const store = createSpListStore(spForWorkbench(workbenchSiteUrl(server.url)));
      // Every item is still there; GTM Actions has one more per mitigation, each linked to its risk.
      expect(await countItems(store, withLegacyColumns)).toEqual(countsAfter());
      expect(printed).toContain(`Risk Register: ${mitigationsBefore} mitigations moved to GTM Actions\n`);
      const linked = await readAllRows(store, GTM_ACTIONS_LIST, { where: [{ field: 'GtmLinkKind', op: 'eq', value: 'Risk' }] });
      expect(linked).toHaveLength(mitigationsBefore);
      // The one owner the directory does not know is listed with its list, item id and e-mail, and only it.
      expect(unresolvedIn(printed)).toEqual([{ list: 'Risk Register', itemId: leftItemId, column: 'GtmOwner', email: LEFT.email }]);
      expect(printed).toMatch(/^Risk Register: \d+ owners moved to Person columns, 1 not resolved$/m);

      etagsAfterFirst = new Map();
      for (const list of WITH_OWNERS) {
        const rows = await readAllRows(store, withLegacyColumns(list));
        etagsAfterFirst.set(list.title, snapshot(rows));
        const old = before.get(list.title) ?? new Map<number, Record<string, string>>();
        let movedInList = 0;
        for (const { person } of legacyPersonColumnsOf(list)) {
          const tally = { items: rows.filter((r) => old.has(r.id)).length, filled: 0, unresolved: 0, empty: 0 };
          for (const row of rows) {
            // A mitigation turned into an action is a new item; its owner was resolved as it was added.
            if (!old.has(row.id)) {
              expect({ list: list.title, link: row.values['GtmLinkKind'], owner: typeof (row.values[person] as { email?: string } | null)?.email }).toEqual({ list: 'GTM Actions', link: 'Risk', owner: 'string' });
              continue;
            }
            const email = old.get(row.id)?.[person] ?? '';
            const value = row.values[person] as { email?: string } | null | undefined;
            if (email === '') {
              tally.empty += 1;
              expect(value ?? null).toBeNull();
            } else if (value === null || value === undefined) {
              tally.unresolved += 1;
              expect({ list: list.title, itemId: row.id, email }).toEqual({ list: 'Risk Register', itemId: leftItemId, email: LEFT.email });
            } else {
              tally.filled += 1;
              // Moved to the very person the text named (the directory answers in lower case).
              expect({ list: list.title, itemId: row.id, email: value.email?.toLowerCase() }).toEqual({ list: list.title, itemId: row.id, email: email.toLowerCase() });
            }
            // Nothing is lost: the old column still holds the e-mail.
            expect((row.values[`${person}Email`] as string | null) ?? '').toBe(old.get(row.id)?.[person] ?? '');
          }
          movedInList += tally.filled;
          expect({ list: list.title, column: person, accounted: tally.filled + tally.unresolved + tally.empty }).toEqual({ list: list.title, column: person, accounted: tally.items });
          if (person === 'GtmOwner' && list.title !== 'Risk Register') expect({ list: list.title, unresolved: tally.unresolved }).toEqual({ list: list.title, unresolved: 0 });
        }
        // What start-up printed for the list is what the list now holds.
        expect(printed).toMatch(new RegExp(`^${list.title}: ${movedInList} owners? moved to Person columns`, 'm'));
      }
    } finally {
      await server.close();
    }
  });

  it('changes nothing when npm start runs again: no item written (every ETag the same), the unknown owner listed again', async () => {
    const { server, printed } = await npmStart();
    try {
      expect(printed).not.toMatch(/Provisioned|Seeding/);
      expect(printed).not.toMatch(/[1-9]\d* owners? moved/);
      expect(printed).not.toMatch(/mitigations? moved/);
      expect(unresolvedIn(printed)).toEqual(unresolvedIn(printedFirst));
      const store = createSpListStore(spForWorkbench(workbenchSiteUrl(server.url)));
      for (const list of WITH_OWNERS) expect({ list: list.title, etags: snapshot(await readAllRows(store, withLegacyColumns(list))) }).toEqual({ list: list.title, etags: etagsAfterFirst.get(list.title) });
      expect(await countItems(store, withLegacyColumns)).toEqual(countsAfter());
    } finally {
      await server.close();
    }
  });

  it('gtm provision --drop-legacy against the started workbench deletes the old columns of each list whose owners all moved, and keeps Risk Register\'s', async () => {
    const { server } = await npmStart();
    try {
      const store = createSpListStore(spForWorkbench(workbenchSiteUrl(server.url)));
      const site = workbenchSiteUrl(server.url);
      const dropped = await runGtm(['provision', '--site', site, '--drop-legacy']);
      expect({ code: dropped.code, stderr: dropped.stderr }).toEqual({ code: 0, stderr: '' });
      expect(dropped.stdout).toContain('Risk Register: kept the old owner columns (1 owner not resolved)');
      for (const list of WITH_OWNERS.filter((l) => l.title !== 'Risk Register')) {
        const columns = legacyPersonColumnsOf(list).flatMap((l) => [l.email, l.name]);
        expect(dropped.stdout).toContain(`${list.title}: deleted ${columns.join(', ')}`);
      }
      const fields = async (title: string): Promise<string[]> => {
        const res = await fetch(`${site}/_api/web/lists/getbytitle('${encodeURIComponent(title)}')/fields?$select=InternalName`, { headers: { Accept: 'application/json' } });
        return ((await res.json()) as { value: { InternalName: string }[] }).value.map((f) => f.InternalName);
      };
      expect(await fields('Risk Register')).toEqual(expect.arrayContaining(['GtmOwner', 'GtmOwnerEmail', 'GtmOwnerName']));
      expect(await fields('GTM Actions')).toContain('GtmOwner');
      expect(await fields('GTM Actions')).not.toContain('GtmOwnerEmail');
      // Still every item, and the moved owners stay moved.
      expect(await countItems(store, (l) => l)).toEqual(countsAfter());
    } finally {
      await server.close();
    }
  });
});
