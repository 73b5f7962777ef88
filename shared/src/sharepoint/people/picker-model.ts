/**
 * What every owner picker does besides drawing: when to ask the directory, which answer counts,
 * what the list offers and what the line under the field says. The web parts' `PersonPicker` and
 * the Teams tab's `OwnerPicker` draw it with Fluent's ComboBox; this is their one behaviour
 * (framework-free: `searchPeopleAfterPause` takes the state setter a React effect hands it).
 */
import { delay } from '@pnp/core';
import type { Person } from '../../domain/common/person';
import type { DirectoryPerson, PeopleSearch } from './people-search';
import { foldForSearch, MAX_PEOPLE_SEARCH_LENGTH, MIN_PEOPLE_SEARCH_LENGTH, preferWorkingPeople } from './people-search';

/** How long typing must pause before the directory is asked: one request per word, not per key. */
export const PEOPLE_SEARCH_DEBOUNCE_MS = 250;

/** How many people one search offers (SharePoint's own picker shows about as many). */
export const PEOPLE_SEARCH_TOP = 10;

/** Where a search for what was typed stands. */
export type PeopleSearchState =
  /** Fewer than {@link MIN_PEOPLE_SEARCH_LENGTH} letters: the preferred people are offered instead. */
  | { kind: 'idle' }
  | { kind: 'searching' }
  /** The directory answered; preferred people first (`preferWorkingPeople`). Empty = no match. */
  | { kind: 'found'; people: DirectoryPerson[] }
  /** The search rejected: what to tell the user. The field stays usable. */
  | { kind: 'failed'; message: string };

/**
 * The text to search for, or null when it is too short to ask: trimmed, and cut to
 * `MAX_PEOPLE_SEARCH_LENGTH` so a pasted paragraph is not sent.
 * @example peopleQueryOf('  jose ') // 'jose'
 * @example peopleQueryOf('j') // null (fewer than 2 letters)
 */
export function peopleQueryOf(text: string): string | null {
  const query = text.trim().slice(0, MAX_PEOPLE_SEARCH_LENGTH);
  return foldForSearch(query).length >= MIN_PEOPLE_SEARCH_LENGTH ? query : null;
}

export interface SearchAfterPauseOptions {
  /** Read when the answer arrives (a change to them is no reason to search again). */
  preferred: () => readonly Person[];
  onState: (state: PeopleSearchState) => void;
  /** The error as words for the user: each surface has its own wording of a failed request. */
  describeError: (error: unknown) => string;
}

/**
 * Reports `searching`, asks the directory for `query` once {@link PEOPLE_SEARCH_DEBOUNCE_MS} have
 * passed, then reports what it found (preferred people first) or why it failed. Returns the
 * cancel: a newer text (or the field going away) cancels the wait and silences this answer, so a
 * slow "jo" cannot overwrite "jose".
 * @example const cancel = searchPeopleAfterPause(search, 'jose', { preferred: () => [], onState, describeError: String })
 *   // onState({ kind: 'searching' }), 250 ms later onState({ kind: 'found', people: [José Álvarez, Jose Alvarez] })
 */
export function searchPeopleAfterPause(search: PeopleSearch, query: string, options: SearchAfterPauseOptions): () => void {
  let current = true;
  options.onState({ kind: 'searching' });
  // PnPjs's setTimeout promise (shared/ compiles without DOM or Node types); a cancelled wait
  // still ends, but then asks nothing.
  void delay(PEOPLE_SEARCH_DEBOUNCE_MS).then(() => {
    if (!current) return;
    search.search(query, { top: PEOPLE_SEARCH_TOP }).then(
      (found) => {
        if (current) options.onState({ kind: 'found', people: preferWorkingPeople(found, options.preferred()) });
      },
      (error: unknown) => {
        if (current) options.onState({ kind: 'failed', message: `Could not search the directory: ${options.describeError(error)}` });
      },
    );
  });
  return () => {
    current = false;
  };
}

/** A person the list offers, with the job title that tells two "Jose Alvarez" apart. */
export interface OfferedPerson {
  person: Person;
  jobTitle?: string | undefined;
}

/** What the list offers: the directory's answer once there is one, else the preferred people. */
export function offeredPeople(state: PeopleSearchState, preferred: readonly Person[]): OfferedPerson[] {
  if (state.kind === 'found') return state.people.map((p) => ({ person: { email: p.email, displayName: p.displayName }, jobTitle: p.jobTitle }));
  if (state.kind === 'idle') return preferred.map((person) => ({ person }));
  return [];
}

/** The line under the field: searching, no match, or the search's error (as text). */
export function pickerStatusText(state: PeopleSearchState, typed: string): string {
  if (state.kind === 'searching') return 'Searching the directory…';
  if (state.kind === 'failed') return state.message;
  if (state.kind === 'found' && state.people.length === 0) return `No one in the directory matches “${typed.trim()}”.`;
  return '';
}

/** How a person reads in the list and the field: "Ana Silva (ana.silva@contoso.example)". */
export function personOptionText(person: { email: string; displayName?: string | undefined }): string {
  return person.displayName ? `${person.displayName} (${person.email})` : person.email;
}

/** The field's error for text left in it that is not a person from the list. */
export function notADirectoryUserMessage(typed: string): string {
  return `Pick a person from the list: “${typed}” is not a directory user.`;
}

/** The key a person is listed under: the e-mail, as mail systems compare it. */
export function personKey(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * The offered person that typed text names — by e-mail or by the exact text of the option — else
 * null: free text never becomes a person.
 * @example typedPerson(offered, 'ELENA.RICCI@contoso.example') // Elena Ricci
 * @example typedPerson(offered, 'Elena') // null (pick her from the list)
 */
export function typedPerson(offered: readonly OfferedPerson[], text: string): Person | null {
  const entered = text.trim();
  const match = offered.find((o) => personKey(o.person.email) === personKey(entered) || personOptionText(o.person).toLowerCase() === entered.toLowerCase());
  return match?.person ?? null;
}
