/**
 * The people part of upgrading a site provisioned before owners were Person columns: for each list
 * whose site still has the old `<Name>Email` text columns, the owners move into the Person columns
 * (`fillPersonColumns`). Run after `provision` (which adds the Person columns), by `npm start` and
 * `gtm provision`; a site without legacy columns costs one fields read per list.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/fields';
import type { ListSchema } from '../lists/list-schema';
import { legacyPersonColumnsOf } from '../lists/list-schema';
import type { ListStore } from '../store/list-store';
import { fillPeopleFromJson, PEOPLE_FROM_JSON } from './fill-attendee-people';
import { fillPersonColumns, type PersonColumnsUpgrade } from './fill-person-columns';
import { listAt, readList } from './read-site';

/** The upgrade of each list that had legacy owner columns (lists without them are left out). */
export async function upgradePeople(sp: SPFI, store: ListStore, schemas: readonly ListSchema[]): Promise<PersonColumnsUpgrade[]> {
  const upgrades: PersonColumnsUpgrade[] = [];
  for (const schema of schemas) {
    const site = await readList(sp, schema);
    if (site === null) continue;
    const onSite = new Set(site.fields.map((f) => f.internalName.toLowerCase()));
    const legacy = legacyPersonColumnsOf(schema).filter((l) => onSite.has(l.email.toLowerCase()));
    if (legacy.length > 0) upgrades.push(await fillPersonColumns(store, schema, legacy));
    // Multi-person columns kept beside a JSON note (a review's attendees): filled from the note, which stays.
    for (const j of PEOPLE_FROM_JSON.filter((x) => x.list === schema.title && onSite.has(x.person.toLowerCase()) && onSite.has(x.json.toLowerCase()))) {
      upgrades.push(await fillPeopleFromJson(store, schema, j.person, j.json));
    }
  }
  return upgrades;
}

/**
 * Deletes the legacy owner columns of the lists whose owners all moved (`--drop-legacy`); a list
 * with an unresolved owner keeps them, so nothing is lost. Returns one line per list.
 */
export async function dropLegacyPeople(sp: SPFI, schemas: readonly ListSchema[], upgrades: readonly PersonColumnsUpgrade[]): Promise<string[]> {
  const lines: string[] = [];
  for (const upgrade of upgrades) {
    const schema = schemas.find((s) => s.title === upgrade.list);
    // Nothing to drop on a list without legacy text columns (a review's JSON attendees note is kept: it holds the guests).
    if (!schema || legacyPersonColumnsOf(schema).length === 0) continue;
    if (upgrade.unresolved.length > 0) {
      lines.push(`${upgrade.list}: kept the old owner columns (${upgrade.unresolved.length} owner${upgrade.unresolved.length === 1 ? '' : 's'} not resolved)`);
      continue;
    }
    const site = await readList(sp, schema);
    const onSite = new Set((site?.fields ?? []).map((f) => f.internalName));
    const names = legacyPersonColumnsOf(schema).flatMap((l) => [l.email, ...(l.name ? [l.name] : [])]).filter((n) => onSite.has(n));
    for (const name of names) await listAt(sp, schema.urlName).fields.getByInternalNameOrTitle(name).delete();
    if (names.length > 0) lines.push(`${upgrade.list}: deleted ${names.join(', ')}`);
  }
  return lines;
}

/**
 * What to print about an upgrade: a line per list, then each unresolved owner with list, item id and e-mail.
 * @example describePeopleUpgrade([{ list: 'Risk Register', items: 12, filled: 11, alreadySet: 0, empty: 0, unresolved: [{ list: 'Risk Register', itemId: 7, column: 'GtmOwner', email: 'j.doe@old.example', reason: '…' }] }])
 *   // ['Risk Register: 11 owners moved to Person columns, 1 not resolved',
 *   //  '  Risk Register item 7 GtmOwner: j.doe@old.example — …']
 */
export function describePeopleUpgrade(upgrades: readonly PersonColumnsUpgrade[]): string[] {
  const lines: string[] = [];
  for (const u of upgrades) {
    if (u.filled === 0 && u.unresolved.length === 0) continue;
    const moved = `${u.filled} owner${u.filled === 1 ? '' : 's'} moved to Person columns`;
    lines.push(u.unresolved.length === 0 ? `${u.list}: ${moved}` : `${u.list}: ${moved}, ${u.unresolved.length} not resolved`);
    for (const o of u.unresolved) lines.push(`  ${o.list} item ${o.itemId} ${o.column}: ${o.email} — ${o.reason}`);
  }
  return lines;
}
