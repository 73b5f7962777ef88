import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/regional-settings/web';
import '@pnp/sp/site-users/web';
import type { IItems } from '@pnp/sp/items';
import type { ListSchema } from '../lists/list-schema';
import type { ListQuery } from '../query/list-query';
import { compileSpQuery } from '../query/compile-query';
import { ianaOfRegionalTimeZone, listTimeZones, type SiteTimeZoneSource } from '../site/site-time-zone';
import { ConflictError, httpStatusOf, toListStoreError } from './errors';
import type { ListRow, ListStore, RowChange, RowRef, RowValues, WriteResult } from './list-store';
import { fromSpItem, spExpand, spSelect, toSpBody } from './row-values';
import { memoisedPeople, PersonNotFoundError, type SitePeople, writeWithPeople } from './site-people';
import type { RetryPolicyOptions } from './retry-policy';
import { settleBatch } from './run-batch';
import { listUrlUnder, webServerRelativeUrl } from '../provision/list-url';

export interface SpListStoreOptions extends Pick<RetryPolicyOptions, 'retryBudgetMs' | 'onRetry' | 'clock'> {
  /** Requests per `$batch` (PnPjs defaults to 20; SharePoint takes 100 — pnpcore's cap). */
  maxBatchRequests?: number;
  /**
   * The site's zone (IANA) for date-only columns. By default it is read once from the site's
   * regional settings (`_api/web/regionalsettings/timezone`), the first time a list with a
   * date-only column is read or written.
   */
  timeZone?: SiteTimeZoneSource;
}

/**
 * The server-relative URL of a list under the web `sp` points at: `/sites/gtm/Lists/GtmRisks`.
 * Lists are addressed by URL (`web.getList`), which SharePoint fixes at creation, never by title,
 * which any site owner can rename. `sp` must carry an absolute site URL (SPFx: `spfi(absoluteUrl)`).
 * @example listServerRelativeUrl(spfi('https://contoso.sharepoint.com/sites/gtm'), RISK_REGISTER_LIST)
 *   // '/sites/gtm/Lists/GtmRisks'
 */
export function listServerRelativeUrl(sp: SPFI, list: ListSchema): string {
  return listUrlUnder(webServerRelativeUrl(sp), list.urlName);
}

type Json = Record<string, unknown>;

/**
 * People through `web/ensureuser`, which makes a directory user a site user (or finds them) and
 * answers the id a person column stores. An e-mail nobody in the directory has fails with
 * SharePoint's 500 "The specified user … could not be found." (pnp/powershell#4143).
 */
export function spSitePeople(sp: SPFI): SitePeople {
  return memoisedPeople(async (email) => {
    try {
      return (await sp.web.ensureUser(email)).Id;
    } catch (error) {
      const status = httpStatusOf(error);
      if (status === 500 || status === 404 || status === 400) {
        throw new PersonNotFoundError(email, `${email} is not a person in your organisation's directory: use the e-mail of someone the directory knows (the people picker offers only those)`);
      }
      throw toListStoreError(error, `Adding ${email} to the site`);
    }
  });
}

/** A query's items with each person column expanded (`$expand=GtmOwner`), as `spSelect` needs. */
function withExpand<T extends { expand(...names: string[]): T }>(query: T, list: ListSchema): T {
  const expand = spExpand(list);
  return expand.length > 0 ? query.expand(...expand) : query;
}

/** 412: the ETag is stale; 404: the item is gone. Both mean "someone else changed it". */
const isItemConflict = (status: number | undefined): boolean => status === 412 || status === 404;

/**
 * The `ListStore` over SharePoint REST with `@pnp/sp`. Configure `sp` once at the root (SPFx,
 * `spForWorkbench`, or `@pnp/nodejs` with MSAL): retries, digests and auth are its behaviors.
 */
export function createSpListStore(sp: SPFI, options: SpListStoreOptions = {}): ListStore {
  const maxRequests = options.maxBatchRequests ?? 100;
  const retryPolicy: RetryPolicyOptions = { retryBudgetMs: options.retryBudgetMs, onRetry: options.onRetry, clock: options.clock };
  const items = (root: SPFI, list: ListSchema): IItems => root.web.getList(listServerRelativeUrl(sp, list)).items;
  /** The zone a list's values need: only lists with a date-only column ask the site, once. */
  const zoneFor = listTimeZones(options.timeZone ?? (async () => ianaOfRegionalTimeZone(await sp.web.regionalSettings.timeZone())));
  const people = spSitePeople(sp);

  async function get(list: ListSchema, id: number): Promise<ListRow | null> {
    try {
      const zone = await zoneFor(list);
      const item = (await withExpand(items(sp, list).getById(id).select(...spSelect(list)), list)()) as Json;
      return fromSpItem(list, item, zone);
    } catch (error) {
      if (httpStatusOf(error) === 404) return null;
      throw toListStoreError(error, `Reading ${list.title} item ${id}`);
    }
  }

  /**
   * A failed write: a 412 becomes a ConflictError carrying the item as the server has it now, and a
   * 404 on an item someone deleted a ConflictError with no current item (as the memory store does).
   */
  async function failure(list: ListSchema, id: number | null, error: unknown, what: string): Promise<WriteResult> {
    if (id !== null && isItemConflict(httpStatusOf(error))) {
      return { ok: false, id, error: new ConflictError(list.title, id, await get(list, id)) };
    }
    return { ok: false, id, error: toListStoreError(error, what) };
  }

  async function writeBatch<T>(
    list: ListSchema,
    requests: readonly T[],
    idOf: (request: T) => number | null,
    send: (batchedItems: IItems, request: T, zone: string) => Promise<{ id: number; etag: string | null }>,
    verb: string,
  ): Promise<WriteResult[]> {
    if (requests.length === 0) return [];
    const what = `${verb} ${list.title}`;
    let zone: string;
    try {
      zone = await zoneFor(list);
    } catch (error) {
      const failure = toListStoreError(error, what);
      return requests.map((request) => ({ ok: false, id: idOf(request), error: failure }));
    }
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
              const { id, etag } = await send(items(batched, list), request, zone);
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
      if (request !== undefined && result !== undefined && !result.ok && isItemConflict(httpStatusOf(error))) {
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
      return {
        async *[Symbol.asyncIterator]() {
          let zone: string;
          try {
            zone = await zoneFor(list);
          } catch (error) {
            throw toListStoreError(error, `Reading ${list.title}`);
          }
          const compiled = compileSpQuery(list, query, { timeZone: zone });
          const collection = withExpand(items(sp, list).select(...spSelect(list)), list).top(compiled.top);
          if (compiled.filter !== undefined) collection.filter(compiled.filter);
          if (compiled.orderBy !== undefined) collection.query.set('$orderby', compiled.orderBy);
          try {
            for await (const page of collection) {
              yield (page as Json[]).map((item) => fromSpItem(list, item, zone));
            }
          } catch (error) {
            throw toListStoreError(error, `Reading ${list.title}`);
          }
        },
      };
    },

    get,

    add(list: ListSchema, rows: readonly RowValues[]): Promise<WriteResult[]> {
      const io = { valuesOf: (row: RowValues) => row, withValues: (_row: RowValues, values: RowValues) => values, idOf: () => null };
      return writeWithPeople(list, rows, people, io, (ready) => writeBatch(
        list,
        ready,
        () => null,
        async (batchedItems, row, zone) => {
          const created = (await batchedItems.add(toSpBody(list, row, zone))) as Json;
          const etag = created['odata.etag'];
          return { id: Number(created['Id'] ?? created['ID']), etag: typeof etag === 'string' ? etag : null };
        },
        'Adding to',
      ));
    },

    update(list: ListSchema, changes: readonly RowChange[]): Promise<WriteResult[]> {
      const io = { valuesOf: (c: RowChange) => c.changes, withValues: (c: RowChange, values: RowValues) => ({ ...c, changes: values }), idOf: (c: RowChange) => c.id };
      return writeWithPeople(list, changes, people, io, (ready) => writeBatch(
        list,
        ready,
        (change) => change.id,
        async (batchedItems, change, zone) => {
          const result = (await batchedItems.getById(change.id).update(toSpBody(list, change.changes, zone), change.etag)) as {
            etag?: string | null;
          };
          return { id: change.id, etag: result.etag ?? null };
        },
        'Updating',
      ));
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
