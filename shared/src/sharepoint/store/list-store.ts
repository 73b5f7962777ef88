import type { ListSchema } from '../lists/list-schema';
import type { ListQuery } from '../query/list-query';
import type { ListStoreError } from './errors';
import type { PersonValue } from './site-people';

/**
 * A value written to a column (see `FieldSchema` for each type's form): text, numbers, booleans,
 * ISO date strings, string arrays (multi-choice), lookup ids, people (`PersonValue`; several for a
 * multi-person column), or null to clear.
 */
export type FieldValue = string | number | boolean | readonly string[] | PersonValue | readonly PersonValue[] | null;

/** Column values keyed by internal name (`Title`, `GtmStatus`, a lookup by its own name `GtmKpi`). */
export type RowValues = Readonly<Record<string, FieldValue>>;

/**
 * One list item as read, the same over SharePoint REST and Graph. Values are as the server sent
 * them, normalised (lookup ids are numbers under the lookup's name) but not validated: mappers
 * validate with zod and report what does not fit.
 */
export interface ListRow {
  id: number;
  /** Opaque version tag to send back with an update or delete. */
  etag: string;
  values: Readonly<Record<string, unknown>>;
}

export interface RowChange {
  id: number;
  /** The ETag read with the item; `*` overwrites whatever is there (use only when that is the intent). */
  etag: string;
  changes: RowValues;
}

export interface RowRef {
  id: number;
  etag: string;
}

/** The outcome of one write in a batch: the item's id and new ETag, or why it failed. */
export type WriteResult = { ok: true; id: number; etag: string } | { ok: false; id: number | null; error: ListStoreError };

/**
 * The list data port. Reads page through `top(5000)` and select only the schema's columns; writes
 * go out in batches and answer per item, in input order (a 412 answers with a `ConflictError`
 * holding the server's current item; throttling after retries with a `ThrottledError`).
 */
export interface ListStore {
  /** Pages of at most `query.top` (default 5000) items, following next links to the end. */
  readAll(list: ListSchema, query?: ListQuery): AsyncIterable<ListRow[]>;
  /** The item, or null when there is none with that id. */
  get(list: ListSchema, id: number): Promise<ListRow | null>;
  add(list: ListSchema, rows: readonly RowValues[]): Promise<WriteResult[]>;
  update(list: ListSchema, changes: readonly RowChange[]): Promise<WriteResult[]>;
  delete(list: ListSchema, items: readonly RowRef[]): Promise<WriteResult[]>;
}

/** Every row of every page, for callers that want one array. */
export async function readAllRows(store: ListStore, list: ListSchema, query?: ListQuery): Promise<ListRow[]> {
  const rows: ListRow[] = [];
  for await (const page of store.readAll(list, query)) rows.push(...page);
  return rows;
}

/** The results' successes, or the first failure thrown (for callers writing one item at a time). */
export function unwrapWrites(results: readonly WriteResult[]): { id: number; etag: string }[] {
  return results.map((result) => {
    if (!result.ok) throw result.error;
    return { id: result.id, etag: result.etag };
  });
}
