/**
 * Graph's directory: `GET /users` (`$select`, `$top` + `@odata.nextLink`, a few `$filter` forms,
 * `$search` with `ConsistencyLevel: eventual`, `$count=true`), `GET /users/{id | userPrincipalName}`
 * and `GET /me` (the signed-in user). Read-only, over the `directory` table (store/directory.ts).
 * Sources: Microsoft Graph "List users" and "Get user" (learn.microsoft.com/graph/api/user-list,
 * user-get), "Advanced query capabilities on Microsoft Entra ID objects" (aad-advanced-queries).
 */
import type { DirectoryPerson } from '../../seed/directory';
import { directoryId } from '../../seed/directory';
import { signedInUserId, type RouteContext } from '../context';
import type { InternalRequest, InternalResponse } from '../http';
import { filterLengthProblem } from '../odata/filter-limits';
import { allDirectoryPeople, findDirectoryEntry } from '../store/directory';
import { getUser } from '../store/users';
import { GraphError, graphJson } from './format';

/** Graph's page size for /users when $top is absent is 100; $top may go up to 999. */
const DEFAULT_TOP = 100;
const MAX_TOP = 999;

/**
 * Without `$select` Graph returns this default set (user-list: "By default, only a limited set of
 * properties are returned"); `department` must be asked for by name.
 */
const DEFAULT_PROPERTIES = ['businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName', 'id'];

/** Every property this stand-in knows, in Graph's own spelling. */
const KNOWN = new Map([...DEFAULT_PROPERTIES, 'department'].map((p) => [p.toLowerCase(), p]));

/** The exact 400 Graph gives a `$search` without the header (microsoft-graph-docs-contrib#3495). */
export const SEARCH_NEEDS_EVENTUAL = "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'";

function unsupported(message: string): GraphError {
  return new GraphError(400, 'Request_UnsupportedQuery', message);
}

function userJson(p: DirectoryPerson): Record<string, unknown> {
  return {
    businessPhones: [],
    displayName: p.displayName,
    givenName: p.givenName,
    jobTitle: p.jobTitle,
    mail: p.mail,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: null,
    surname: p.surname,
    userPrincipalName: p.mail,
    id: p.id,
    department: p.department,
  };
}

function option(url: URL, name: string): string | null {
  return url.searchParams.get(`$${name}`) ?? url.searchParams.get(name);
}

/** `$select=displayName,mail` → those properties (id is always kept, as Graph does). */
function project(json: Record<string, unknown>, select: string | null): Record<string, unknown> {
  const names = select
    ? select.split(',').map((s) => s.trim()).filter((s) => s.length > 0).map((s) => {
        const known = KNOWN.get(s.toLowerCase());
        if (!known) throw new GraphError(400, 'Request_BadRequest', `Could not find a property named '${s}' on type 'Microsoft.DirectoryServices.User'.`);
        return known;
      })
    : DEFAULT_PROPERTIES;
  const out: Record<string, unknown> = {};
  for (const n of names) out[n] = json[n];
  if (select && !('id' in out)) out.id = json.id;
  return out;
}

type Test = (p: DirectoryPerson) => boolean;

const FILTER_PROPS: Readonly<Record<string, (p: DirectoryPerson) => string>> = {
  displayname: (p) => p.displayName,
  mail: (p) => p.mail,
  userprincipalname: (p) => p.mail,
  givenname: (p) => p.givenName,
  surname: (p) => p.surname,
};

/**
 * The `$filter` forms the suite uses, joined by `or`: `startswith(displayName,'ann')`,
 * `startswith(mail,'ann')`, `mail eq 'x@…'`, `userPrincipalName eq 'x@…'` (also givenName, surname).
 * Graph compares these case-insensitively. Anything else is a clear 400, not a silent "no filter".
 * @example parseUserFilter("startswith(displayName,'an')")({ displayName: 'Anna Berg', … }) // true
 */
export function parseUserFilter(src: string): Test {
  const tooLong = filterLengthProblem(src);
  if (tooLong !== undefined) throw unsupported(tooLong);
  const clauses = src.split(/\s+or\s+/i).map((c) => c.trim());
  const tests = clauses.map((c): Test => {
    const sw = /^startswith\(\s*(\w+)\s*,\s*'((?:[^']|'')*)'\s*\)$/i.exec(c);
    const eq = /^(\w+)\s+eq\s+'((?:[^']|'')*)'$/i.exec(c);
    const m = sw ?? eq;
    const get = m ? FILTER_PROPS[(m[1] ?? '').toLowerCase()] : undefined;
    if (!m || !get) {
      throw unsupported(`Unsupported $filter clause '${c}' on users: the workbench takes startswith(displayName|mail|givenName|surname,'…') and mail|userPrincipalName eq '…', joined by or.`);
    }
    const value = (m[2] ?? '').replace(/''/g, "'").toLowerCase();
    return sw ? (p) => get(p).toLowerCase().startsWith(value) : (p) => get(p).toLowerCase() === value;
  });
  return (p) => tests.some((t) => t(p));
}

/**
 * `$search="displayName:ann"` (or `"mail:ann"`, several joined by OR): Graph tokenizes the value and
 * matches a word by its beginning, case-insensitively (aad-advanced-queries: "$search on
 * displayName … tokenization"), so "ann" finds "Anna Berg" and "Lee Annabel" but not "Joanne".
 * @example parseUserSearch('"displayName:ric"')({ displayName: 'Elena Ricci', … }) // true
 */
export function parseUserSearch(src: string): Test {
  const clauses = src.split(/\s+OR\s+/).map((c) => c.trim());
  const tests = clauses.map((c): Test => {
    const m = /^"(\w+):([^"]*)"$/.exec(c);
    const prop = m ? (m[1] ?? '').toLowerCase() : '';
    if (!m || !['displayname', 'mail', 'userprincipalname', 'givenname', 'surname'].includes(prop)) {
      throw new GraphError(400, 'Request_UnsupportedQuery', `Unsupported $search '${c}': use "displayName:<text>" or "mail:<text>" in double quotes, e.g. $search="displayName:ann".`);
    }
    const words = (m[2] ?? '').toLowerCase().split(/\s+/).filter((w) => w.length > 0);
    const get = FILTER_PROPS[prop] as (p: DirectoryPerson) => string;
    return (p) => {
      const tokens = get(p).toLowerCase().split(/[\s.@_-]+/);
      return words.every((w) => tokens.some((t) => t.startsWith(w)));
    };
  });
  return (p) => tests.some((t) => t(p));
}

function notFound(what: string): GraphError {
  return new GraphError(404, 'Request_ResourceNotFound', `Resource '${what}' does not exist or one of its queried reference-property objects are not present.`);
}

/** The signed-in user as a directory person; the data folder's admin (not in the demo directory) gets a stand-in entry. */
function me(ctx: RouteContext): DirectoryPerson {
  const user = getUser(ctx.db, signedInUserId(ctx));
  if (!user) throw notFound('me');
  const person = findDirectoryEntry(ctx.db, user.email);
  if (person) return person;
  const [givenName = user.title, ...rest] = user.title.split(' ');
  return { id: directoryId(user.email), displayName: user.title, givenName, surname: rest.join(' '), mail: user.email, jobTitle: 'Administrator', department: 'IT' };
}

function list(ctx: RouteContext, req: InternalRequest): InternalResponse {
  const url = req.url;
  let people = allDirectoryPeople(ctx.db);
  const search = option(url, 'search');
  const eventual = (req.headers.consistencylevel ?? '').toLowerCase() === 'eventual';
  if (search !== null) {
    if (!eventual) throw new GraphError(400, 'Request_UnsupportedQuery', SEARCH_NEEDS_EVENTUAL);
    people = people.filter(parseUserSearch(search));
  }
  const filter = option(url, 'filter');
  if (filter !== null) people = people.filter(parseUserFilter(filter));
  const topRaw = option(url, 'top');
  const top = topRaw === null ? DEFAULT_TOP : Number(topRaw);
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) throw new GraphError(400, 'Request_UnsupportedQuery', `Invalid page size specified: '${topRaw ?? ''}'. Must be between 1 and ${MAX_TOP} inclusive.`);
  const skipRaw = option(url, 'skiptoken');
  const skip = skipRaw === null ? 0 : Number(Buffer.from(skipRaw, 'base64url').toString('utf8'));
  if (!Number.isInteger(skip) || skip < 0) throw new GraphError(400, 'Request_BadRequest', `Invalid $skiptoken '${skipRaw ?? ''}': use the @odata.nextLink of the previous page as it is.`);
  const page = people.slice(skip, skip + top);
  const out: Record<string, unknown> = { '@odata.context': `${ctx.baseUrl}/graph/v1.0/$metadata#users` };
  if ((option(url, 'count') ?? '').toLowerCase() === 'true') out['@odata.count'] = people.length;
  out.value = page.map((p) => project(userJson(p), option(url, 'select')));
  if (skip + top < people.length) {
    const params = new URLSearchParams(url.searchParams);
    params.delete('skiptoken');
    params.set('$skiptoken', Buffer.from(String(skip + top)).toString('base64url'));
    out['@odata.nextLink'] = `${ctx.baseUrl}${url.pathname}?${params.toString()}`;
  }
  return graphJson(200, out);
}

/** Answers `users`, `users/{id|upn}` and `me`, or undefined when the path is none of them. */
export function usersRoute(ctx: RouteContext, req: InternalRequest, path: string): InternalResponse | undefined {
  const m = /^(?:users(?:\/([^/]+))?|(me))$/i.exec(path);
  if (!m) return undefined;
  if (req.method.toUpperCase() !== 'GET') throw new GraphError(405, 'methodNotAllowed', `${req.method.toUpperCase()} is not supported on the directory by the workbench (it is read-only).`);
  if (m[2] === undefined && m[1] === undefined) return list(ctx, req);
  let person: DirectoryPerson | undefined;
  if (m[2] !== undefined) person = me(ctx);
  else {
    const key = decodeURIComponent(m[1] ?? '');
    person = findDirectoryEntry(ctx.db, key);
    if (!person) throw notFound(key);
  }
  return graphJson(200, { '@odata.context': `${ctx.baseUrl}/graph/v1.0/$metadata#users/$entity`, ...project(userJson(person), option(req.url, 'select')) });
}
