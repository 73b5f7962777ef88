/**
 * `POST _api/SP.UI.ApplicationPages.ClientPeoplePickerWebServiceInterface.clientPeoplePickerSearchUser`:
 * the people search behind SharePoint's own picker, PnPjs `sp.profiles.clientPeoplePickerSearchUser`
 * (packages/sp/profiles/types.ts) and @pnp/spfx-controls-react's PeoplePicker
 * (src/services/PeopleSearchService.ts, `searchTenant`), answered from the demo directory.
 *
 * Request: `{ "queryParams": { QueryString, MaximumEntitySuggestions, PrincipalType, PrincipalSource,
 * AllowEmailAddresses, AllowMultipleEntities, … } }`, optionally with the verbose
 * `"__metadata": { "type": "SP.UI.ApplicationPages.ClientPeoplePickerQueryParameters" }`
 * (koltyakov/sp-metadata lists the properties). Like every POST it needs the request digest
 * (server.ts checks it before any route runs).
 *
 * Response: the entities as a JSON *string*, not an array — `{"d":{"ClientPeoplePickerSearchUser":"[…]"}}`
 * in verbose, `{"value":"[…]"}` otherwise. PnPjs parses that string (`JSON.parse(typeof res ===
 * "object" ? res.ClientPeoplePickerSearchUser : res)`, the verbose shape fixed in pnp/pnpjs#79), and so
 * does the spfx-controls-react service (`typeof userDataResp.value === "string"`). The entity shape
 * (Key, DisplayText, IsResolved, Description, EntityType, EntityData, MultipleMatches, ProviderName,
 * ProviderDisplayName) is what SharePoint Online returns (pnp/sp-dev-fx-controls-react#2113 shows one).
 */
import type { DirectoryPerson } from '../../seed/directory';
import type { RouteContext } from '../context';
import { type InternalRequest, type InternalResponse, parseJsonObject } from '../http';
import { allDirectoryPeople } from '../store/directory';
import { StoreError } from '../store/types';
import { MEMBERSHIP_CLAIM } from '../store/users';
import { searchPeople } from './people-match';
import { type SpFormat, single } from './format';

const SEARCH_USER = /^sp\.ui\.applicationpages\.clientpeoplepickerwebserviceinterface\.clientpeoplepickersearchuser$/i;

/** SharePoint's default when MaximumEntitySuggestions is absent or not a positive number. */
export const DEFAULT_SUGGESTIONS = 30;

/**
 * Queries shorter than this answer `[]` without searching. SharePoint documents no server minimum;
 * its pickers do not ask before 2 characters (spfx-controls-react PeoplePicker `searchTextLimit`,
 * "the minimum character count needed to begin retrieving search results", default 2), so a
 * one-letter query — which would list half the directory — returns nothing here.
 */
export const MIN_QUERY_LENGTH = 2;

/** The longest QueryString taken: a person-or-group value is a single line of text (255). */
export const MAX_QUERY_LENGTH = 255;

/** PrincipalType is a bit set (SP.Utilities.PrincipalType): 1 User, 2 DL, 4 SecGroup, 8 SPGroup, 15 All. */
const PRINCIPAL_USER = 1;

function invalid(message: string): StoreError {
  return new StoreError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message);
}

/** A directory person as a PickerEntity, as SharePoint Online's "Tenant" (Entra ID) provider returns one. */
export function pickerEntity(p: DirectoryPerson): Record<string, unknown> {
  return {
    Key: `${MEMBERSHIP_CLAIM}${p.mail}`,
    DisplayText: p.displayName,
    IsResolved: true,
    Description: p.mail,
    EntityType: 'User',
    EntityData: { IsAltSecIdPresent: 'False', Title: p.jobTitle, Email: p.mail, MobilePhone: '', ObjectId: p.id, Department: p.department },
    MultipleMatches: [],
    ProviderName: 'Tenant',
    ProviderDisplayName: 'Tenant',
  };
}

interface PickerQuery {
  query: string;
  max: number;
  principalType: number;
}

/** Reads `queryParams` (plain or verbose) and applies SharePoint's defaults. */
export function parsePickerQuery(body: string): PickerQuery {
  const b = parseJsonObject(body);
  const params = b?.queryParams;
  if (!params || typeof params !== 'object' || Array.isArray(params)) {
    throw invalid('The request body needs { "queryParams": { "QueryString": "…", "MaximumEntitySuggestions": 30, "PrincipalType": 1 } }.');
  }
  const p = params as Record<string, unknown>;
  const query = typeof p.QueryString === 'string' ? p.QueryString : '';
  if (query.length > MAX_QUERY_LENGTH) {
    throw new StoreError(
      400,
      '-2146233086, System.ArgumentOutOfRangeException',
      `Specified argument was out of the range of valid values.\r\nParameter name: queryString (at most ${MAX_QUERY_LENGTH} characters; this one has ${query.length})`,
    );
  }
  const maxRaw = Number(p.MaximumEntitySuggestions);
  const max = Number.isInteger(maxRaw) && maxRaw > 0 ? maxRaw : DEFAULT_SUGGESTIONS;
  const typeRaw = Number(p.PrincipalType);
  // Absent or 0 (None) is taken as "anyone": PnPjs callers often leave it out.
  const principalType = Number.isInteger(typeRaw) && typeRaw > 0 ? typeRaw : 15;
  return { query, max, principalType };
}

/** The entities for one query, as the array SharePoint serialises into the answer string. */
export function searchEntities(people: readonly DirectoryPerson[], q: PickerQuery): Record<string, unknown>[] {
  // The directory holds users only; a query for groups alone (PrincipalType 8) finds nothing.
  if ((q.principalType & PRINCIPAL_USER) === 0) return [];
  if (q.query.trim().length < MIN_QUERY_LENGTH) return [];
  return searchPeople(people, q.query, q.max).map(pickerEntity);
}

/** Answers the people-picker search, or undefined when the path is another resource. */
export function peoplePickerRoute(ctx: RouteContext, apiPath: string, method: string, req: InternalRequest, fmt: SpFormat): InternalResponse | undefined {
  if (!SEARCH_USER.test(apiPath)) return undefined;
  if (method !== 'POST') {
    throw new StoreError(405, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The HTTP method '${method}' cannot be used on clientPeoplePickerSearchUser: it is a POST.`);
  }
  const text = JSON.stringify(searchEntities(allDirectoryPeople(ctx.db), parsePickerQuery(req.body)));
  return single(fmt === 'verbose' ? { ClientPeoplePickerSearchUser: text } : fmt === 'minimal' ? { 'odata.metadata': `${ctx.baseUrl}/sites/gtm/_api/$metadata#Edm.String`, value: text } : { value: text }, fmt);
}
