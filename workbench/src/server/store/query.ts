/**
 * Runs list queries ($filter, $orderby, $top, $skiptoken paging) over stored items, with
 * SharePoint's semantics: case-insensitive text, `eq` on multi-value fields means "contains",
 * `eq null` for empty values, the list view threshold on lists over 5,000 items.
 */
import type { Db } from './db';
import { allItems, countItems, itemsById, getItem } from './items';
import { findListByGuid, listFields } from './lists';
import { getUser } from './users';
import { type FieldDef, type ItemRow, type ListDef, StoreError } from './types';
import type { Flavor } from './values';
import { type CompareOp, type FilterNode, type Literal, filterFields } from '../odata/filter';

export const LIST_VIEW_THRESHOLD = 5000;
export const MAX_PAGE = 5000;

type Kind = 'number' | 'string' | 'boolean' | 'date';
type Norm = number | string | boolean | null;

export interface ResolvedPath {
  /** The list field the path starts from (what the threshold looks at). */
  base: FieldDef;
  kind: Kind;
  multi: boolean;
  get(item: ItemRow): unknown;
}

export const PERSON_PROPS: Readonly<Record<string, 'id' | 'title' | 'email' | 'login'>> = {
  id: 'id',
  title: 'title',
  email: 'email',
  name: 'login',
  loginname: 'login',
};

function unknownField(path: string): StoreError {
  return new StoreError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The field or property '${path}' does not exist.`);
}

/** The raw stored value of a field on an item (built-in fields live in their own columns). */
export function rawValue(item: ItemRow, field: FieldDef): unknown {
  switch (field.internalName) {
    case 'ID':
      return item.id;
    case 'Created':
      return item.created;
    case 'Modified':
      return item.modified;
    case 'Author':
      return item.authorId;
    case 'Editor':
      return item.editorId;
    default:
      return item.data[field.internalName] ?? null;
  }
}

function kindOf(field: FieldDef): Kind {
  switch (field.type) {
    case 'number':
    case 'currency':
    case 'counter':
    case 'lookup':
    case 'person':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'date':
      return 'date';
    default:
      return 'string';
  }
}

/** Resolves a projected value of a lookup or person target (`GtmKpi/Title`, `Author/EMail`). */
export function projectedValue(db: Db, field: FieldDef, id: number, sub: string): unknown {
  if (field.type === 'person') {
    const user = getUser(db, id);
    const prop = PERSON_PROPS[sub.toLowerCase()];
    return user && prop ? user[prop] : null;
  }
  const target = field.lookupList ? findListByGuid(db, field.lookupList) : undefined;
  if (!target) return null;
  const item = getItem(db, target.id, id);
  if (!item) return null;
  if (sub.toLowerCase() === 'id') return item.id;
  const tf = listFields(db, target.id).find((f) => f.internalName.toLowerCase() === sub.toLowerCase());
  return tf ? rawValue(item, tf) : null;
}

export function validProjection(db: Db, field: FieldDef, sub: string): boolean {
  if (field.type === 'person') return PERSON_PROPS[sub.toLowerCase()] !== undefined;
  if (sub.toLowerCase() === 'id') return true;
  const target = field.lookupList ? findListByGuid(db, field.lookupList) : undefined;
  return target !== undefined && listFields(db, target.id).some((f) => f.internalName.toLowerCase() === sub.toLowerCase());
}

export function resolvePath(db: Db, fields: FieldDef[], rawPath: string, flavor: Flavor): ResolvedPath {
  const path = flavor === 'graph' ? rawPath.replace(/^fields\//i, '') : rawPath;
  const find = (name: string): FieldDef | undefined => {
    const lower = name.toLowerCase();
    if (lower === 'id') return fields.find((f) => f.internalName === 'ID');
    return fields.find((f) => f.internalName.toLowerCase() === lower);
  };
  const ids = (base: FieldDef): ResolvedPath => ({ base, kind: 'number', multi: base.multi, get: (item) => rawValue(item, base) });
  const slash = path.indexOf('/');
  if (slash > 0) {
    const base = find(path.slice(0, slash));
    const sub = path.slice(slash + 1);
    if (!base || (base.type !== 'lookup' && base.type !== 'person') || !validProjection(db, base, sub)) throw unknownField(rawPath);
    if (sub.toLowerCase() === 'id') return ids(base);
    const kind: Kind = base.type === 'person' ? 'string' : (() => {
      const target = base.lookupList ? findListByGuid(db, base.lookupList) : undefined;
      const tf = target ? listFields(db, target.id).find((f) => f.internalName.toLowerCase() === sub.toLowerCase()) : undefined;
      return tf ? kindOf(tf) : 'string';
    })();
    return {
      base,
      kind,
      multi: base.multi,
      get: (item) => {
        const v = rawValue(item, base);
        if (Array.isArray(v)) return v.map((id) => projectedValue(db, base, Number(id), sub));
        return typeof v === 'number' ? projectedValue(db, base, v, sub) : null;
      },
    };
  }
  const direct = find(path);
  if (direct) {
    if (direct.type === 'lookup' || direct.type === 'person') {
      // A bare lookup compares its shown value (`GtmKpi eq 'Pipeline'`).
      const sub = direct.type === 'person' ? 'Title' : direct.lookupField || 'Title';
      return resolvePath(db, fields, `${direct.internalName}/${sub}`, 'sp');
    }
    return { base: direct, kind: kindOf(direct), multi: direct.type === 'multichoice', get: (item) => rawValue(item, direct) };
  }
  const suffix = flavor === 'sp' ? /Id$/i : /LookupId$/i;
  if (suffix.test(path)) {
    const base = find(path.replace(suffix, ''));
    if (base && (base.type === 'lookup' || base.type === 'person')) return ids(base);
  }
  throw unknownField(rawPath);
}

function norm(kind: Kind, v: unknown): Norm {
  if (v === null || v === undefined || v === '') return null;
  switch (kind) {
    case 'number': {
      const n = typeof v === 'number' ? v : Number(v);
      return Number.isFinite(n) ? n : null;
    }
    case 'boolean':
      return v === true || v === 1 || v === '1' || v === 'true' || v === 'True';
    case 'date': {
      const ms = typeof v === 'number' ? v : Date.parse(String(v));
      return Number.isNaN(ms) ? null : ms;
    }
    case 'string':
      return String(v).toLowerCase();
  }
}

function literalNorm(kind: Kind, lit: Literal): Norm {
  switch (lit.kind) {
    case 'null':
      return null;
    case 'boolean':
      return kind === 'boolean' ? lit.value : kind === 'number' ? (lit.value ? 1 : 0) : norm(kind, String(lit.value));
    default:
      return norm(kind, lit.value);
  }
}

/** Orders normalized values: null first, then by value. */
export function compareNorm(a: Norm, b: Norm): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return (a ? 1 : 0) - (b ? 1 : 0);
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function test(op: CompareOp, a: Norm, b: Norm): boolean {
  if (b === null || a === null) {
    const bothNull = a === null && b === null;
    if (op === 'eq') return bothNull;
    if (op === 'ne') return !bothNull;
    return false;
  }
  const c = compareNorm(a, b);
  switch (op) {
    case 'eq':
      return c === 0;
    case 'ne':
      return c !== 0;
    case 'lt':
      return c < 0;
    case 'le':
      return c <= 0;
    case 'gt':
      return c > 0;
    case 'ge':
      return c >= 0;
  }
}

const FLIP: Record<CompareOp, CompareOp> = { eq: 'eq', ne: 'ne', lt: 'gt', le: 'ge', gt: 'lt', ge: 'le' };

export type Predicate = (item: ItemRow) => boolean;

export function compileFilter(db: Db, fields: FieldDef[], node: FilterNode, flavor: Flavor): Predicate {
  switch (node.kind) {
    case 'and': {
      const l = compileFilter(db, fields, node.left, flavor);
      const r = compileFilter(db, fields, node.right, flavor);
      return (item) => l(item) && r(item);
    }
    case 'or': {
      const l = compileFilter(db, fields, node.left, flavor);
      const r = compileFilter(db, fields, node.right, flavor);
      return (item) => l(item) || r(item);
    }
    case 'not': {
      const p = compileFilter(db, fields, node.operand, flavor);
      return (item) => !p(item);
    }
    case 'startswith':
    case 'substringof': {
      const path = resolvePath(db, fields, node.field, flavor);
      const needle = node.value.kind === 'null' ? '' : String(node.value.value).toLowerCase();
      const match = (v: unknown): boolean => {
        if (v === null || v === undefined) return false;
        const s = String(v).toLowerCase();
        return node.kind === 'startswith' ? s.startsWith(needle) : s.includes(needle);
      };
      return (item) => {
        const v = path.get(item);
        return Array.isArray(v) ? v.some(match) : match(v);
      };
    }
    case 'compare': {
      let { left, right, op } = node;
      if (left.kind === 'literal' && right.kind === 'field') {
        [left, right] = [right, left];
        op = FLIP[op];
      }
      if (left.kind !== 'field' || right.kind !== 'literal') {
        throw new StoreError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'A comparison needs one field and one value.');
      }
      const path = resolvePath(db, fields, left.path, flavor);
      const lit = literalNorm(path.kind, right.value);
      return (item) => {
        const v = path.get(item);
        if (Array.isArray(v)) {
          const vals = v.map((x) => norm(path.kind, x));
          if (lit === null) return op === 'eq' ? vals.length === 0 : op === 'ne' ? vals.length > 0 : false;
          if (op === 'eq') return vals.some((x) => test('eq', x, lit));
          if (op === 'ne') return !vals.some((x) => test('eq', x, lit));
          return vals.some((x) => test(op, x, lit));
        }
        return test(op, norm(path.kind, v), lit);
      };
    }
  }
}

export interface OrderKey {
  path: string;
  desc: boolean;
}

export function parseOrderBy(src: string | null): OrderKey[] {
  if (!src || !src.trim()) return [];
  return src.split(',').map((part) => {
    const [path = '', dir = 'asc', ...rest] = part.trim().split(/\s+/);
    if (!path || rest.length > 0 || !/^(asc|desc)$/i.test(dir)) {
      throw new StoreError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `Invalid $orderby '${part.trim()}'.`);
    }
    return { path, desc: dir.toLowerCase() === 'desc' };
  });
}

export interface PageToken {
  /** Last (or, backwards, first) item id of the previous page. */
  id: number;
  backwards: boolean;
  /** Sort-key values of that item, by order-by path, as SharePoint's `p_<Field>=` entries. */
  values: Record<string, string>;
}

export function parseSkipToken(src: string | null): PageToken | undefined {
  if (!src) return undefined;
  const p = new URLSearchParams(src);
  const id = Number(p.get('p_ID'));
  if (!Number.isInteger(id)) {
    throw new StoreError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `Invalid $skiptoken '${src}'.`);
  }
  const values: Record<string, string> = {};
  for (const [k, v] of p) if (k.startsWith('p_') && k !== 'p_ID') values[k.slice(2)] = v;
  return { id, backwards: p.get('PagedPrev')?.toUpperCase() === 'TRUE', values };
}

export function formatSkipToken(id: number, values: Record<string, string>): string {
  const p = new URLSearchParams({ Paged: 'TRUE', p_ID: String(id) });
  for (const [k, v] of Object.entries(values)) p.set(`p_${k}`, v);
  return p.toString();
}

export interface ListQuery {
  filter?: FilterNode;
  orderBy: OrderKey[];
  top: number;
  token?: PageToken;
}

export interface QueryResult {
  rows: ItemRow[];
  /** The `$skiptoken` of the next page, when there is one. */
  next?: string;
}

export function throttled(): StoreError {
  return new StoreError(
    500,
    '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
    'The attempted operation is prohibited because it exceeds the list view threshold.',
    'activityLimitReached',
  );
}

/** Enforces the list view threshold (SharePoint's 500). Graph's own 400 is checked by the Graph routes first. */
export function checkThreshold(db: Db, list: ListDef, fields: FieldDef[], q: ListQuery, flavor: Flavor): void {
  const touched = [...(q.filter ? filterFields(q.filter) : []), ...q.orderBy.map((o) => o.path)].map((p) => resolvePath(db, fields, p, flavor).base);
  const overTop = q.top > MAX_PAGE;
  if (!overTop && touched.every((f) => f.indexed)) return;
  if (countItems(db, list.id) > LIST_VIEW_THRESHOLD) throw throttled();
}

function rawToken(kind: Kind, v: unknown): string {
  if (v === null || v === undefined) return '';
  if (kind === 'boolean') return norm('boolean', v) ? '1' : '0';
  return String(v);
}

export function runQuery(db: Db, list: ListDef, fields: FieldDef[], q: ListQuery, flavor: Flavor): QueryResult {
  checkThreshold(db, list, fields, q, flavor);
  const top = Math.max(1, Math.min(q.top, MAX_PAGE));
  const onlyById = q.orderBy.length === 0 || (q.orderBy.length === 1 && /^id$/i.test(q.orderBy[0]?.path ?? '') && !q.orderBy[0]?.desc);
  if (!q.filter && onlyById) {
    const backwards = q.token?.backwards ?? false;
    const from = q.token ? q.token.id : 0;
    const rows = itemsById(db, list.id, from, top + 1, backwards);
    const hasMore = rows.length > top;
    const page = backwards ? rows.slice(rows.length - Math.min(rows.length, top)) : rows.slice(0, top);
    const last = page[page.length - 1];
    return { rows: page, next: hasMore && last && !backwards ? formatSkipToken(last.id, {}) : undefined };
  }
  const predicate = q.filter ? compileFilter(db, fields, q.filter, flavor) : () => true;
  const keys = q.orderBy.map((o) => ({ ...o, resolved: resolvePath(db, fields, o.path, flavor) }));
  const keyOf = (item: ItemRow): Norm[] =>
    keys.map((k) => {
      const v = k.resolved.get(item);
      return norm(k.resolved.kind, Array.isArray(v) ? v[0] : v);
    });
  const cmp = (a: { keys: Norm[]; id: number }, b: { keys: Norm[]; id: number }): number => {
    for (let i = 0; i < keys.length; i++) {
      const c = compareNorm(a.keys[i] ?? null, b.keys[i] ?? null);
      if (c !== 0) return keys[i]?.desc ? -c : c;
    }
    return a.id - b.id;
  };
  const rows = allItems(db, list.id)
    .filter(predicate)
    .map((item) => ({ item, id: item.id, keys: keyOf(item) }))
    .sort(cmp);
  let start = 0;
  let end = rows.length;
  if (q.token) {
    const t = q.token;
    const ref = { id: t.id, keys: keys.map((k) => norm(k.resolved.kind, t.values[k.path] ?? null)) };
    const firstAfter = rows.findIndex((r) => cmp(r, ref) > 0);
    if (t.backwards) {
      const firstNotBefore = rows.findIndex((r) => cmp(r, ref) >= 0);
      end = firstNotBefore < 0 ? rows.length : firstNotBefore;
      start = Math.max(0, end - top);
    } else {
      start = firstAfter < 0 ? rows.length : firstAfter;
    }
  }
  const page = rows.slice(start, Math.min(end, start + top));
  const hasMore = start + top < end;
  const last = page[page.length - 1];
  const next = hasMore && last
    ? formatSkipToken(
        last.id,
        Object.fromEntries(keys.map((k) => [k.path, rawToken(k.resolved.kind, (() => {
          const v = k.resolved.get(last.item);
          return Array.isArray(v) ? v[0] : v;
        })())])),
      )
    : undefined;
  return { rows: page.map((r) => r.item), next };
}
