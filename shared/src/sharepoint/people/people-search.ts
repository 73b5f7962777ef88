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

/**
 * Letters without accents and case, so "jose" finds "José" and "muller" finds "Müller".
 * @example foldForSearch('Zoë Müller') // 'zoe muller'
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/**
 * True when every word typed starts a word of the person's name or their e-mail, ignoring accents
 * and case — how the directory's people search matches.
 * @example matchesPerson({ email: 'jose.alvarez@contoso.example', displayName: 'José Álvarez' }, 'jose al') // true
 * @example matchesPerson({ email: 'jose.alvarez@contoso.example', displayName: 'José Álvarez' }, 'varez')   // false
 */
export function matchesPerson(person: { email: string; displayName?: string | undefined }, text: string): boolean {
  const words = foldForSearch(text).split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return false;
  const haystack = [...foldForSearch(person.displayName ?? '').split(/\s+/), ...foldForSearch(person.email).split(/[.@_-]/), foldForSearch(person.email)];
  return words.every((w) => haystack.some((h) => h.startsWith(w)));
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
