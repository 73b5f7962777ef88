import type { ListSchema } from '../lists/list-schema';
import type { ListQuery } from '../query/list-query';
import type { MapResult } from '../rows/row-mapping';
import type { ListRow, ListStore, RowValues, WriteResult } from '../store/list-store';
import type { SaveResult } from './save-result';
import { notWritable, saveFailed, saveResultOf } from './save-result';
import { withTextLimits } from './text-limit-guard';

export type { SaveConflict, SaveFailed, SaveResult, SaveSaved } from './save-result';
export { saveFailureMessage } from './save-result';

/** What a read returns: the valid items, and every row that did not map — never dropped, never fatal. */
export interface ReadResult<T> {
  items: T[];
  invalid: { id: number; errors: string[] }[];
  /** Each item's ETag by item id (as a string, the domain's `id`), to send back with an update. */
  etags: ReadonlyMap<string, string>;
}

/** One item as stored: its list item id and ETag (what an update needs) next to the entity. */
export interface StoredItem<T> {
  itemId: number;
  etag: string;
  entity: T;
}

/** `read` with each item's id and ETag beside it, for entities whose `id` is not the item id (deals). */
export interface StoredReadResult<T> {
  items: StoredItem<T>[];
  invalid: { id: number; errors: string[] }[];
}

export interface Repository<T> {
  readonly list: ListSchema;
  /** All items (paged underneath, 5,000 per request), optionally filtered and ordered. */
  read(query?: ListQuery): Promise<ReadResult<T>>;
  /** Like `read`, each item with its list item id and ETag (an update takes `String(itemId)` as `id`). */
  readStored(query?: ListQuery): Promise<StoredReadResult<T>>;
  /** One item with its ETag; null when there is none; `invalid` when it does not map. */
  get(id: string): Promise<{ item: T; etag: string } | { invalid: string[] } | null>;
  /** Adds the entities (their `id` is ignored: SharePoint assigns it); per-item results, in order. */
  add(entities: readonly T[]): Promise<WriteResult[]>;
  /**
   * Updates with the ETag read; a stale one answers with a `ConflictError` holding the server's item.
   * `id` is the list item id (the entity's own id for most lists; `String(itemId)` from `readStored` for deals).
   */
  update(changes: readonly { id: string; etag: string; entity: T }[]): Promise<WriteResult[]>;
  delete(refs: readonly { id: string; etag: string }[]): Promise<WriteResult[]>;
  /**
   * Adds one entity and answers one typed result (never throws): saved with the new item id, ETag
   * and the entity as stored (its `id` set to the item id where that is its id), or failed with a
   * message the user can act on. A list with a natural key may answer conflict (see measurements).
   * @example
   *   const result = await risks.saveNew(risk);
   *   // { kind: 'saved', itemId: 6, etag: '"6,1"', entity: { ...risk, id: '6' } }
   */
  saveNew(entity: T): Promise<SaveResult<T>>;
  /**
   * Updates item `itemId` with the ETag it was read with and answers one typed result: saved (the
   * new ETag), conflict (someone else's version, already mapped to `T`, with its ETag — nothing is
   * overwritten), or failed (a message the user can act on). Never throws.
   * @example
   *   await risks.saveChanges({ itemId: 4, etag: '"4,1"', entity: risk });
   *   // { kind: 'saved', itemId: 4, etag: '"4,2"', entity: risk }
   *   // after someone else saved item 4: { kind: 'conflict', itemId: 4, theirs: { …their risk }, etag: '"4,2"' }
   */
  saveChanges(change: StoredItem<T>): Promise<SaveResult<T>>;
}

export interface EntityMapping<T> {
  list: ListSchema;
  toEntity(row: ListRow): MapResult<T>;
  toRow(entity: T): RowValues;
  /**
   * The entity once SharePoint has given it an item id, for lists whose domain id is the item id
   * (`withItemIdAsId`); leave it out where the id is a natural key (deals) or there is none.
   */
  withItemId?(entity: T, itemId: number): T;
}

/** `withItemId` for the entities whose `id` is their list item id, as a string. */
export function withItemIdAsId<T extends { id: string }>(entity: T, itemId: number): T {
  return { ...entity, id: String(itemId) };
}

function itemId(id: string): number {
  const parsed = Number(id);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`Not a list item id: ${JSON.stringify(id)}`);
  return parsed;
}

export function createRepository<T>(store: ListStore, mapping: EntityMapping<T>): Repository<T> {
  const { list } = mapping;
  // An over-long text is refused before any request, with a failed result naming row and field.
  store = withTextLimits(store);
  return {
    list,
    async read(query?: ListQuery): Promise<ReadResult<T>> {
      const result: ReadResult<T> & { etags: Map<string, string> } = { items: [], invalid: [], etags: new Map() };
      for await (const page of store.readAll(list, query)) {
        for (const row of page) {
          const mapped = mapping.toEntity(row);
          if (mapped.ok) {
            result.items.push(mapped.value);
            result.etags.set(String(row.id), row.etag);
          } else {
            result.invalid.push({ id: row.id, errors: mapped.errors });
          }
        }
      }
      return result;
    },
    async readStored(query?: ListQuery): Promise<StoredReadResult<T>> {
      const result: StoredReadResult<T> = { items: [], invalid: [] };
      for await (const page of store.readAll(list, query)) {
        for (const row of page) {
          const mapped = mapping.toEntity(row);
          if (mapped.ok) result.items.push({ itemId: row.id, etag: row.etag, entity: mapped.value });
          else result.invalid.push({ id: row.id, errors: mapped.errors });
        }
      }
      return result;
    },
    async get(id: string) {
      const row = await store.get(list, itemId(id));
      if (!row) return null;
      const mapped = mapping.toEntity(row);
      return mapped.ok ? { item: mapped.value, etag: row.etag } : { invalid: mapped.errors };
    },
    add(entities) {
      return store.add(list, entities.map((e) => mapping.toRow(e)));
    },
    update(changes) {
      return store.update(
        list,
        changes.map((c) => ({ id: itemId(c.id), etag: c.etag, changes: mapping.toRow(c.entity) })),
      );
    },
    delete(refs) {
      return store.delete(list, refs.map((r) => ({ id: itemId(r.id), etag: r.etag })));
    },
    async saveNew(entity: T): Promise<SaveResult<T>> {
      let row: RowValues;
      try {
        row = mapping.toRow(entity);
      } catch (error) {
        return notWritable(list, error);
      }
      try {
        const [result] = await store.add(list, [row]);
        const stored = (id: number): T => (mapping.withItemId ? mapping.withItemId(entity, id) : entity);
        return saveResultOf(list, result, stored, mapping.toEntity, null);
      } catch (error) {
        return saveFailed(list, error, null);
      }
    },
    async saveChanges(change: StoredItem<T>): Promise<SaveResult<T>> {
      let row: RowValues;
      try {
        row = mapping.toRow(change.entity);
      } catch (error) {
        return notWritable(list, error);
      }
      try {
        const [result] = await store.update(list, [{ id: change.itemId, etag: change.etag, changes: row }]);
        return saveResultOf(list, result, () => change.entity, mapping.toEntity, change.itemId);
      } catch (error) {
        return saveFailed(list, error, change.itemId);
      }
    },
  };
}
