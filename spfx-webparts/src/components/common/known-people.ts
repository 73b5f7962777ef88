import type { Person } from '@gtm/shared';

/** A person as people read them: the display name, else the e-mail. */
export function personLabel(person: Person): string {
  return person.displayName ?? person.email;
}

/**
 * The people already known from the loaded lists (owners of KPIs, risks, actions, accounts;
 * reviews' attendees), one per e-mail ignoring case — the e-mail is the identity — keeping a
 * display name when any source has one, sorted by how they read. Missing people (an account
 * without a sales owner) are skipped. The suggestions of a {@link PersonPicker}.
 * @example knownPeople([{ email: 'ana@x.com' }], [{ email: 'ANA@x.com', displayName: 'Ana' }]) // [{ email: 'ANA@x.com', displayName: 'Ana' }]
 */
export function knownPeople(...sources: Iterable<Person | null | undefined>[]): Person[] {
  const byEmail = new Map<string, Person>();
  for (const source of sources) {
    for (const person of source) {
      if (!person) continue;
      const key = person.email.toLowerCase();
      const known = byEmail.get(key);
      if (!known || (!known.displayName && person.displayName)) byEmail.set(key, person);
    }
  }
  return [...byEmail.values()].sort((a, b) => personLabel(a).localeCompare(personLabel(b)));
}

/**
 * The people whose name or e-mail contains what was typed (ignoring case and surrounding spaces);
 * everyone when nothing is typed.
 * @example matchingPeople(people, 'sil') // Ana Silva, Pedro Silveira
 */
export function matchingPeople(people: readonly Person[], typed: string): Person[] {
  const query = typed.trim().toLowerCase();
  if (query === '') return [...people];
  return people.filter((p) => p.email.toLowerCase().includes(query) || (p.displayName ?? '').toLowerCase().includes(query));
}

/**
 * Why typed text is not an owner, and how to fix it (the owner field's error, shown by the
 * {@link PersonPicker} as you type and by the forms that validate an owner).
 */
export function invalidEmailMessage(typed: string): string {
  return `“${typed}” is not an e-mail address: pick a person from the list or type a full address, e.g. ana.silva@contoso.com.`;
}
