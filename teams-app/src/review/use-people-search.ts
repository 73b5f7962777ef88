import * as React from 'react';
import type { PeopleSearch, PeopleSearchState, Person } from '@gtm/shared';
import { peopleQueryOf, searchPeopleAfterPause } from '@gtm/shared';
import { describeError } from './error-message';

export { PEOPLE_SEARCH_DEBOUNCE_MS, PEOPLE_SEARCH_TOP } from '@gtm/shared';
export type { PeopleSearchState } from '@gtm/shared';

/**
 * Searching the directory as the owner is typed: the debounce, "latest text wins" and limits are
 * `searchPeopleAfterPause` in @gtm/shared, as in the web parts' picker; the attendees come first.
 * @example usePeopleSearch(search, 'elena', attendees) // { kind: 'searching' }, 250 ms later { kind: 'found', people: [Elena Ricci] }
 */
export function usePeopleSearch(search: PeopleSearch, text: string, preferred: readonly Person[]): PeopleSearchState {
  const query = peopleQueryOf(text);
  const [state, setState] = React.useState<PeopleSearchState>({ kind: 'idle' });
  // The attendees are read when the answer arrives: ticking one is no reason to search again.
  const preferredRef = React.useRef(preferred);
  preferredRef.current = preferred;
  React.useEffect(() => {
    if (query === null) {
      setState({ kind: 'idle' });
      return undefined;
    }
    return searchPeopleAfterPause(search, query, { preferred: () => preferredRef.current, onState: setState, describeError });
  }, [search, query]);
  return query === null ? { kind: 'idle' } : state;
}
