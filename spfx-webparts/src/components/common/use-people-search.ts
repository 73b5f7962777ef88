import * as React from 'react';
import type { PeopleSearch, PeopleSearchState, Person } from '@gtm/shared';
import { peopleQueryOf, searchPeopleAfterPause } from '@gtm/shared';
import { errorText } from './list-error-kind';

export { PEOPLE_SEARCH_DEBOUNCE_MS, PEOPLE_SEARCH_TOP } from '@gtm/shared';
export type { PeopleSearchState } from '@gtm/shared';

/**
 * Searches the directory for `text` once typing pauses, only the latest text counting
 * (`searchPeopleAfterPause` in @gtm/shared, which the Teams tab's picker uses too).
 * @example usePeopleSearch(search, 'jose', working) // { kind: 'searching' }, then 250 ms later { kind: 'found', people: [José Álvarez, Jose Alvarez] }
 */
export function usePeopleSearch(search: PeopleSearch, text: string, working: readonly Person[]): PeopleSearchState {
  const query = peopleQueryOf(text);
  const [state, setState] = React.useState<PeopleSearchState>({ kind: 'idle' });
  // The working people are read when the answer arrives, not a reason to search again.
  const workingRef = React.useRef(working);
  workingRef.current = working;
  React.useEffect(() => {
    if (query === null) {
      setState({ kind: 'idle' });
      return undefined;
    }
    return searchPeopleAfterPause(search, query, { preferred: () => workingRef.current, onState: setState, describeError: errorText });
  }, [search, query]);
  return query === null ? { kind: 'idle' } : state;
}
