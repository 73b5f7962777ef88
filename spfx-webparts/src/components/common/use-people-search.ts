import * as React from 'react';
import type { DirectoryPerson, PeopleSearch, Person } from '@gtm/shared';
import { MAX_PEOPLE_SEARCH_LENGTH, MIN_PEOPLE_SEARCH_LENGTH, foldForSearch, preferWorkingPeople } from '@gtm/shared';
import { errorText } from './list-error-kind';

/** How long typing must pause before the directory is asked: one request per word, not per key. */
export const PEOPLE_SEARCH_DEBOUNCE_MS = 250;

/** How many people one search offers (SharePoint's own picker shows about as many). */
export const PEOPLE_SEARCH_TOP = 10;

/** Where a search for what was typed stands. */
export type PeopleSearchState =
  /** Fewer than {@link MIN_PEOPLE_SEARCH_LENGTH} letters: the working people are offered instead. */
  | { kind: 'idle' }
  | { kind: 'searching' }
  /** The directory answered; working people first (`preferWorkingPeople`). Empty = no match. */
  | { kind: 'found'; people: DirectoryPerson[] }
  /** The search rejected: what to tell the user. The field stays usable. */
  | { kind: 'failed'; message: string };

/**
 * Searches the directory for `text` once typing pauses ({@link PEOPLE_SEARCH_DEBOUNCE_MS}), and
 * only the latest text counts: an answer to text the user has typed on from is dropped, so a
 * slow "jo" cannot overwrite "jose". Text is cut to `MAX_PEOPLE_SEARCH_LENGTH` (a pasted
 * paragraph is not sent) and below `MIN_PEOPLE_SEARCH_LENGTH` letters nothing is asked.
 * @example usePeopleSearch(search, 'jose', working) // { kind: 'searching' }, then 250 ms later { kind: 'found', people: [José Álvarez, Jose Alvarez] }
 */
export function usePeopleSearch(search: PeopleSearch, text: string, working: readonly Person[]): PeopleSearchState {
  const query = text.trim().slice(0, MAX_PEOPLE_SEARCH_LENGTH);
  const searchable = foldForSearch(query).length >= MIN_PEOPLE_SEARCH_LENGTH;
  const [state, setState] = React.useState<PeopleSearchState>({ kind: 'idle' });
  // The working people are read when the answer arrives, not a reason to search again.
  const workingRef = React.useRef(working);
  workingRef.current = working;

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
          if (current) setState({ kind: 'found', people: preferWorkingPeople(found, workingRef.current) });
        },
        (error: unknown) => {
          if (current) setState({ kind: 'failed', message: `Could not search the directory: ${errorText(error)}` });
        },
      );
    }, PEOPLE_SEARCH_DEBOUNCE_MS);
    // A newer text (or unmounting) cancels the wait and silences the answer of this one.
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [search, query, searchable]);

  return searchable ? state : { kind: 'idle' };
}
