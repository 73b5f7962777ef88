/**
 * A `ListStore` in memory, with the behaviours the UIs must handle: ETags that change on every
 * write, a stale ETag answered with `ConflictError` (holding the current item), pages of `top`,
 * `where`/`orderBy` evaluated like the server, missing lists (404) and injected failures. The
 * component tests use it as their repositories' store; nothing in production does.
 */
import type { ListSchema } from '../lists/list-schema';
import { fieldOf } from '../lists/list-schema';
import type { Condition, ListQuery, QueryValue, Where } from '../query/list-query';
import { QueryError } from '../query/list-query';
import { ConflictError, ListStoreError } from './errors';
import type { ListRow, ListStore, RowChange, RowRef, RowValues, WriteResult } from './list-store';

export interface MemoryListStore extends ListStore {
  /** Puts rows into a list as they are (no validation: seed invalid rows to test reporting); returns their ids. */
  seed(list: ListSchema | string, rows: readonly RowValues[]): number[];
  /** Someone else edits the item: its values change and its ETag moves on, so a stale update conflicts. */
  touch(list: ListSchema | string, id: number, changes: RowValues): void;
  /** The next `count` calls (any method) fail with `error` — e.g. a `ThrottledError` or a 403 `ListStoreError`. */
  failNext(error: Error, count?: number): void;
  /** The list no longer exists: every call on it fails with a 404 `ListStoreError`, as SharePoint answers. */
  removeList(title: string): void;
  /** The list exists again (empty unless it held items before). */
  restoreList(title: string): void;
  /** The stored rows of a list, for assertions. */
  rows(list: ListSchema | string): ListRow[];
  /** How many calls each method received, for assertions ("one batch, not fifty"). */
  readonly calls: Record<'readAll' | 'get' | 'add' | 'update' | 'delete', number>;
}

interface StoredRow {
  id: number;
  version: number;
  values: Record<string, unknown>;
}

const titleOf = (list: ListSchema | string): string => (typeof list === 'string' ? list : list.title);
const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));
const etagOf = (row: StoredRow): string => `"${row.id},${row.version}"`;

function comparable(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

function compare(a: unknown, b: unknown): number {
  const x = comparable(a);
  const y = comparable(b);
  if (x === y) return 0;
  if (x === null) return -1;
  if (y === null) return 1;
  // Dates are ISO strings; a date-only value compares equal to midnight UTC of that day.
  if (typeof x === 'string' && typeof y === 'string' && /^\d{4}-\d{2}-\d{2}/.test(x) && /^\d{4}-\d{2}-\d{2}/.test(y)) {
    return Date.parse(x) - Date.parse(y);
  }
  return x < y ? -1 : 1;
}

function matchesCondition(values: Record<string, unknown>, c: Condition): boolean {
  const v = values[c.field];
  switch (c.op) {
    case 'null':
      return v === null || v === undefined || v === '';
    case 'notnull':
      return !(v === null || v === undefined || v === '');
    case 'startswith':
      return typeof v === 'string' && v.toLowerCase().startsWith(c.value.toLowerCase());
    case 'substringof':
      return typeof v === 'string' && v.toLowerCase().includes(c.value.toLowerCase());
    default: {
      const value: QueryValue = c.value;
      if (Array.isArray(v)) return c.op === 'eq' ? v.includes(comparable(value)) : c.op === 'ne' ? !v.includes(comparable(value)) : false;
      const d = compare(v, value);
      return { eq: d === 0, ne: d !== 0, lt: d < 0, le: d <= 0, gt: d > 0, ge: d >= 0 }[c.op];
    }
  }
}

function matches(values: Record<string, unknown>, where: Where): boolean {
  if ('and' in where) return where.and.every((w) => matches(values, w));
  if ('or' in where) return where.or.some((w) => matches(values, w));
  return matchesCondition(values, where);
}

function checkFields(list: ListSchema, query: ListQuery | undefined): void {
  const check = (name: string): void => {
    if (name !== 'Id' && name !== 'ID' && !fieldOf(list, name)) throw new QueryError(`${list.title} has no field ${JSON.stringify(name)}`);
  };
  const walk = (w: Where): void => {
    if ('and' in w) w.and.forEach(walk);
    else if ('or' in w) w.or.forEach(walk);
    else check(w.field);
  };
  (query?.where ?? []).forEach(walk);
  (query?.orderBy ?? []).forEach((o) => check(o.field));
  if (query?.top !== undefined && (!Number.isInteger(query.top) || query.top < 1 || query.top > 5000)) {
    throw new QueryError(`top must be a whole number from 1 to 5000, not ${String(query.top)}`);
  }
}

/**
 * An empty in-memory store; lists exist on first use (as if provisioned).
 * @example
 *   const store = createMemoryListStore();
 *   const risks = createRiskRepository(store);
 *   await risks.add([risk]);                  // id 1, ETag "1,1"
 *   store.touch(RISK_REGISTER_LIST, 1, { GtmStatus: 'Closed' });   // someone else: ETag "1,2"
 *   await risks.update([{ id: '1', etag: '"1,1"', entity }]);       // → [{ ok: false, error: ConflictError }]
 */
export function createMemoryListStore(): MemoryListStore {
  const lists = new Map<string, { nextId: number; rows: Map<number, StoredRow> }>();
  const removed = new Set<string>();
  const failures: Error[] = [];
  const calls = { readAll: 0, get: 0, add: 0, update: 0, delete: 0 };

  const listOf = (list: ListSchema | string): { nextId: number; rows: Map<number, StoredRow> } => {
    const title = titleOf(list);
    let l = lists.get(title);
    if (l === undefined) {
      l = { nextId: 1, rows: new Map() };
      lists.set(title, l);
    }
    return l;
  };
  const toRow = (r: StoredRow): ListRow => ({ id: r.id, etag: etagOf(r), values: clone({ ...r.values, Id: r.id }) });
  /** Throws the injected failure or the 404 of a removed list, as the adapters would. */
  const guard = (list: ListSchema | string): void => {
    const failure = failures.shift();
    if (failure !== undefined) throw failure;
    const title = titleOf(list);
    if (removed.has(title)) {
      throw new ListStoreError(`${title}: List '${title}' does not exist at site with URL 'memory'.`, 404);
    }
  };
  const failAll = (list: ListSchema, count: number): WriteResult[] | null => {
    try {
      guard(list);
      return null;
    } catch (error) {
      const e = error instanceof ListStoreError ? error : new ListStoreError(String(error), 0);
      return Array.from({ length: count }, () => ({ ok: false as const, id: null, error: e }));
    }
  };

  return {
    calls,
    readAll(list: ListSchema, query?: ListQuery): AsyncIterable<ListRow[]> {
      return {
        async *[Symbol.asyncIterator]() {
          calls.readAll += 1;
          guard(list);
          checkFields(list, query);
          let rows = [...listOf(list).rows.values()].filter((r) => (query?.where ?? []).every((w) => matches(r.values, w)));
          for (const o of [...(query?.orderBy ?? [])].reverse()) {
            rows = [...rows].sort((a, b) => compare(a.values[o.field], b.values[o.field]) * (o.descending ? -1 : 1));
          }
          const top = query?.top ?? 5000;
          for (let start = 0; start < rows.length || start === 0; start += top) {
            yield rows.slice(start, start + top).map(toRow);
            if (start + top >= rows.length) break;
          }
        },
      };
    },
    async get(list, id) {
      calls.get += 1;
      guard(list);
      const row = listOf(list).rows.get(id);
      return row === undefined ? null : toRow(row);
    },
    async add(list, rows) {
      calls.add += 1;
      const failed = failAll(list, rows.length);
      if (failed) return failed;
      const l = listOf(list);
      return rows.map((values) => {
        const row: StoredRow = { id: l.nextId++, version: 1, values: clone({ ...values }) as Record<string, unknown> };
        l.rows.set(row.id, row);
        return { ok: true as const, id: row.id, etag: etagOf(row) };
      });
    },
    async update(list, changes: readonly RowChange[]) {
      calls.update += 1;
      const failed = failAll(list, changes.length);
      if (failed) return failed;
      const l = listOf(list);
      return changes.map((change) => {
        const row = l.rows.get(change.id);
        if (row === undefined) return { ok: false as const, id: change.id, error: new ConflictError(list.title, change.id, null) };
        if (change.etag !== '*' && change.etag !== etagOf(row)) {
          return { ok: false as const, id: change.id, error: new ConflictError(list.title, change.id, toRow(row)) };
        }
        row.values = { ...row.values, ...(clone({ ...change.changes }) as Record<string, unknown>) };
        row.version += 1;
        return { ok: true as const, id: row.id, etag: etagOf(row) };
      });
    },
    async delete(list, refs: readonly RowRef[]) {
      calls.delete += 1;
      const failed = failAll(list, refs.length);
      if (failed) return failed;
      const l = listOf(list);
      return refs.map((ref) => {
        const row = l.rows.get(ref.id);
        if (row === undefined) return { ok: false as const, id: ref.id, error: new ListStoreError(`${list.title} item ${ref.id} does not exist`, 404) };
        if (ref.etag !== '*' && ref.etag !== etagOf(row)) {
          return { ok: false as const, id: ref.id, error: new ConflictError(list.title, ref.id, toRow(row)) };
        }
        l.rows.delete(ref.id);
        return { ok: true as const, id: ref.id, etag: etagOf(row) };
      });
    },
    seed(list, rows) {
      const l = listOf(list);
      return rows.map((values) => {
        const row: StoredRow = { id: l.nextId++, version: 1, values: clone({ ...values }) as Record<string, unknown> };
        l.rows.set(row.id, row);
        return row.id;
      });
    },
    touch(list, id, changes) {
      const row = listOf(list).rows.get(id);
      if (row === undefined) throw new Error(`${titleOf(list)} has no item ${id} to touch`);
      row.values = { ...row.values, ...(clone({ ...changes }) as Record<string, unknown>) };
      row.version += 1;
    },
    failNext(error, count = 1) {
      for (let i = 0; i < count; i++) failures.push(error);
    },
    removeList(title) {
      removed.add(title);
    },
    restoreList(title) {
      removed.delete(title);
    },
    rows(list) {
      return [...listOf(list).rows.values()].map(toRow);
    },
  };
}
