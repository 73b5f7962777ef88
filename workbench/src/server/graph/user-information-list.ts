/**
 * The site's hidden "User Information List" over Graph: `sites/{id}/lists/User Information List`
 * (addressed by its title, or by its id) and its `items`, one per site user (the `users` table:
 * the data folder's admin and everyone `web/ensureuser` added). An item's id is the site-user id a
 * person column stores, so this is how a Graph client turns `GtmOwnerLookupId` into an e-mail and an
 * e-mail into the LookupId to write — Graph has no ensureuser (microsoftgraph/microsoft-graph-docs#15695;
 * the list by title: Azure/Microsoft365R#77).
 *
 * Fields as SharePoint's UserInfo items have them (koltyakov/cq-source-sharepoint#6 selects Title,
 * FirstName, LastName, JobTitle, Department, EMail, IsSiteAdmin, Deleted; the UserInfoItem entity in
 * `_api/$metadata`, quoted in pnp/pnpjs#2595, adds Name — the claims login — and MobilePhone, …).
 *
 * Read-only here: SharePoint maintains the list itself (ensureuser adds to it), so a write over Graph
 * answers 403 accessDenied — what a tenant answers an app that may not edit the hidden list; the
 * workbench says so rather than pretend a write happened. The list is left out of `GET …/lists`,
 * as Graph leaves out system lists unless `$select=system` asks for them (learn.microsoft.com
 * graph/api/list-list).
 */
import { createHash } from 'node:crypto';
import { signedInUserId, type RouteContext } from '../context';
import type { InternalRequest, InternalResponse } from '../http';
import { ODataSyntaxError, filterFields, parseFilter } from '../odata/filter';
import { matchesObject } from '../odata/object-filter';
import { findDirectoryEntry } from '../store/directory';
import { MAX_PAGE } from '../store/query';
import type { UserRow } from '../store/types';
import { allUsers } from '../store/users';
import { GraphError, graphJson } from './format';
import { siteId } from './render';

export const USER_INFORMATION_LIST = 'User Information List';

const DEFAULT_TOP = 200;
const HONOR_NON_INDEXED = 'honornonindexedquerieswarningmayfailrandomly';

/** Every field an item has, in SharePoint's spelling (`$select`/`$filter` match them case-insensitively). */
const FIELD_NAMES = ['Title', 'Name', 'EMail', 'UserName', 'FirstName', 'LastName', 'JobTitle', 'Department', 'MobilePhone', 'IsSiteAdmin', 'Deleted', 'ContentType'] as const;

/** The list's id: a GUID fixed for the data folder (derived from its site id), as a tenant's is per site. */
export function userInformationListId(ctx: RouteContext): string {
  const h = createHash('sha1').update(`user-information-list:${siteId(ctx)}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

/** Whether `lists/{segment}` (already URL-decoded) names the User Information List. */
export function isUserInformationList(ctx: RouteContext, segment: string): boolean {
  const s = segment.trim().toLowerCase();
  return s === USER_INFORMATION_LIST.toLowerCase() || s === userInformationListId(ctx);
}

function option(url: URL, name: string): string | null {
  return url.searchParams.get(`$${name}`) ?? url.searchParams.get(name);
}

function invalid(message: string): GraphError {
  return new GraphError(400, 'invalidRequest', message);
}

function listJson(ctx: RouteContext): Record<string, unknown> {
  return {
    id: userInformationListId(ctx),
    name: 'users',
    displayName: USER_INFORMATION_LIST,
    description: 'All people.',
    webUrl: `${ctx.baseUrl}/sites/gtm/_catalogs/users`,
    parentReference: { siteId: siteId(ctx) },
    list: { template: 'userInformation', hidden: true, contentTypesEnabled: true },
  };
}

/** One site user's fields. Directory properties (names, job, department) are empty for someone outside the directory (the admin). */
export function userInfoFields(ctx: RouteContext, u: UserRow): Record<string, unknown> {
  const person = findDirectoryEntry(ctx.db, u.email);
  const [first = u.title, ...rest] = u.title.split(' ');
  return {
    id: String(u.id),
    ContentType: 'Person',
    Title: u.title,
    Name: u.login,
    EMail: u.email,
    UserName: u.email,
    FirstName: person?.givenName ?? first,
    LastName: person?.surname ?? rest.join(' '),
    JobTitle: person?.jobTitle ?? '',
    Department: person?.department ?? '',
    MobilePhone: '',
    IsSiteAdmin: u.id === signedInUserId(ctx),
    Deleted: false,
  };
}

/** `fields(select=Title,EMail)` → the lower-cased names; `fields` → all; absent → no fields. */
function expandedFields(src: string | null): Set<string> | 'all' | undefined {
  if (!src) return undefined;
  const m = /^\s*fields\s*(?:\(\s*\$?select\s*=\s*([^)]*)\))?\s*$/i.exec(src);
  if (!m) throw invalid(`Unsupported expand '${src}': only fields and fields(select=...) are supported.`);
  if (m[1] === undefined) return 'all';
  return new Set(m[1].split(',').map((s) => s.trim().toLowerCase()).filter((s) => s.length > 0));
}

function project(fields: Record<string, unknown>, select: Set<string> | 'all'): Record<string, unknown> {
  if (select === 'all') return fields;
  // As Graph's fields(select=…): only what was named (id too, when it is named).
  return Object.fromEntries(Object.entries(fields).filter(([k]) => select.has(k.toLowerCase())));
}

function itemJson(ctx: RouteContext, u: UserRow, expand: Set<string> | 'all' | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: String(u.id),
    webUrl: `${ctx.baseUrl}/sites/gtm/_layouts/15/userdisp.aspx?ID=${u.id}`,
    parentReference: { id: userInformationListId(ctx), siteId: siteId(ctx) },
    contentType: { id: '0x010A', name: 'Person' },
  };
  if (expand !== undefined) out.fields = project(userInfoFields(ctx, u), expand);
  return out;
}

/**
 * `$filter=fields/EMail eq '…'` (and the other forms object-filter takes): the list's columns are not
 * indexed, so as on any list Graph wants `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly`.
 */
function filterOf(req: InternalRequest): ((fields: Record<string, unknown>) => boolean) | undefined {
  const src = option(req.url, 'filter');
  if (!src) return undefined;
  const node = parseFilter(src, { odataVersion: 4 });
  const honor = (req.headers.prefer ?? '').toLowerCase().includes(HONOR_NON_INDEXED);
  const known = new Map<string, string>(FIELD_NAMES.map((n) => [n.toLowerCase(), n]));
  known.set('id', 'id');
  for (const path of filterFields(node)) {
    const name = path.replace(/^fields\//i, '');
    const field = known.get(name.toLowerCase());
    if (!field) throw invalid(`Field '${name}' is not recognized on the User Information List.`);
    if (field !== 'id' && !honor) {
      throw invalid(
        `Field '${field}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
      );
    }
  }
  // object-filter reads a path as a key: offer each field both as `EMail` and as `fields/EMail`.
  return (fields) => matchesObject(node, { ...fields, ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [`fields/${k}`, v])) });
}

function itemsPage(ctx: RouteContext, req: InternalRequest): InternalResponse {
  const url = req.url;
  const expand = expandedFields(option(url, 'expand'));
  const keep = filterOf(req);
  const topRaw = option(url, 'top');
  const top = topRaw === null ? DEFAULT_TOP : Number(topRaw);
  if (!Number.isInteger(top) || top < 1) throw invalid(`Invalid $top '${topRaw ?? ''}'.`);
  const tokenRaw = option(url, 'skiptoken');
  const after = tokenRaw ? Number(new URLSearchParams(Buffer.from(tokenRaw, 'base64url').toString('utf8')).get('p_ID')) : 0;
  if (!Number.isInteger(after) || after < 0) throw invalid(`Invalid $skiptoken '${tokenRaw ?? ''}': use the @odata.nextLink of the previous page as it is.`);
  const users = allUsers(ctx.db).filter((u) => u.id > after && (!keep || keep(userInfoFields(ctx, u))));
  const page = users.slice(0, Math.min(top, MAX_PAGE));
  const out: Record<string, unknown> = {
    '@odata.context': `${ctx.baseUrl}/graph/v1.0/$metadata#sites('${encodeURIComponent(siteId(ctx))}')/lists('${userInformationListId(ctx)}')/items`,
    value: page.map((u) => itemJson(ctx, u, expand)),
  };
  const last = page[page.length - 1];
  if (users.length > page.length && last) {
    const params = new URLSearchParams(url.searchParams);
    params.delete('skiptoken');
    params.set('$skiptoken', Buffer.from(`Paged=TRUE&p_ID=${last.id}`).toString('base64url'));
    out['@odata.nextLink'] = `${ctx.baseUrl}${url.pathname}?${params.toString()}`;
  }
  return graphJson(200, out);
}

/**
 * Answers `lists/User Information List` with `sub` = '' (the list), `items`, `items/{id}`,
 * `items/{id}/fields`. Anything but GET is 403.
 */
export function userInformationListRoute(ctx: RouteContext, req: InternalRequest, sub: string): InternalResponse {
  const method = req.method.toUpperCase();
  if (method !== 'GET') {
    throw new GraphError(403, 'accessDenied', `The ${USER_INFORMATION_LIST} is maintained by SharePoint and read-only over Graph: a person becomes a site user through SharePoint's web/ensureuser.`);
  }
  try {
    if (sub === '') return graphJson(200, listJson(ctx));
    if (sub === 'items') return itemsPage(ctx, req);
    const m = /^items\/([0-9]+)(\/fields)?$/i.exec(sub);
    if (m) {
      const user = allUsers(ctx.db).find((u) => u.id === Number(m[1]));
      if (!user) throw new GraphError(404, 'itemNotFound', 'The specified list item was not found.');
      if (m[2] !== undefined) {
        const sel = option(req.url, 'select');
        return graphJson(200, project(userInfoFields(ctx, user), sel ? new Set(sel.split(',').map((s) => s.trim().toLowerCase())) : 'all'));
      }
      return graphJson(200, itemJson(ctx, user, expandedFields(option(req.url, 'expand'))));
    }
    if (sub === 'columns') {
      return graphJson(200, { value: FIELD_NAMES.map((n) => ({ name: n, displayName: n === 'EMail' ? 'Work email' : n, readOnly: true, indexed: false })) });
    }
  } catch (e) {
    if (e instanceof ODataSyntaxError) throw invalid(e.message);
    throw e;
  }
  throw new GraphError(404, 'itemNotFound', `Resource '${sub}' not found on the ${USER_INFORMATION_LIST}.`);
}
