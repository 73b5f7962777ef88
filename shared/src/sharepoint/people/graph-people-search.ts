/**
 * `PeopleSearch` over Microsoft Graph `/users` (the Teams tab and the Excel task pane, which talk
 * Graph). `$search` on directory objects needs the `ConsistencyLevel: eventual` header and quoted
 * `"property:text"` clauses (Microsoft Graph "Use the $search query parameter" — advanced queries);
 * delegated `User.ReadBasic.All` is enough for displayName, mail and the names.
 */
import type { GraphFI } from '@pnp/graph';
import '@pnp/graph/users';
import { ConsistencyLevel } from '@pnp/graph';
import { toListStoreError } from '../store/errors';
import type { DirectoryPerson, PeopleSearch } from './people-search';
import { MAX_PEOPLE_SEARCH_LENGTH, MIN_PEOPLE_SEARCH_LENGTH } from './people-search';

/**
 * The `$search` value for text a user typed: quotes and backslashes would end or escape the clause,
 * so they go (a name or e-mail never needs them).
 * @example graphUserSearch('jose "al') // '"displayName:jose al" OR "mail:jose al"'
 */
export function graphUserSearch(text: string): string {
  const clean = text.replace(/["\\]/g, '').replace(/\s+/g, ' ').trim();
  return `"displayName:${clean}" OR "mail:${clean}"`;
}

export function graphPeopleSearch(graph: GraphFI): PeopleSearch {
  return {
    async search(text, options = {}) {
      const query = text.trim().slice(0, MAX_PEOPLE_SEARCH_LENGTH);
      if (query.replace(/["\\]/g, '').trim().length < MIN_PEOPLE_SEARCH_LENGTH) return [];
      try {
        const users = (await graph.users
          .using(ConsistencyLevel())
          .search(graphUserSearch(query))
          .select('displayName', 'mail', 'jobTitle', 'department')
          .top(options.top ?? 10)()) as unknown as Record<string, unknown>[];
        return users.flatMap((u): DirectoryPerson[] => {
          const email = typeof u['mail'] === 'string' ? u['mail'] : '';
          if (email === '') return [];
          const displayName = typeof u['displayName'] === 'string' && u['displayName'] !== '' ? u['displayName'] : email;
          const jobTitle = typeof u['jobTitle'] === 'string' && u['jobTitle'] !== '' ? u['jobTitle'] : undefined;
          const department = typeof u['department'] === 'string' && u['department'] !== '' ? u['department'] : undefined;
          return [{ email, displayName, ...(jobTitle ? { jobTitle } : {}), ...(department ? { department } : {}) }];
        });
      } catch (error) {
        throw toListStoreError(error, 'Searching the directory');
      }
    },
  };
}
