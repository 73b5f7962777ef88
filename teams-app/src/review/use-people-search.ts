/**
 * Searching the directory as the owner is typed: the Teams tab's copy of the web parts' hook
 * (spfx-webparts/src/components/common/use-people-search.ts; why a copy: "Picking the owner" in
 * teams-app/README.md). Same debounce, same "latest text wins", same limits from `@gtm/shared`.
 */
import * as React from 'react';
import type { DirectoryPerson, PeopleSearch, Person } from '@gtm/shared';
import { MAX_PEOPLE_SEARCH_LENGTH, MIN_PEOPLE_SEARCH_LENGTH, foldForSearch, preferWorkingPeople } from '@gtm/shared';
import { describeError } from './error-message';

/** How long typing must pause before the directory is asked: one request per word, not per key. */
export const PEOPLE_SEARCH_DEBOUNCE_MS = 250;

/** How many people one search offers. */
export const PEOPLE_SEARCH_TOP = 10;

/** Where a search for what was typed stands. */
export type PeopleSearchState =
  /** Fewer than `MIN_PEOPLE_SEARCH_LENGTH` letters: the attendees are offered instead. */
  | { kind: 'idle' }
  | { kind: 'searching' }
  /** The directory answered; attendees first (`preferWorkingPeople`). Empty = no match. */
  | { kind: 'found'; people: DirectoryPerson[] }
  /** The search rejected: what to tell the user. The field stays usable. */
  | { kind: 'failed'; message: string };

/**
 * Searches the directory for `text` once typing pauses, dropping answers to text typed on from
 * (a slow "el" cannot overwrite "elena").
 * @example usePeopleSearch(search, 'elena', attendees) // { kind: 'searching' }, 250 ms later { kind: 'found', people: [Elena Ricci] }
 */
export function usePeopleSearch(search: PeopleSearch, text: string, preferred: readonly Person[]): PeopleSearchState {
  const query = text.trim().slice(0, MAX_PEOPLE_SEARCH_LENGTH);
  const searchable = foldForSearch(query).length >= MIN_PEOPLE_SEARCH_LENGTH;
  const [state, setState] = React.useState<PeopleSearchState>({ kind: 'idle' });
  // The attendees are read when the answer arrives: ticking one is no reason to search again.
  const preferredRef = React.useRef(preferred);
  preferredRef.current = preferred;

  React.useEffect(() => {
    if (!searchable) {
      setState({ kind: 'idle' });
      return undefined;
    }
    setState({ kind: 'searching' });
    let current = true;
    const timer = setTimeout(() => {
      search.search(query, { top: PEOPLE_SEARCH_TOP }).then(
        (found) => {
          if (current) setState({ kind: 'found', people: preferWorkingPeople(found, preferredRef.current) });
        },
        (error: unknown) => {
          if (current) setState({ kind: 'failed', message: `Could not search the directory: ${describeError(error)}` });
        },
      );
    }, PEOPLE_SEARCH_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [search, query, searchable]);

  return searchable ? state : { kind: 'idle' };
}
