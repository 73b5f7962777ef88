/**
 * Which directory people a people-picker query finds, and in what order: the stand-in's
 * `clientPeoplePickerSearchUser` (people-picker.ts). Pure: no I/O.
 *
 * SharePoint Online's picker matches the start of a person's names and e-mail, ignoring case and
 * accents, so "jose" finds "José Álvarez" as well as "Jose Alvarez" (the demo directory holds such
 * pairs on purpose: seed/directory.ts). Substring matches ("osé") are not found, as on a tenant.
 * The matching itself is @gtm/shared's `matchesPerson`, the one every surface's picker uses, so the
 * stand-in cannot drift from the clients it serves.
 */
import { matchesPerson } from '@gtm/shared';
import type { DirectoryPerson } from '../../seed/directory';

const BY_NAME = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * The people matching `query`, by display name (accents do not change the order; equal names by
 * e-mail, compared code unit by code unit), at most `max` of them.
 * @example searchPeople(DIRECTORY, 'jose', 30).map((p) => p.mail) // ['jose.alvarez2@…' (Jose Alvarez), 'jose.alvarez@…' (José Álvarez)]
 */
export function searchPeople(people: readonly DirectoryPerson[], query: string, max: number): DirectoryPerson[] {
  return people
    .filter((p) => matchesPerson({ email: p.mail, displayName: p.displayName, givenName: p.givenName, surname: p.surname }, query))
    .sort((a, b) => BY_NAME.compare(a.displayName, b.displayName) || (a.mail < b.mail ? -1 : a.mail > b.mail ? 1 : 0))
    .slice(0, Math.max(0, max));
}
