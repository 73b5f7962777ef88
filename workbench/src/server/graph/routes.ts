/**
 * Microsoft Graph under `/graph/v1.0/`: sites, lists, list items (with `fields`), channel messages,
 * group and /me calendar events (`calendar.ts`), chat members (`chats.ts`), joined teams and channels (`teams.ts`). Same SQLite data as the SharePoint REST routes.
 */
import type { RouteContext } from '../context';
import { type InternalRequest, type InternalResponse, parseJsonObject } from '../http';
import { ODataSyntaxError, filterFields, parseFilter } from '../odata/filter';
import { matchesObject } from '../odata/object-filter';
import { getMeta } from '../store/db';
import { checkETag, deleteItem, getItem, insertItem, itemNotFound, updateItem } from '../store/items';
import { allLists, findListByGuid, findListByTitle, findListByUrl, listFields, listNotFound } from '../store/lists';
import { MAX_PAGE, parseOrderBy, parseSkipToken, resolvePath, runQuery } from '../store/query';
import { type FieldDef, type ListDef, StoreError } from '../store/types';
import { getUser } from '../store/users';
import { signedInUserId } from '../context';
import { coerceBody } from '../store/values';
import { eventsRoute } from './calendar';
import { chatMembersRoute } from './chats';
import { channelsRoute, joinedTeamsRoute } from './teams';
import { mailboxSettingsRoute } from './mailbox-settings';
import { checkMentions } from './message-mentions';
import { GraphError, graphError, graphJson } from './format';
import { fieldsJson, itemJson, listJson, siteJson } from './render';
import { usersRoute } from './users';
import { isUserInformationList, userInformationListRoute } from './user-information-list';

const DEFAULT_TOP = 200;
const HONOR_NON_INDEXED = 'honornonindexedquerieswarningmayfailrandomly';

function notFound(what: string): GraphError {
  return new GraphError(404, 'itemNotFound', `${what} not found.`);
}

function invalid(message: string): GraphError {
  return new GraphError(400, 'invalidRequest', message);
}

/** Query options with or without `$` (`expand=fields` and `$expand=fields` are the same). */
function option(url: URL, name: string): string | null {
  return url.searchParams.get(`$${name}`) ?? url.searchParams.get(name);
}

/** Person LookupIds must name a site user (store/values.ts `UserExists`). */
function siteUserExists(ctx: RouteContext): (id: number) => boolean {
  return (id) => getUser(ctx.db, id) !== undefined;
}

function body(req: InternalRequest): Record<string, unknown> {
  const b = parseJsonObject(req.body);
  if (!b) throw invalid('The request body is not a JSON object.');
  return b;
}

/** `expand=fields`, `expand=fields(select=A,B)`, `$expand=fields($select=A,B)`. */
function parseExpand(src: string | null): Set<string> | 'all' | undefined {
  if (!src) return undefined;
  const m = /^\s*fields\s*(?:\(\s*\$?select\s*=\s*([^)]*)\))?\s*$/i.exec(src);
  if (!m) throw invalid(`Unsupported expand '${src}': only fields and fields(select=...) are supported.`);
  if (m[1] === undefined) return 'all';
  return new Set(m[1].split(',').map((s) => s.trim().toLowerCase()).filter((s) => s.length > 0));
}

/** `lists/{id}`, `lists/{name}` (the url segment, which survives a rename) or `lists/{displayName}`. */
function resolveList(ctx: RouteContext, idOrTitle: string): ListDef {
  const list = findListByGuid(ctx.db, idOrTitle) ?? findListByUrl(ctx.db, `/sites/gtm/Lists/${idOrTitle}`) ?? findListByTitle(ctx.db, idOrTitle);
  if (!list) throw listNotFound(idOrTitle);
  return list;
}

/**
 * Strips the site part of the path (`sites/root`, `sites/127.0.0.1:/sites/gtm:`, `sites/<id>`).
 * By path, as Microsoft Graph's "Get a site resource by path" defines it
 * (learn.microsoft.com/graph/api/site-getbypath): `GET /sites/{hostname}:/{server-relative-path}`,
 * with a closing `:` before anything under the site (`…/sites/gtm:/lists`); a path naming no site
 * answers 404 `itemNotFound` "Requested site could not be found", as Graph does. The stand-in has
 * one site, `/sites/gtm`, whatever the hostname (the task pane resolves `http://127.0.0.1:<port>/sites/gtm`).
 */
function afterSite(ctx: RouteContext, path: string): string | undefined {
  const byPath = /^sites\/[^/:]+:(\/[^:]*?)\/?(?::(?=\/|$)|$)/i.exec(path);
  if (byPath && !/^\/sites\/gtm$/i.test(decodeURIComponent(byPath[1] ?? ''))) {
    throw new GraphError(404, 'itemNotFound', 'Requested site could not be found');
  }
  let m = /^sites\/root(?=\/|$)/i.exec(path) ?? /^sites\/[^/:]+:\/sites\/gtm\/?:?(?=\/|$)/i.exec(path);
  if (!m) {
    m = /^sites\/([^/]+)(?=\/|$)/i.exec(path);
    if (!m) return undefined;
    const id = (m[1] ?? '').toLowerCase();
    const known = [getMeta(ctx.db, 'siteId'), getMeta(ctx.db, 'webId')].map((s) => s.toLowerCase());
    if (!known.some((k) => id.includes(k))) throw notFound(`Site '${m[1] ?? ''}'`);
  }
  return path.slice(m[0].length).replace(/^:?\/?/, '');
}

function itemsPage(ctx: RouteContext, req: InternalRequest, list: ListDef, fields: FieldDef[]): InternalResponse {
  const url = req.url;
  const expand = parseExpand(option(url, 'expand'));
  const filterSrc = option(url, 'filter');
  const filter = filterSrc ? parseFilter(filterSrc, { odataVersion: 4 }) : undefined;
  const orderBy = parseOrderBy(option(url, 'orderby'));
  const honor = (req.headers.prefer ?? '').toLowerCase().includes(HONOR_NON_INDEXED);
  for (const path of [...(filter ? filterFields(filter) : []), ...orderBy.map((o) => o.path)]) {
    const field = resolvePath(ctx.db, fields, path, 'graph').base;
    if (!field.indexed && !honor) {
      throw invalid(
        `Field '${field.internalName}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
      );
    }
  }
  const topRaw = option(url, 'top');
  const top = topRaw === null ? DEFAULT_TOP : Number(topRaw);
  if (!Number.isInteger(top) || top < 1) throw invalid(`Invalid $top '${topRaw ?? ''}'.`);
  const tokenRaw = option(url, 'skiptoken');
  const token = tokenRaw ? parseSkipToken(Buffer.from(tokenRaw, 'base64url').toString('utf8')) : undefined;
  const result = runQuery(ctx.db, list, fields, { filter, orderBy, top: Math.min(top, MAX_PAGE), token }, 'graph');
  const out: Record<string, unknown> = {
    '@odata.context': `${ctx.baseUrl}/graph/v1.0/$metadata#sites('${encodeURIComponent(siteJson(ctx).id as string)}')/lists('${list.guid}')/items`,
    value: result.rows.map((r) => itemJson(ctx, list, fields, r, expand)),
  };
  if (result.next) {
    const params = new URLSearchParams(url.searchParams);
    params.delete('skiptoken');
    params.set('$skiptoken', Buffer.from(result.next).toString('base64url'));
    out['@odata.nextLink'] = `${ctx.baseUrl}${url.pathname}?${params.toString()}`;
  }
  return graphJson(200, out);
}

function listsRoute(ctx: RouteContext, req: InternalRequest, rest: string): InternalResponse {
  const method = req.method.toUpperCase();
  if (rest === 'lists' || rest === '') {
    if (rest === '' && method === 'GET') return graphJson(200, siteJson(ctx));
    if (rest === 'lists' && method === 'GET') {
      const filter = option(req.url, 'filter');
      const values = allLists(ctx.db).map((l) => listJson(ctx, l));
      const node = filter ? parseFilter(filter, { odataVersion: 4 }) : undefined; // parsed once, not once per list
      return graphJson(200, { value: node ? values.filter((v) => matchesObject(node, v)) : values });
    }
    throw new GraphError(405, 'methodNotAllowed', `${method} is not supported here by the workbench.`);
  }
  const m = /^lists\/([^/]+)(?:\/(.*))?$/i.exec(rest);
  if (!m) throw notFound(`Resource '${rest}'`);
  const segment = decodeURIComponent(m[1] ?? '');
  const sub = m[2] ?? '';
  // The hidden User Information List is not in the lists table: it is the site's users.
  if (isUserInformationList(ctx, segment)) return userInformationListRoute(ctx, req, sub);
  const list = resolveList(ctx, segment);
  const fields = listFields(ctx.db, list.id);
  const entity = `microsoft.graph.fieldValueSet`;
  if (sub === '') {
    if (method === 'GET') return graphJson(200, listJson(ctx, list));
  } else if (sub === 'columns' && method === 'GET') {
    return graphJson(200, {
      value: fields.map((f) => ({ id: f.guid, name: f.internalName, displayName: f.title, required: f.required, indexed: f.indexed, readOnly: f.builtin && f.internalName !== 'Title' })),
    });
  } else if (sub === 'items') {
    if (method === 'GET') return itemsPage(ctx, req, list, fields);
    if (method === 'POST') {
      const b = body(req);
      if (!b.fields || typeof b.fields !== 'object' || Array.isArray(b.fields)) throw invalid('A list item is created with { "fields": { ... } }.');
      const values = coerceBody(fields, b.fields as Record<string, unknown>, 'graph', entity, ctx.timeZone, siteUserExists(ctx));
      const item = insertItem(ctx.db, list, values, signedInUserId(ctx), ctx.now());
      return graphJson(201, itemJson(ctx, list, fields, item, 'all'), { etag: `"${item.guid},${item.version}"` });
    }
  } else {
    const im = /^items\/([0-9]+)(\/fields)?$/i.exec(sub);
    if (!im) throw notFound(`Resource '${sub}'`);
    const id = Number(im[1]);
    const item = getItem(ctx.db, list.id, id);
    if (!item) throw itemNotFound();
    const onFields = im[2] !== undefined;
    if (method === 'GET') {
      if (onFields) {
        const sel = option(req.url, 'select');
        return graphJson(200, fieldsJson(ctx, fields, item, sel ? new Set(sel.split(',').map((s) => s.trim().toLowerCase())) : undefined));
      }
      return graphJson(200, itemJson(ctx, list, fields, item, parseExpand(option(req.url, 'expand'))), { etag: `"${item.guid},${item.version}"` });
    }
    if (method === 'PATCH') {
      checkETag(item, req.headers['if-match']);
      const b = body(req);
      const patch = onFields ? b : b.fields && typeof b.fields === 'object' && !Array.isArray(b.fields) ? (b.fields as Record<string, unknown>) : {};
      const updated = updateItem(ctx.db, list.id, item, coerceBody(fields, patch, 'graph', entity, ctx.timeZone, siteUserExists(ctx)), signedInUserId(ctx), ctx.now());
      const etag = { etag: `"${updated.guid},${updated.version}"` };
      return onFields ? graphJson(200, fieldsJson(ctx, fields, updated, undefined), etag) : graphJson(200, itemJson(ctx, list, fields, updated, 'all'), etag);
    }
    if (method === 'DELETE' && !onFields) {
      checkETag(item, req.headers['if-match']);
      deleteItem(ctx.db, list.id, id);
      return { status: 204, headers: {}, body: '' };
    }
  }
  throw new GraphError(405, 'methodNotAllowed', `${method} is not supported here by the workbench.`);
}

function from(ctx: RouteContext): Record<string, unknown> {
  const u = getUser(ctx.db, signedInUserId(ctx));
  return { user: { id: String(signedInUserId(ctx)), displayName: u?.title ?? '', userIdentityType: 'aadUser' } };
}

function topOf(url: URL, all: number): number {
  const t = option(url, 'top');
  return t === null ? all : Math.max(0, Number(t));
}

function messagesRoute(ctx: RouteContext, req: InternalRequest, teamId: string, channelId: string, messageId: string | undefined): InternalResponse {
  const method = req.method.toUpperCase();
  if (messageId !== undefined) {
    if (method !== 'GET') throw new GraphError(405, 'methodNotAllowed', `${method} is not supported here by the workbench.`);
    const row = ctx.db.prepare('SELECT data FROM channel_messages WHERE team_id = ? AND channel_id = ? AND id = ?').get(teamId, channelId, messageId) as { data: string } | undefined;
    if (!row) throw notFound(`Message '${messageId}'`);
    return graphJson(200, JSON.parse(row.data));
  }
  if (method === 'GET') {
    const rows = ctx.db.prepare('SELECT data FROM channel_messages WHERE team_id = ? AND channel_id = ? ORDER BY seq DESC').all(teamId, channelId) as { data: string }[];
    return graphJson(200, { '@odata.count': rows.length, value: rows.slice(0, topOf(req.url, rows.length)).map((r) => JSON.parse(r.data) as unknown) });
  }
  if (method === 'POST') {
    const b = body(req);
    const content = b.body && typeof b.body === 'object' ? (b.body as Record<string, unknown>) : undefined;
    if (!content || typeof content.content !== 'string' || content.content.length === 0) throw new GraphError(400, 'BadRequest', 'Missing body content.');
    const contentType = content.contentType === 'html' ? 'html' : 'text';
    const stamp = ctx.now().toISOString();
    const id = String(ctx.now().getTime()) + String(Math.floor(Math.random() * 1000)).padStart(3, '0');
    const message = {
      id,
      replyToId: null,
      etag: id,
      messageType: 'message',
      createdDateTime: stamp,
      lastModifiedDateTime: stamp,
      subject: typeof b.subject === 'string' ? b.subject : null,
      importance: typeof b.importance === 'string' ? b.importance : 'normal',
      body: { contentType, content: content.content },
      from: from(ctx),
      channelIdentity: { teamId, channelId },
      attachments: Array.isArray(b.attachments) ? b.attachments : [],
      mentions: checkMentions(content.content, contentType, b.mentions),
      reactions: [],
    };
    ctx.db.prepare('INSERT INTO channel_messages (id, team_id, channel_id, data) VALUES (?, ?, ?, ?)').run(id, teamId, channelId, JSON.stringify(message));
    return graphJson(201, message);
  }
  throw new GraphError(405, 'methodNotAllowed', `${method} is not supported here by the workbench.`);
}

function route(ctx: RouteContext, req: InternalRequest, path: string): InternalResponse {
  const rest = afterSite(ctx, path);
  if (rest !== undefined) return listsRoute(ctx, req, rest);
  const tm = /^teams\/([^/]+)\/channels\/([^/]+)\/messages(?:\/([^/]+))?$/i.exec(path);
  if (tm) return messagesRoute(ctx, req, decodeURIComponent(tm[1] ?? ''), decodeURIComponent(tm[2] ?? ''), tm[3] === undefined ? undefined : decodeURIComponent(tm[3]));
  const ch = /^teams\/([^/]+)\/channels(?:\/([^/]+))?$/i.exec(path);
  if (ch) return channelsRoute(ctx, req, decodeURIComponent(ch[1] ?? ''), ch[2] === undefined ? undefined : decodeURIComponent(ch[2]));
  const mailbox = mailboxSettingsRoute(ctx, req, path);
  if (mailbox) return mailbox;
  if (/^me\/joinedTeams$/i.test(path)) return joinedTeamsRoute(ctx, req);
  const gm = /^groups\/([^/]+)\/(?:calendar\/)?events(?:\/([^/]+))?$/i.exec(path);
  if (gm) return eventsRoute(ctx, req, { kind: 'group', groupId: decodeURIComponent(gm[1] ?? '') }, gm[2] === undefined ? undefined : decodeURIComponent(gm[2]), () => body(req), (all) => topOf(req.url, all));
  const cm = /^chats\/([^/]+)\/members(?:\/([^/]+))?$/i.exec(path);
  if (cm) return chatMembersRoute(ctx, req, decodeURIComponent(cm[1] ?? ''), cm[2] === undefined ? undefined : decodeURIComponent(cm[2]));
  const users = usersRoute(ctx, req, path);
  if (users) return users;
  const me = /^me\/(?:calendar\/)?events(?:\/([^/]+))?$/i.exec(path);
  if (me) return eventsRoute(ctx, req, { kind: 'me' }, me[1] === undefined ? undefined : decodeURIComponent(me[1]), () => body(req), (all) => topOf(req.url, all));
  throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${path.split('/')[0] ?? ''}'.`);
}

/** The path after `/graph/v1.0/`. */
export function graphPathOf(url: URL): string | undefined {
  const m = /^\/graph\/v1\.0\/(.*)$/i.exec(url.pathname);
  return m ? (m[1] ?? '').replace(/\/+$/, '') : undefined;
}

/** Handles one Graph request (already authorized). Never throws. */
export function handleGraph(ctx: RouteContext, req: InternalRequest): InternalResponse {
  try {
    const path = graphPathOf(req.url);
    if (path === undefined) throw new GraphError(404, 'itemNotFound', 'Unknown Graph path.');
    const run = (): InternalResponse => route(ctx, req, path);
    return req.method.toUpperCase() === 'GET' ? run() : ctx.db.transaction(run)();
  } catch (e) {
    return graphErrorResponse(ctx, e);
  }
}

export function graphErrorResponse(ctx: RouteContext, e: unknown): InternalResponse {
  if (e instanceof GraphError) return graphError(e.status, e.code, e.message, ctx.now());
  if (e instanceof StoreError) return graphError(e.status, e.graphCode, e.message, ctx.now());
  if (e instanceof ODataSyntaxError) return graphError(400, 'BadRequest', e.message, ctx.now());
  return graphError(500, 'generalException', e instanceof Error ? e.message : String(e), ctx.now());
}

