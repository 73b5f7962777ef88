import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { IItems } from '@pnp/sp/items';
import type { ListSchema } from '../lists/list-schema';
import type { ListQuery } from '../query/list-query';
import { compileSpQuery } from '../query/compile-query';
import { ConflictError, httpStatusOf, toListStoreError } from './errors';
import type { ListRow, ListStore, RowChange, RowRef, RowValues, WriteResult } from './list-store';
import { fromSpItem, spSelect, toSpBody } from './row-values';
import type { RetryPolicyOptions } from './retry-policy';
import { settleBatch } from './run-batch';

export interface SpListStoreOptions extends Pick<RetryPolicyOptions, 'retryBudgetMs' | 'onRetry' | 'clock'> {
  /** Requests per `$batch` (PnPjs defaults to 20; SharePoint takes 100 — pnpcore's cap). */
  maxBatchRequests?: number;
}

type Json = Record<string, unknown>;

/**
 * The `ListStore` over SharePoint REST with `@pnp/sp`. Configure `sp` once at the root (SPFx,
 * `spForWorkbench`, or `@pnp/nodejs` with MSAL): retries, digests and auth are its behaviors.
 */
export function createSpListStore(sp: SPFI, options: SpListStoreOptions = {}): ListStore {
  const maxRequests = options.maxBatchRequests ?? 100;
  const retryPolicy: RetryPolicyOptions = { retryBudgetMs: options.retryBudgetMs, onRetry: options.onRetry, clock: options.clock };
  const items = (root: SPFI, list: ListSchema): IItems => root.web.lists.getByTitle(list.title).items;

  async function get(list: ListSchema, id: number): Promise<ListRow | null> {
    try {
      const item = (await items(sp, list).getById(id).select(...spSelect(list))()) as Json;
      return fromSpItem(list, item);
    } catch (error) {
      if (httpStatusOf(error) === 404) return null;
      throw toListStoreError(error, `Reading ${list.title} item ${id}`);
    }
  }

  /** A failed write: a 412 becomes a ConflictError carrying the item as the server has it now. */
  async function failure(list: ListSchema, id: number | null, error: unknown, what: string): Promise<WriteResult> {
    if (id !== null && httpStatusOf(error) === 412) {
      return { ok: false, id, error: new ConflictError(list.title, id, await get(list, id)) };
    }
    return { ok: false, id, error: toListStoreError(error, what) };
  }

  async function writeBatch<T>(
    list: ListSchema,
    requests: readonly T[],
    idOf: (request: T) => number | null,
    send: (batchedItems: IItems, request: T) => Promise<{ id: number; etag: string | null }>,
    verb: string,
  ): Promise<WriteResult[]> {
    if (requests.length === 0) return [];
    const what = `${verb} ${list.title}`;
    // The last failure of each request (a part throttled, then re-sent, may succeed the next round).
    const failures = new Map<number, unknown>();
    const results = await settleBatch(
      requests,
      () => {
        // A fresh batch per round: throttled parts are re-sent alone (see settleBatch).
        const [batched, execute] = sp.batched({ maxRequests });
        return {
          execute,
          enqueue: async (request, index) => {
            try {
              const { id, etag } = await send(items(batched, list), request);
              failures.delete(index);
              return { ok: true, id, etag: etag ?? '' };
            } catch (error) {
              failures.set(index, error);
              return { ok: false, id: idOf(request), error: toListStoreError(error, what) };
            }
          },
        };
      },
      what,
      retryPolicy,
    );
    // Conflicts are resolved after the batch (the current item is read outside it).
    for (const [index, error] of failures) {
      const request = requests[index];
      const result = results[index];
      if (request !== undefined && result !== undefined && !result.ok && httpStatusOf(error) === 412) {
        results[index] = await failure(list, idOf(request), error, what);
      }
    }
    // A server that does not answer an update with an ETag header: read the item's new version.
    for (const [index, result] of results.entries()) {
      if (verb === 'Updating' && result.ok && result.etag === '') {
        const current = await get(list, result.id);
        results[index] = { ok: true, id: result.id, etag: current?.etag ?? '' };
      }
    }
    return results;
  }

  return {
    readAll(list: ListSchema, query?: ListQuery): AsyncIterable<ListRow[]> {
      const compiled = compileSpQuery(list, query);
      return {
        async *[Symbol.asyncIterator]() {
          const collection = items(sp, list).select(...spSelect(list)).top(compiled.top);
          if (compiled.filter !== undefined) collection.filter(compiled.filter);
          if (compiled.orderBy !== undefined) collection.query.set('$orderby', compiled.orderBy);
          try {
            for await (const page of collection) {
              yield (page as Json[]).map((item) => fromSpItem(list, item));
            }
          } catch (error) {
            throw toListStoreError(error, `Reading ${list.title}`);
          }
        },
      };
    },

    get,

    add(list: ListSchema, rows: readonly RowValues[]): Promise<WriteResult[]> {
      return writeBatch(
        list,
        rows,
        () => null,
        async (batchedItems, row) => {
          const created = (await batchedItems.add(toSpBody(list, row))) as Json;
          const etag = created['odata.etag'];
          return { id: Number(created['Id'] ?? created['ID']), etag: typeof etag === 'string' ? etag : null };
        },
        'Adding to',
      );
    },

    update(list: ListSchema, changes: readonly RowChange[]): Promise<WriteResult[]> {
      return writeBatch(
        list,
        changes,
        (change) => change.id,
        async (batchedItems, change) => {
          const result = (await batchedItems.getById(change.id).update(toSpBody(list, change.changes), change.etag)) as {
            etag?: string | null;
          };
          return { id: change.id, etag: result.etag ?? null };
        },
        'Updating',
      );
    },

    delete(list: ListSchema, refs: readonly RowRef[]): Promise<WriteResult[]> {
      return writeBatch(
        list,
        refs,
        (ref) => ref.id,
        async (batchedItems, ref) => {
          await batchedItems.getById(ref.id).delete(ref.etag);
          return { id: ref.id, etag: ref.etag };
        },
        'Deleting from',
      );
    },
  };
}
