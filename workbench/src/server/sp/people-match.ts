/**
 * Which directory people a people-picker query finds, and in what order: the matching rules of the
 * stand-in's `clientPeoplePickerSearchUser` (people-picker.ts). Pure: no I/O.
 *
 * SharePoint Online's picker matches the start of a person's names and e-mail, ignoring case and
 * accents, so "jose" finds "José Álvarez" as well as "Jose Alvarez" (the demo directory holds such
 * pairs on purpose: seed/directory.ts). Substring matches ("osé") are not found, as on a tenant.
 */
import type { DirectoryPerson } from '../../seed/directory';

/** Letters NFD does not split into base + mark, folded by hand (Turkish ı, Nordic ø, German ß …). */
const FOLD_EXTRA: Readonly<Record<string, string>> = { ı: 'i', ø: 'o', ß: 'ss', ł: 'l', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', þ: 'th' };

/**
 * Lower case without accents, for comparing what a person typed with a name.
 * @example foldForSearch('José Álvarez') // 'jose alvarez'
 * @example foldForSearch('Elif Yılmaz') // 'elif yilmaz'
 */
export function foldForSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ıøßłæœđðþ]/g, (c) => FOLD_EXTRA[c] ?? c);
}

/** The words of a name: split on spaces, hyphens, apostrophes and dots ("de Vries", "Anne-Marie"). */
function words(s: string): string[] {
  return foldForSearch(s).split(/[\s'’.\-_]+/).filter((w) => w.length > 0);
}

/**
 * Whether a person matches a query: the whole query is the start of their e-mail, or every word of
 * the query is the start of one of their name words (display name, given name, surname).
 * @example matchesPerson(josé, 'jose') // true: "José" starts with "jose" once accents are folded
 * @example matchesPerson(annaBerg, 'anna b') // true: "anna" → "Anna", "b" → "Berg"
 * @example matchesPerson(annaBerg, 'nna') // false: no word starts with "nna"
 */
export function matchesPerson(p: DirectoryPerson, query: string): boolean {
  const q = foldForSearch(query.trim());
  if (q === '') return false;
  if (foldForSearch(p.mail).startsWith(q)) return true;
  const tokens = [...words(p.displayName), ...words(p.givenName), ...words(p.surname)];
  return words(q).every((w) => tokens.some((t) => t.startsWith(w)));
}

const BY_NAME = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * The people matching `query`, by display name (accents do not change the order; equal names by
 * e-mail, compared code unit by code unit), at most `max` of them.
 * @example searchPeople(DIRECTORY, 'jose', 30).map((p) => p.mail) // ['jose.alvarez2@…' (Jose Alvarez), 'jose.alvarez@…' (José Álvarez)]
 */
export function searchPeople(people: readonly DirectoryPerson[], query: string, max: number): DirectoryPerson[] {
  return people
    .filter((p) => matchesPerson(p, query))
    .sort((a, b) => BY_NAME.compare(a.displayName, b.displayName) || (a.mail < b.mail ? -1 : a.mail > b.mail ? 1 : 0))
    .slice(0, Math.max(0, max));
}
