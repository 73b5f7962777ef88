/**
 * Finding people in the organisation's directory, for the people picker: the one port every surface
 * searches through (`PeopleSearch`), its SharePoint and Graph adapters, and the order results are
 * offered in. A picker only ever hands on a person one of these searches returned, so an owner is
 * always a directory user, never a typed string.
 */
import type { Person } from '../../domain/common/person';

/** A person as the directory answers a search: who (e-mail), the name, and what helps tell twins apart. */
export interface DirectoryPerson {
  readonly email: string;
  readonly displayName: string;
  readonly jobTitle?: string;
  readonly department?: string;
}

export interface PeopleSearchOptions {
  /** At most this many results (default 10). */
  readonly top?: number;
}

/**
 * The people-search port. Rejects when the directory cannot be asked (the picker shows the error).
 * A picker debounces its calls and drops answers to text the user has typed on from.
 */
export interface PeopleSearch {
  search(text: string, options?: PeopleSearchOptions): Promise<DirectoryPerson[]>;
}

/** Fewer characters than this are not searched: the directory would answer half the company. */
export const MIN_PEOPLE_SEARCH_LENGTH = 2;

/** The longest text searched: SharePoint's people picker and Graph `$search` refuse long queries. */
export const MAX_PEOPLE_SEARCH_LENGTH = 100;

/** Letters NFD does not split into base + mark, folded by hand (Turkish ı, Nordic ø, German ß …). */
const FOLD_EXTRA: Readonly<Record<string, string>> = { ı: 'i', ø: 'o', ß: 'ss', ł: 'l', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', þ: 'th' };

/**
 * Letters without accents and case, so "jose" finds "José" and "muller" finds "Müller"; the letters
 * NFD leaves whole are folded too ("yilmaz" finds "Yılmaz", "strauss" finds "Strauß").
 * @example foldForSearch('Zoë Müller') // 'zoe muller'
 * @example foldForSearch('Søren Strauß') // 'soren strauss'
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ıøßłæœđðþ]/g, (c) => FOLD_EXTRA[c] ?? c)
    .trim();
}

/** The words of a name: split on spaces, hyphens, apostrophes, dots and underscores ("de Vries", "Anne-Marie", "O'Brien"). */
function nameWords(text: string): string[] {
  return foldForSearch(text).split(/[\s'’.\-_]+/).filter((w) => w.length > 0);
}

/** A person as far as matching goes: the e-mail, the display name, and the given name and surname when the directory has them. */
export interface MatchablePerson {
  readonly email: string;
  readonly displayName?: string | undefined;
  readonly givenName?: string | undefined;
  readonly surname?: string | undefined;
}

/**
 * True when the whole text starts the person's e-mail, or every word typed starts a word of their
 * names or e-mail, ignoring accents and case — how the directory's people search (and SharePoint's
 * people picker) match; the middle of a word is not found, as on a tenant.
 * @example matchesPerson({ email: 'jose.alvarez@contoso.example', displayName: 'José Álvarez' }, 'jose al') // true
 * @example matchesPerson({ email: 'anna.berg@contoso.example', displayName: 'Anna Berg' }, 'anna.berg@')  // true: the start of the e-mail
 * @example matchesPerson({ email: 'jose.alvarez@contoso.example', displayName: 'José Álvarez' }, 'varez')   // false
 */
export function matchesPerson(person: MatchablePerson, text: string): boolean {
  const query = foldForSearch(text);
  if (query === '') return false;
  const email = foldForSearch(person.email);
  if (email.startsWith(query)) return true;
  const tokens = [...nameWords(person.displayName ?? ''), ...nameWords(person.givenName ?? ''), ...nameWords(person.surname ?? ''), ...email.split(/[.@_-]/)];
  return nameWords(query).every((w) => tokens.some((t) => t.startsWith(w)));
}

/**
 * The order a picker offers results in: people already working on the GTM lists first (they are
 * who is meant most of the time), then the rest of the directory, each group by name; one entry per
 * e-mail.
 * @example preferWorkingPeople([{ email: 'b@x', displayName: 'Bea' }, { email: 'a@x', displayName: 'Al' }], [{ email: 'B@x' }])
 *   // [{ email: 'b@x', displayName: 'Bea' }, { email: 'a@x', displayName: 'Al' }]
 */
export function preferWorkingPeople(found: readonly DirectoryPerson[], working: readonly Person[]): DirectoryPerson[] {
  const workingEmails = new Set(working.map((p) => p.email.toLowerCase()));
  const seen = new Set<string>();
  const unique = found.filter((p) => {
    const key = p.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const byName = (a: DirectoryPerson, b: DirectoryPerson): number => a.displayName.localeCompare(b.displayName);
  const isWorking = (p: DirectoryPerson): boolean => workingEmails.has(p.email.toLowerCase());
  return [...unique.filter(isWorking).sort(byName), ...unique.filter((p) => !isWorking(p)).sort(byName)];
}

/**
 * A `PeopleSearch` over a fixed set of people (tests, stories, an offline demo), matching as the
 * directory does (`matchesPerson`).
 */
export function listPeopleSearch(people: readonly DirectoryPerson[]): PeopleSearch {
  return {
    search(text, options = {}) {
      if (foldForSearch(text).length < MIN_PEOPLE_SEARCH_LENGTH) return Promise.resolve([]);
      return Promise.resolve(people.filter((p) => matchesPerson(p, text)).slice(0, options.top ?? 10));
    },
  };
}
