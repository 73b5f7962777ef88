/**
 * SharePoint REST under `/sites/gtm/_api/`: web, lists, fields, views, items, users, contextinfo.
 * Handlers are synchronous so that a `$batch` can run them inside one SQLite transaction.
 */
import { effectiveMethod as effectiveMethodOf } from '../front-door/method-override';
import type { RouteContext } from '../context';
import { type InternalRequest, type InternalResponse, parseJsonObject } from '../http';
import { ODataSyntaxError, parseFilter } from '../odata/filter';
import { matchesObject } from '../odata/object-filter';
import { issueDigest, FORM_DIGEST_TIMEOUT_SECONDS } from '../auth';
import { getMeta } from '../store/db';
import { checkETag, countItems, deleteItem, getItem, insertItem, itemNotFound, updateItem } from '../store/items';
import {
  addField,
  addView,
  allLists,
  createList,
  deleteField,
  deleteList,
  deleteView,
  fieldNameTaken,
  findField,
  findFieldByGuid,
  findListByGuid,
  findListByTitle,
  findListByUrl,
  findView,
  listFields,
  listNotFound,
  listViews,
  updateField,
  updateList,
  updateView,
} from '../store/lists';
import { parseOrderBy, parseSkipToken, runQuery } from '../store/query';
import { type FieldDef, type ItemRow, type ListDef, type UserRow, type ViewDef, StoreError } from '../store/types';
import { allUsers, ensureUser, findUserByEmail, findUserByLogin, getUser, userNotFound } from '../store/users';
import { signedInUserId } from '../context';
import { coerceBody } from '../store/values';
import { type SpFormat, collection, collectionValue, entity, formatOf, pick, single, spError } from './format';
import { PathError, type Segment, splitPath } from './paths';
import { peoplePickerRoute } from './people-picker';
import { regionalSettingsRoute } from './regional-settings';
import { itemRenderer } from './render-item';
import { fieldChangesFromBody, fieldFromBody, fieldFromXml, fieldProps } from './schema';
import { uniqueInternalName } from '../store/field-names';
import { listPropsFromBody } from './list-props';

const DEFAULT_TOP = 100;

type Resource =
  | { kind: 'root' }
  | { kind: 'web' }
  | { kind: 'lists' }
  | { kind: 'list'; list: ListDef }
  | { kind: 'rootfolder'; list: ListDef }
  | { kind: 'items'; list: ListDef }
  | { kind: 'item'; list: ListDef; id: number }
  | { kind: 'fields'; list: ListDef }
  | { kind: 'field'; list: ListDef; field: FieldDef }
  | { kind: 'views'; list: ListDef }
  | { kind: 'view'; list: ListDef; view: ViewDef }
  | { kind: 'viewfields'; list: ListDef; view: ViewDef }
  | { kind: 'viewschema'; view: ViewDef }
  | { kind: 'users' }
  | { kind: 'user'; user: UserRow }
  | { kind: 'action'; name: string; on: Resource; arg?: string };

function bad(message: string): StoreError {
  return new StoreError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message);
}

function notFoundResource(path: string): StoreError {
  return new StoreError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${path}.`, 'itemNotFound');
}

function argString(seg: Segment): string {
  if (!seg.arg) throw bad(`'${seg.name}' needs an argument.`);
  return String(seg.arg.value);
}

function argNumber(seg: Segment): number {
  const n = seg.arg?.kind === 'number' ? seg.arg.value : Number(seg.arg?.value);
  if (!Number.isInteger(n)) throw bad(`'${seg.name}' needs a number.`);
  return n;
}

/**
 * OData parameter aliases: `siteUsers(@v)?@v='i:0#.f|membership|x'` is `siteUsers('…')`, which is how
 * PnPjs getByLoginName sends a login (its '!@v::' prefix), keeping '#' and '|' out of the path.
 */
function withAliases(segs: Segment[], url: URL): Segment[] {
  return segs.map((seg) => {
    if (seg.arg?.kind !== 'raw' || !seg.arg.value.startsWith('@')) return seg;
    const value = url.searchParams.get(seg.arg.value);
    if (value === null) throw bad(`The parameter alias ${seg.arg.value} in '${seg.name}' has no value: add ${seg.arg.value}='…' to the query string.`);
    const arg = splitPath(`x(${value})`)[0]?.arg;
    return arg ? { ...seg, arg } : seg;
  });
}

function listByGuidOrThrow(ctx: RouteContext, guid: string): ListDef {
  const list = findListByGuid(ctx.db, guid);
  if (!list) throw listNotFound(guid);
  return list;
}

const ACTIONS: Readonly<Record<string, ReadonlyArray<Resource['kind']>>> = {
  contextinfo: ['root'],
  ensureuser: ['web'],
  createfieldasxml: ['fields'],
  addfield: ['fields'],
  addviewfield: ['viewfields'],
  removeviewfield: ['viewfields'],
  removeallviewfields: ['viewfields'],
  moveviewfieldto: ['viewfields'],
  recycle: ['item', 'list'],
};

function resolve(ctx: RouteContext, segs: Segment[], path: string): Resource {
  let r: Resource = { kind: 'root' };
  for (const seg of segs) {
    const n = seg.name;
    const next = ((): Resource | undefined => {
      switch (r.kind) {
        case 'root':
          if (n === 'web' && !seg.arg) return { kind: 'web' };
          if (n === 'site' && !seg.arg) return { kind: 'web' };
          if (n === 'lists') return resolve(ctx, [{ name: 'web' }, seg], path);
          break;
        case 'web':
          if (n === 'lists' && !seg.arg) return { kind: 'lists' };
          if (n === 'lists' && seg.arg) return { kind: 'list', list: listByGuidOrThrow(ctx, argString(seg)) };
          if (n === 'getlist') {
            // By the list's url, never its title: the url is fixed at creation, a site owner may
            // rename the title (SHAREPOINT.md "Limits"; SP.Web.GetList takes a server-relative url).
            const url = argString(seg);
            const list = findListByUrl(ctx.db, url);
            if (!list) throw listNotFoundAtUrl(url);
            return { kind: 'list', list };
          }
          if (n === 'siteusers' && !seg.arg) return { kind: 'users' };
          if (n === 'currentuser') return { kind: 'user', user: getUser(ctx.db, signedInUserId(ctx)) as UserRow };
          // siteusers('i:0#.f|membership|x@…'): a site user by login; PnPjs getByLoginName sends it as
          // the alias siteUsers(@v)?@v='…' (withAliases).
          if (n === 'siteusers' && seg.arg?.kind === 'string') {
            const user = findUserByLogin(ctx.db, seg.arg.value);
            if (!user) throw userNotFound();
            return { kind: 'user', user };
          }
          if (n === 'getuserbyid' || n === 'siteusers') {
            const user = getUser(ctx.db, argNumber(seg));
            if (!user) throw userNotFound();
            return { kind: 'user', user };
          }
          break;
        case 'users':
          if (n === 'getbyid') return resolve(ctx, [{ name: 'web' }, { name: 'getuserbyid', arg: seg.arg }], path);
          if (n === 'getbyemail' || n === 'getbyloginname') {
            const key = argString(seg);
            const user = n === 'getbyemail' ? findUserByEmail(ctx.db, key) : findUserByLogin(ctx.db, key);
            if (!user) throw userNotFound();
            return { kind: 'user', user };
          }
          break;
        case 'lists':
          if (n === 'getbytitle') {
            const title = argString(seg);
            const list = findListByTitle(ctx.db, title);
            if (!list) throw listNotFound(title);
            return { kind: 'list', list };
          }
          if (n === 'getbyid') return { kind: 'list', list: listByGuidOrThrow(ctx, argString(seg)) };
          break;
        case 'list':
          if (n === 'rootfolder' && !seg.arg) return { kind: 'rootfolder', list: r.list };
          if (n === 'items' && !seg.arg) return { kind: 'items', list: r.list };
          if (n === 'items' && seg.arg) return { kind: 'item', list: r.list, id: argNumber(seg) };
          if (n === 'fields' && !seg.arg) return { kind: 'fields', list: r.list };
          if (n === 'fields' && seg.arg) {
            const field = findFieldByGuid(ctx.db, r.list.id, argString(seg));
            if (!field) throw fieldNotFound(argString(seg));
            return { kind: 'field', list: r.list, field };
          }
          if (n === 'views' && !seg.arg) return { kind: 'views', list: r.list };
          if (n === 'views' && seg.arg) return viewOrThrow(ctx, r.list, { guid: argString(seg) });
          if (n === 'defaultview') return viewOrThrow(ctx, r.list, { isDefault: true });
          if (n === 'getview') return viewOrThrow(ctx, r.list, { guid: argString(seg) });
          break;
        case 'items':
          if (n === 'getbyid') return { kind: 'item', list: r.list, id: argNumber(seg) };
          break;
        case 'fields':
          if (n === 'getbyinternalnameortitle' || n === 'getbytitle') {
            const name = argString(seg);
            const field = n === 'getbytitle' ? listFields(ctx.db, r.list.id).find((f) => f.title.toLowerCase() === name.toLowerCase()) : findField(ctx.db, r.list.id, name);
            if (!field) throw fieldNotFound(name);
            return { kind: 'field', list: r.list, field };
          }
          if (n === 'getbyid') {
            const field = findFieldByGuid(ctx.db, r.list.id, argString(seg));
            if (!field) throw fieldNotFound(argString(seg));
            return { kind: 'field', list: r.list, field };
          }
          break;
        case 'views':
          if (n === 'getbytitle') return viewOrThrow(ctx, r.list, { title: argString(seg) });
          if (n === 'getbyid') return viewOrThrow(ctx, r.list, { guid: argString(seg) });
          break;
        case 'view':
          if (n === 'viewfields') return { kind: 'viewfields', list: r.list, view: r.view };
          break;
        case 'viewfields':
          if (n === 'schemaxml') return { kind: 'viewschema', view: r.view };
          break;
        default:
          break;
      }
      const allowed = ACTIONS[n];
      if (allowed && allowed.includes(r.kind)) return { kind: 'action', name: n, on: r, arg: seg.arg ? String(seg.arg.value) : undefined };
      return undefined;
    })();
    if (!next) throw notFoundResource(path);
    r = next;
  }
  return r;
}

function listNotFoundAtUrl(url: string): StoreError {
  return new StoreError(404, '-2147024894, System.IO.FileNotFoundException', `List '${url}' does not exist at site with URL '/sites/gtm'.`, 'itemNotFound');
}

function viewFieldsXml(view: ViewDef): string {
  return `<ViewFields>${view.viewFields.map((f) => `<FieldRef Name="${f.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}" />`).join('')}</ViewFields>`;
}

function fieldNotFound(name: string): StoreError {
  return new StoreError(400, '-2147024809, System.ArgumentException', `Column '${name}' does not exist. It may have been deleted by another user.`, 'itemNotFound');
}

function viewOrThrow(ctx: RouteContext, list: ListDef, by: { title?: string; guid?: string; isDefault?: boolean }): Resource {
  const view = findView(ctx.db, list.id, by);
  if (!view) throw new StoreError(404, '-2147024809, System.ArgumentException', 'The specified view is invalid.', 'itemNotFound');
  return { kind: 'view', list, view };
}

/** X-HTTP-Method counts only on a POST (front-door/method-override.ts), inside a $batch part too. */
function effectiveMethod(req: InternalRequest): string {
  return effectiveMethodOf(req.method, req.headers);
}

function siteUrl(ctx: RouteContext): string {
  return `${ctx.baseUrl}/sites/gtm`;
}

function webJson(ctx: RouteContext, fmt: SpFormat): Record<string, unknown> {
  const url = `${siteUrl(ctx)}/_api/Web`;
  return entity(
    { type: 'SP.Web', id: url, editLink: 'Web' },
    {
      Id: getMeta(ctx.db, 'webId'),
      Title: 'GTM',
      Description: 'GTM workbench site',
      Url: siteUrl(ctx),
      ServerRelativeUrl: '/sites/gtm',
      WebTemplate: 'STS',
      Language: 1033,
    },
    fmt,
  );
}

function listServerRelativeUrl(list: ListDef): string {
  return `/sites/gtm/Lists/${list.url}`;
}

function rootFolderJson(ctx: RouteContext, list: ListDef, fmt: SpFormat): Record<string, unknown> {
  const editLink = `Web/Lists(guid'${list.guid}')/RootFolder`;
  return entity(
    { type: 'SP.Folder', id: `${siteUrl(ctx)}/_api/${editLink}`, editLink },
    { Exists: true, ItemCount: countItems(ctx.db, list.id), Name: list.url, ServerRelativeUrl: listServerRelativeUrl(list), UniqueId: list.guid },
    fmt,
  );
}

/** Whether `$expand` names a navigation property (`$expand=RootFolder`). */
function expands(req: InternalRequest, name: string): boolean {
  return (req.url.searchParams.get('$expand') ?? '').split(',').some((e) => e.trim().toLowerCase() === name.toLowerCase());
}

function listJson(ctx: RouteContext, list: ListDef, fmt: SpFormat, req?: InternalRequest): Record<string, unknown> {
  const editLink = `Web/Lists(guid'${list.guid}')`;
  return entity(
    { type: 'SP.List', id: `${siteUrl(ctx)}/_api/${editLink}`, editLink, etag: `"${list.version}"` },
    {
      AllowContentTypes: false,
      BaseTemplate: list.baseTemplate,
      BaseType: 0,
      ContentTypesEnabled: false,
      Created: list.created,
      Description: list.description,
      EntityTypeName: list.entityName,
      Hidden: false,
      Id: list.guid,
      ItemCount: countItems(ctx.db, list.id),
      LastItemModifiedDate: list.modified,
      ListItemEntityTypeFullName: `SP.Data.${list.entityName}Item`,
      ParentWebUrl: '/sites/gtm',
      Title: list.title,
      ...(req && expands(req, 'RootFolder') ? { RootFolder: rootFolderJson(ctx, list, fmt) } : {}),
    },
    fmt,
  );
}

function fieldJson(ctx: RouteContext, list: ListDef, f: FieldDef, fmt: SpFormat): Record<string, unknown> {
  const editLink = `Web/Lists(guid'${list.guid}')/Fields(guid'${f.guid}')`;
  const props = fieldProps(f);
  if (Array.isArray(props.Choices)) props.Choices = collectionValue(props.Choices, 'Edm.String', fmt);
  const type = (({ text: 'SP.FieldText', note: 'SP.FieldMultiLineText', number: 'SP.FieldNumber', currency: 'SP.FieldCurrency', choice: 'SP.FieldChoice', multichoice: 'SP.FieldMultiChoice', date: 'SP.FieldDateTime', person: 'SP.FieldUser', lookup: 'SP.FieldLookup' }) as Record<string, string>)[f.type] ?? 'SP.Field';
  return entity({ type, id: `${siteUrl(ctx)}/_api/${editLink}`, editLink }, props, fmt);
}

function viewJson(ctx: RouteContext, list: ListDef, v: ViewDef, fmt: SpFormat): Record<string, unknown> {
  const editLink = `Web/Lists(guid'${list.guid}')/Views(guid'${v.guid}')`;
  return entity(
    { type: 'SP.View', id: `${siteUrl(ctx)}/_api/${editLink}`, editLink },
    {
      Id: v.guid,
      Title: v.title,
      ViewQuery: v.viewQuery,
      RowLimit: v.rowLimit,
      DefaultView: v.isDefault,
      PersonalView: v.personal,
      Hidden: false,
      ServerRelativeUrl: `/sites/gtm/Lists/${list.entityName.replace(/List$/, '')}/${v.title.replace(/[^A-Za-z0-9]/g, '')}.aspx`,
    },
    fmt,
  );
}

function userJson(ctx: RouteContext, u: UserRow, fmt: SpFormat): Record<string, unknown> {
  const editLink = `Web/GetUserById(${u.id})`;
  return entity(
    { type: 'SP.User', id: `${siteUrl(ctx)}/_api/${editLink}`, editLink },
    { Id: u.id, Title: u.title, Email: u.email, LoginName: u.login, UserPrincipalName: u.email, IsSiteAdmin: u.id === signedInUserId(ctx), PrincipalType: 1 },
    fmt,
  );
}

/** Person values must name a site user (store/values.ts `UserExists`). */
function siteUserExists(ctx: RouteContext): (id: number) => boolean {
  return (id) => getUser(ctx.db, id) !== undefined;
}

function body(req: InternalRequest): Record<string, unknown> {
  const b = parseJsonObject(req.body);
  if (!b) throw bad('The request body is not a JSON object.');
  return b;
}

/** Applies `$filter`, `$select` and `$top` to a non-item collection (lists, fields, views, users). */
function objectCollection(req: InternalRequest, values: Record<string, unknown>[], fmt: SpFormat): InternalResponse {
  const q = req.url.searchParams;
  const filter = q.get('$filter');
  const node = filter ? parseFilter(filter) : undefined; // parsed once, not once per value
  let out = node ? values.filter((v) => matchesObject(node, v)) : values;
  const top = q.get('$top');
  if (top) out = out.slice(0, Math.max(0, Number(top)));
  return collection(out.map((v) => pick(v, q.get('$select'))), fmt);
}

function itemPage(ctx: RouteContext, req: InternalRequest, list: ListDef, fmt: SpFormat): InternalResponse {
  const q = req.url.searchParams;
  const fields = listFields(ctx.db, list.id);
  const renderer = itemRenderer(ctx.db, siteUrl(ctx), list, fields, q.get('$select'), q.get('$expand'), fmt);
  const topRaw = q.get('$top');
  const top = topRaw === null ? DEFAULT_TOP : Number(topRaw);
  if (!Number.isInteger(top) || top < 0) throw bad(`Invalid $top '${topRaw ?? ''}'.`);
  // OData (SharePoint REST is an OData service): $top=n returns "up to but not greater than n"
  // items, so $top=0 is an empty page, not one item (OData 4.01 Part 1 §11.2.6.3).
  if (top === 0) return collection([], fmt);
  if (q.get('$skip') !== null) {
    // SharePoint ignores $skip on list items; say so rather than silently returning page one.
    throw bad('$skip is not supported on list items: page with $skiptoken=Paged=TRUE&p_ID=<last id> (odata.nextLink).');
  }
  const filter = q.get('$filter');
  const result = runQuery(
    ctx.db,
    list,
    fields,
    { filter: filter ? parseFilter(filter, { timeZone: ctx.timeZone }) : undefined, orderBy: parseOrderBy(q.get('$orderby')), top, token: parseSkipToken(q.get('$skiptoken')) },
    'sp',
  );
  let nextLink: string | undefined;
  if (result.next) {
    const params = new URLSearchParams(q);
    params.set('$skiptoken', result.next);
    if (!params.has('$top')) params.set('$top', String(top));
    nextLink = `${ctx.baseUrl}${req.url.pathname}?${params.toString().replace(/%24/g, "$")}`;
  }
  return collection(result.rows.map((r) => renderer.render(r)), fmt, nextLink);
}

function itemResponse(ctx: RouteContext, req: InternalRequest, list: ListDef, item: ItemRow, fmt: SpFormat, status: number): InternalResponse {
  const q = req.url.searchParams;
  const renderer = itemRenderer(ctx.db, siteUrl(ctx), list, listFields(ctx.db, list.id), q.get('$select'), q.get('$expand'), fmt);
  return single(renderer.render(item), fmt, status, { etag: `"${item.version}"` });
}

function noContent(extra: Record<string, string> = {}): InternalResponse {
  return { status: 204, headers: extra, body: '' };
}

function emptyOk(): InternalResponse {
  return { status: 200, headers: { 'content-length': '0' }, body: '' };
}

function methodNotAllowed(method: string, what: string): StoreError {
  return new StoreError(405, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The HTTP method '${method}' cannot be used on ${what}.`);
}

function route(ctx: RouteContext, req: InternalRequest, r: Resource, method: string, fmt: SpFormat): InternalResponse {
  const q = req.url.searchParams;
  switch (r.kind) {
    case 'root':
      throw notFoundResource(req.url.pathname);
    case 'web':
      if (method === 'GET') return single(pick(webJson(ctx, fmt), q.get('$select')), fmt);
      if (method === 'MERGE') return noContent();
      throw methodNotAllowed(method, 'the web');
    case 'lists':
      if (method === 'GET') return objectCollection(req, allLists(ctx.db).map((l) => listJson(ctx, l, fmt, req)), fmt);
      if (method === 'POST') {
        const props = listPropsFromBody(body(req));
        const list = createList(ctx.db, props.title ?? '', props.description ?? '', props.baseTemplate ?? 100, ctx.now());
        return single(listJson(ctx, list, fmt), fmt, 201);
      }
      throw methodNotAllowed(method, 'lists');
    case 'list':
      if (method === 'GET') return single(pick(listJson(ctx, r.list, fmt, req), q.get('$select')), fmt);
      if (method === 'MERGE') {
        const props = listPropsFromBody(body(req));
        updateList(ctx.db, r.list, { title: props.title, description: props.description }, ctx.now());
        return noContent();
      }
      if (method === 'DELETE') {
        deleteList(ctx.db, r.list);
        return emptyOk();
      }
      throw methodNotAllowed(method, 'a list');
    case 'rootfolder':
      if (method === 'GET') return single(pick(rootFolderJson(ctx, r.list, fmt), q.get('$select')), fmt);
      throw methodNotAllowed(method, 'a folder');
    case 'items':
      if (method === 'GET') return itemPage(ctx, req, r.list, fmt);
      if (method === 'POST') {
        const values = coerceBody(listFields(ctx.db, r.list.id), body(req), 'sp', `SP.Data.${r.list.entityName}Item`, ctx.timeZone, siteUserExists(ctx));
        const item = insertItem(ctx.db, r.list, values, signedInUserId(ctx), ctx.now());
        return itemResponse(ctx, req, r.list, item, fmt, 201);
      }
      throw methodNotAllowed(method, 'items');
    case 'item': {
      const item = getItem(ctx.db, r.list.id, r.id);
      if (!item) throw itemNotFound();
      if (method === 'GET') return itemResponse(ctx, req, r.list, item, fmt, 200);
      if (method === 'MERGE' || method === 'PUT') {
        checkETag(item, req.headers['if-match']);
        const values = coerceBody(listFields(ctx.db, r.list.id), body(req), 'sp', `SP.Data.${r.list.entityName}Item`, ctx.timeZone, siteUserExists(ctx));
        const updated = updateItem(ctx.db, r.list.id, item, values, signedInUserId(ctx), ctx.now());
        return noContent({ etag: `"${updated.version}"` });
      }
      if (method === 'DELETE') {
        checkETag(item, req.headers['if-match']);
        deleteItem(ctx.db, r.list.id, r.id);
        return emptyOk();
      }
      throw methodNotAllowed(method, 'an item');
    }
    case 'fields':
      if (method === 'GET') return objectCollection(req, listFields(ctx.db, r.list.id).map((f) => fieldJson(ctx, r.list, f, fmt)), fmt);
      if (method === 'POST') return single(fieldJson(ctx, r.list, addNamedField(ctx, r.list, fieldFromBody(body(req))), fmt), fmt, 201);
      throw methodNotAllowed(method, 'fields');
    case 'field':
      if (method === 'GET') return single(pick(fieldJson(ctx, r.list, r.field, fmt), q.get('$select')), fmt);
      if (method === 'MERGE') {
        updateField(ctx.db, r.field, fieldChangesFromBody(body(req)));
        return noContent();
      }
      if (method === 'DELETE') {
        deleteField(ctx.db, r.field);
        return emptyOk();
      }
      throw methodNotAllowed(method, 'a field');
    case 'views':
      if (method === 'GET') return objectCollection(req, listViews(ctx.db, r.list.id).map((v) => viewJson(ctx, r.list, v, fmt)), fmt);
      if (method === 'POST') {
        const b = body(req);
        if (typeof b.Title !== 'string' || !b.Title) throw bad('The view Title is required.');
        const view = addView(ctx.db, r.list, {
          title: b.Title,
          viewQuery: typeof b.ViewQuery === 'string' ? b.ViewQuery : undefined,
          rowLimit: typeof b.RowLimit === 'number' ? b.RowLimit : undefined,
          personal: b.PersonalView === true,
          isDefault: b.DefaultView === true,
        });
        return single(viewJson(ctx, r.list, view, fmt), fmt, 201);
      }
      throw methodNotAllowed(method, 'views');
    case 'view':
      if (method === 'GET') return single(pick(viewJson(ctx, r.list, r.view, fmt), q.get('$select')), fmt);
      if (method === 'MERGE') {
        const b = body(req);
        updateView(ctx.db, r.view, {
          title: typeof b.Title === 'string' ? b.Title : undefined,
          viewQuery: typeof b.ViewQuery === 'string' ? b.ViewQuery : undefined,
          rowLimit: typeof b.RowLimit === 'number' ? b.RowLimit : undefined,
          isDefault: typeof b.DefaultView === 'boolean' ? b.DefaultView : undefined,
        });
        return noContent();
      }
      if (method === 'DELETE') {
        deleteView(ctx.db, r.view);
        return emptyOk();
      }
      throw methodNotAllowed(method, 'a view');
    case 'viewfields':
      if (method === 'GET') {
        const schema = viewFieldsXml(r.view);
        return single(entity({ type: 'SP.ViewFieldCollection', id: `${siteUrl(ctx)}/_api/Web/Lists(guid'${r.list.guid}')/Views(guid'${r.view.guid}')/ViewFields`, editLink: 'ViewFields' }, { Items: collectionValue(r.view.viewFields, 'Edm.String', fmt), SchemaXml: schema }, fmt), fmt);
      }
      throw methodNotAllowed(method, 'view fields');
    case 'viewschema':
      if (method === 'GET') return single(fmt === 'verbose' ? { SchemaXml: viewFieldsXml(r.view) } : { value: viewFieldsXml(r.view) }, fmt);
      throw methodNotAllowed(method, 'view fields');
    case 'users':
      if (method === 'GET') return objectCollection(req, allUsers(ctx.db).map((u) => userJson(ctx, u, fmt)), fmt);
      throw methodNotAllowed(method, 'users');
    case 'user':
      if (method === 'GET') return single(pick(userJson(ctx, r.user, fmt), q.get('$select')), fmt);
      throw methodNotAllowed(method, 'a user');
    case 'action':
      if (method !== 'POST') throw methodNotAllowed(method, r.name);
      return action(ctx, req, r, fmt);
  }
}

/**
 * Adds a field under the internal name SharePoint would give it: the wanted name when it is free,
 * else with a counter appended (`Due_x0020_date0`) — SharePoint never refuses a taken name here.
 */
function addNamedField(ctx: RouteContext, list: ListDef, spec: Parameters<typeof addField>[2]): FieldDef {
  const internalName = uniqueInternalName(spec.internalName, (name) => fieldNameTaken(ctx.db, list.id, name));
  return addField(ctx.db, list, { ...spec, internalName });
}

function action(ctx: RouteContext, req: InternalRequest, r: Extract<Resource, { kind: 'action' }>, fmt: SpFormat): InternalResponse {
  const on = r.on;
  switch (r.name) {
    case 'contextinfo': {
      const info = {
        FormDigestTimeoutSeconds: FORM_DIGEST_TIMEOUT_SECONDS,
        FormDigestValue: issueDigest(ctx.db, ctx.now()),
        LibraryVersion: '16.0.0.0',
        SiteFullUrl: siteUrl(ctx),
        WebFullUrl: siteUrl(ctx),
        SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
      };
      return single(fmt === 'verbose' ? { GetContextWebInformation: info } : entity({ type: 'SP.ContextWebInformation', id: `${siteUrl(ctx)}/_api/contextinfo`, editLink: 'contextinfo' }, info, fmt), fmt);
    }
    case 'ensureuser': {
      // PnPjs sends { logonName } (sp.web.ensureUser); ensureuser('login') in the URL works too.
      const b = req.body.trim() === '' ? {} : body(req);
      const logon = typeof b.logonName === 'string' && b.logonName !== '' ? b.logonName : (r.arg ?? '');
      if (!logon) throw bad("ensureuser needs a login: POST _api/web/ensureuser with { \"logonName\": \"i:0#.f|membership|someone@contoso.com\" }.");
      return single(userJson(ctx, ensureUser(ctx.db, logon), fmt), fmt);
    }
    case 'createfieldasxml':
    case 'addfield': {
      if (on.kind !== 'fields') break;
      const b = body(req);
      const params = b.parameters && typeof b.parameters === 'object' ? (b.parameters as Record<string, unknown>) : b;
      const options = typeof params.Options === 'number' ? params.Options : Number(params.Options ?? 0);
      const spec = r.name === 'addfield' ? fieldFromBody(params) : fieldFromXml(typeof params.SchemaXml === 'string' ? params.SchemaXml : '', Number.isInteger(options) ? options : 0);
      return single(fieldJson(ctx, on.list, addNamedField(ctx, on.list, spec), fmt), fmt);
    }
    case 'addviewfield':
    case 'removeviewfield':
    case 'removeallviewfields':
    case 'moveviewfieldto': {
      if (on.kind !== 'viewfields') break;
      let names = on.view.viewFields.slice();
      if (r.name === 'addviewfield') {
        const field = findField(ctx.db, on.list.id, r.arg ?? '');
        const name = r.arg === 'LinkTitle' ? 'LinkTitle' : field?.internalName;
        if (!name) throw fieldNotFound(r.arg ?? '');
        if (!names.includes(name)) names.push(name);
      } else if (r.name === 'removeviewfield') {
        names = names.filter((n) => n.toLowerCase() !== (r.arg ?? '').toLowerCase());
      } else if (r.name === 'removeallviewfields') {
        names = [];
      } else {
        const b = body(req);
        const field = typeof b.field === 'string' ? b.field : '';
        const index = typeof b.index === 'number' ? b.index : 0;
        names = names.filter((n) => n !== field);
        names.splice(index, 0, field);
      }
      updateView(ctx.db, on.view, { viewFields: names });
      return noContent();
    }
    case 'recycle': {
      if (on.kind === 'item') {
        const item = getItem(ctx.db, on.list.id, on.id);
        if (!item) throw itemNotFound();
        deleteItem(ctx.db, on.list.id, on.id);
        return single(fmt === 'verbose' ? { Recycle: item.guid } : { 'odata.metadata': '', value: item.guid }, fmt);
      }
      if (on.kind === 'list') {
        deleteList(ctx.db, on.list);
        return single({ value: on.list.guid }, fmt);
      }
      break;
    }
    default:
      break;
  }
  throw notFoundResource(req.url.pathname);
}

/** The path after `/sites/gtm/_api/`, decoded. */
export function apiPathOf(url: URL): string | undefined {
  const m = /^\/sites\/gtm\/_api(?:\/(.*))?$/i.exec(url.pathname);
  if (!m) return undefined;
  const raw = m[1] ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Handles one SharePoint REST request (already authorized). Never throws. */
export function handleSp(ctx: RouteContext, req: InternalRequest): InternalResponse {
  const fmt = formatOf(req.headers.accept);
  try {
    const apiPath = apiPathOf(req.url);
    if (apiPath === undefined) throw notFoundResource(req.url.pathname);
    const method = effectiveMethod(req);
    const regional = regionalSettingsRoute(ctx, apiPath, method, req.url.searchParams, fmt);
    if (regional !== undefined) return regional;
    const picker = peoplePickerRoute(ctx, apiPath, method, req, fmt); // a read, though a POST: no transaction
    if (picker !== undefined) return picker;
    const run = (): InternalResponse => route(ctx, req, resolve(ctx, withAliases(splitPath(apiPath), req.url), req.url.pathname), method, fmt);
    // Writes run in a transaction (a savepoint inside a $batch): a request is applied whole or not at all.
    return method === 'GET' ? run() : ctx.db.transaction(run)();
  } catch (e) {
    return spErrorResponse(e, fmt);
  }
}

export function spErrorResponse(e: unknown, fmt: SpFormat): InternalResponse {
  if (e instanceof StoreError) return spError(e.status, e.spCode, e.message, fmt);
  if (e instanceof ODataSyntaxError || e instanceof PathError) return spError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', e.message, fmt);
  const message = e instanceof Error ? e.message : String(e);
  return spError(500, '-2146233088, System.InvalidOperationException', message, fmt);
}

