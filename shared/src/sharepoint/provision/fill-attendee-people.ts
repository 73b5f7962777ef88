/**
 * Upgrading GTM Reviews items written before attendees were a multi-person column: the people of
 * the JSON note `GtmAttendees` are written to `GtmAttendeePeople`. The note stays as it is — it is
 * the full record, guests included (see GTM_REVIEWS_LIST) — so an attendee the site cannot take is
 * reported, not lost. Safe to run again: items whose column holds someone are left alone.
 */
import type { ListSchema } from '../lists/list-schema';
import type { ListStore, RowChange } from '../store/list-store';
import { readAllRows } from '../store/list-store';
import type { PersonColumnsUpgrade, UnresolvedOwner } from './fill-person-columns';

/** Multi-person columns filled from a JSON note of `{ email, displayName }`: the note is kept. */
export const PEOPLE_FROM_JSON: readonly { list: string; person: `Gtm${string}`; json: `Gtm${string}` }[] = [
  { list: 'GTM Reviews', person: 'GtmAttendeePeople', json: 'GtmAttendees' },
];

type Attendee = { email: string; displayName?: string };

/** The people of a JSON note, or [] when it holds none (empty, not JSON, not a list of people). */
function peopleOfJson(note: unknown): Attendee[] {
  if (typeof note !== 'string' || note.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(note);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((p: unknown): Attendee[] => {
    if (typeof p !== 'object' || p === null) return [];
    const { email, displayName } = p as { email?: unknown; displayName?: unknown };
    if (typeof email !== 'string' || email.trim() === '') return [];
    return [typeof displayName === 'string' && displayName.trim() !== '' ? { email: email.trim(), displayName } : { email: email.trim() }];
  });
}

const emailsOf = (value: unknown): Set<string> =>
  new Set((Array.isArray(value) ? value : []).flatMap((p: unknown) => (typeof p === 'object' && p !== null && typeof (p as { email?: unknown }).email === 'string' ? [(p as { email: string }).email.toLowerCase()] : [])));

/**
 * Fills `person` from `json` on every item whose column is empty; the store leaves out whom the
 * site cannot take (`skipUnknownPeople`), and a read-back lists each of them as unresolved.
 * @example await fillPeopleFromJson(store, GTM_REVIEWS_LIST, 'GtmAttendeePeople', 'GtmAttendees')
 *   // { list: 'GTM Reviews', items: 3, filled: 7, alreadySet: 0, empty: 1,
 *   //   unresolved: [{ list: 'GTM Reviews', itemId: 2, column: 'GtmAttendeePeople', email: 'guest@partner.example', reason: 'not a user of the site …' }] }
 */
export async function fillPeopleFromJson(store: ListStore, list: ListSchema, person: string, json: string): Promise<PersonColumnsUpgrade> {
  const rows = await readAllRows(store, list);
  let alreadySet = 0;
  let empty = 0;
  const changes: { change: RowChange; people: Attendee[] }[] = [];
  for (const row of rows) {
    const people = peopleOfJson(row.values[json]);
    if (emailsOf(row.values[person]).size > 0) alreadySet += 1;
    else if (people.length === 0) empty += 1;
    else changes.push({ change: { id: row.id, etag: row.etag, changes: { [person]: people } }, people });
  }
  const results = changes.length > 0 ? await store.update(list, changes.map((c) => c.change)) : [];
  const after = new Map((changes.length > 0 ? await readAllRows(store, list) : []).map((r) => [r.id, emailsOf(r.values[person])]));
  let filled = 0;
  const unresolved: UnresolvedOwner[] = [];
  for (const [index, result] of results.entries()) {
    const { change, people } = changes[index] as (typeof changes)[number];
    const written = result.ok ? (after.get(change.id) ?? new Set<string>()) : new Set<string>();
    for (const p of people) {
      if (written.has(p.email.toLowerCase())) filled += 1;
      else {
        const reason = result.ok ? `not a user of the site nor in the directory: kept in ${json} only` : `${result.error.message} (kept in ${json})`;
        unresolved.push({ list: list.title, itemId: change.id, column: person, email: p.email, reason });
      }
    }
  }
  return { list: list.title, items: rows.length, filled, alreadySet, empty, unresolved };
}
