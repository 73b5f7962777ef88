/**
 * `PeopleSearch` over SharePoint's people-picker service — the search SharePoint's own pickers and
 * @pnp/spfx-controls-react's PeoplePicker use (`SP.UI.ApplicationPages.ClientPeoplePickerWebServiceInterface
 * .clientPeoplePickerSearchUser`, PnPjs `sp.profiles.clientPeoplePickerSearchUser`). It needs no
 * extra permission in SPFx: the web part's own SharePoint context asks it.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/profiles';
import type { IPeoplePickerEntity } from '@pnp/sp/profiles';
import { toListStoreError } from '../store/errors';
import type { DirectoryPerson, PeopleSearch } from './people-search';
import { MAX_PEOPLE_SEARCH_LENGTH, MIN_PEOPLE_SEARCH_LENGTH } from './people-search';

/** ClientPeoplePickerQueryParameters: PrincipalType 1 is users only; PrincipalSource 15 is every source. */
const USERS_ONLY = 1;
const ALL_SOURCES = 15;

/** A people-picker entity as a DirectoryPerson, or null for what is not a user with an e-mail (a group). */
function personOf(entity: IPeoplePickerEntity): DirectoryPerson | null {
  const data = (entity.EntityData ?? {}) as unknown as Record<string, unknown>;
  const email = typeof data['Email'] === 'string' ? data['Email'] : '';
  if (entity.EntityType !== 'User' || email === '') return null;
  const jobTitle = typeof data['Title'] === 'string' && data['Title'] !== '' ? data['Title'] : undefined;
  const department = typeof data['Department'] === 'string' && data['Department'] !== '' ? data['Department'] : undefined;
  return { email, displayName: entity.DisplayText || email, ...(jobTitle ? { jobTitle } : {}), ...(department ? { department } : {}) };
}

export function spPeopleSearch(sp: SPFI): PeopleSearch {
  return {
    async search(text, options = {}) {
      const query = text.trim().slice(0, MAX_PEOPLE_SEARCH_LENGTH);
      if (query.length < MIN_PEOPLE_SEARCH_LENGTH) return [];
      try {
        const entities = await sp.profiles.clientPeoplePickerSearchUser({
          QueryString: query,
          MaximumEntitySuggestions: options.top ?? 10,
          PrincipalType: USERS_ONLY,
          PrincipalSource: ALL_SOURCES,
          AllowEmailAddresses: false,
          AllowMultipleEntities: false,
        });
        return entities.map(personOf).filter((p): p is DirectoryPerson => p !== null);
      } catch (error) {
        throw toListStoreError(error, 'Searching the directory');
      }
    },
  };
}
