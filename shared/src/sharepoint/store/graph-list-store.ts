import type { GraphFI } from '@pnp/graph';
import { GraphQueryable, graphPost } from '@pnp/graph';
import '@pnp/graph/sites';
import '@pnp/graph/lists';
import '@pnp/graph/list-item';
import type { IListItems } from '@pnp/graph/list-item';
import { body, InjectHeaders } from '@pnp/queryable';
import type { ListSchema } from '../lists/list-schema';
import type { ListQuery } from '../query/list-query';
import { compileGraphQuery } from '../query/compile-query';
import { listTimeZones, type SiteTimeZoneSource } from '../site/site-time-zone';
import { ConflictError, httpStatusOf, ListStoreError, ThrottledError, toListStoreError } from './errors';
import type { ListRow, ListStore, RowChange, RowRef, RowValues, WriteResult } from './list-store';
import { resendThrottled } from './resend-throttled';
import type { RetryPolicyOptions } from './retry-policy';
import { fromGraphItem, graphPersonIds, graphSelect, toGraphFields } from './row-values';
import { graphSitePeople } from './graph-site-people';
import { writeWithPeople } from './site-people';

export interface GraphListStoreOptions {
  /**
   * The site's zone (IANA) for date-only columns, or how to read it (once). Graph v1.0 does not
   * expose a site's regional settings (only beta `sites/{id}/settings`, format undocumented), so the
   * root that knows the site supplies it, e.g. `() => fetchSiteTimeZone(siteUrl)` over SharePoint REST.
   */
  timeZone: SiteTimeZoneSource;
  /** Requests per JSON `$batch`; Graph accepts at most 20. */
  maxBatchRequests?: number;
  /**
   * How long requests throttled *inside* a batch (a 429/503 answer to one part) are sent again,
   * each time after the Retry-After the parts asked for: `retryBudgetMs` (default 60 s; it replaces
   * the old `throttleRetries` count). The batch request itself is retried by the root's behaviors.
   */
  retryBudgetMs?: RetryPolicyOptions['retryBudgetMs'];
  onRetry?: RetryPolicyOptions['onRetry'];
  /** Injected time for the part retries (tests). */
  clock?: RetryPolicyOptions['clock'];
}

type Json = Record<string, unknown>;

interface BatchRequest {
  id: string;
  method: 'POST' | 'PATCH' | 'DELETE';
  url: string;
  headers: Record<string, string>;
  body?: Json;
}

interface BatchResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
  /** The whole `$batch` request failed (this is its error, not the part's answer). */
  wholeBatch?: boolean;
  /** Set when throttling outlasted the retry budget: the time spent waiting and retrying. */
  waitedMs?: number | null;
}

const MAX_GRAPH_BATCH = 20;
const NON_INDEXED_PREFER = 'HonorNonIndexedQueriesWarningMayFailRandomly';

const asJson = (value: unknown): Json => (typeof value === 'object' && value !== null ? (value as Json) : {});

function parseBatchResponses(value: unknown): BatchResponse[] {
  const responses = asJson(value)['responses'];
  if (!Array.isArray(responses)) throw new ListStoreError('Graph $batch answered without "responses"', 0);
  return responses.map((raw: unknown) => {
    const r = asJson(raw);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(asJson(r['headers']))) if (typeof v === 'string') headers[k.toLowerCase()] = v;
    return { id: String(r['id']), status: Number(r['status']), headers, body: r['body'] };
  });
}

function errorMessageOf(response: BatchResponse): string {
  const error = asJson(asJson(response.body)['error']);
  return typeof error['message'] === 'string' ? error['message'] : `HTTP ${response.status}`;
}

function etagOf(response: BatchResponse): string {
  const b = asJson(response.body);
  const tag = b['@odata.etag'] ?? b['eTag'] ?? response.headers['etag'];
  return typeof tag === 'string' ? tag : '';
}

/**
 * The `ListStore` over the Graph lists API with `@pnp/graph`:
 * `sites/{site}/lists/{list}/items?expand=fields(select=…)` for reads, JSON `$batch` (≤ 20) for
 * writes. Lists are found by display name once and cached.
 */
export function createGraphListStore(graph: GraphFI, siteId: string, options: GraphListStoreOptions): ListStore {
  const maxRequests = Math.min(options.maxBatchRequests ?? MAX_GRAPH_BATCH, MAX_GRAPH_BATCH);
  const retryPolicy: RetryPolicyOptions = { retryBudgetMs: options.retryBudgetMs, onRetry: options.onRetry, clock: options.clock };
  const listIds = new Map<string, Promise<string>>();
  const site = () => graph.sites.getById(siteId);
  /** The zone a list's values need: only lists with a date-only column ask for it, once. */
  const zoneFor = listTimeZones(options.timeZone);
  const people = graphSitePeople(graph, siteId);
  const hasPeople = (list: ListSchema): boolean => list.fields.some((f) => f.type === 'person');

  /** Graph items as rows, their person columns resolved through the site's users. */
  async function rowsOf(list: ListSchema, items: Json[], zone: string): Promise<ListRow[]> {
    const personOf = hasPeople(list) ? await people.lookup(items.flatMap((item) => graphPersonIds(list, item))) : undefined;
    return items.map((item) => fromGraphItem(list, item, zone, personOf));
  }

  /**
   * The list's id, found once by its URL name (Graph's `name`: `GtmRisks`), which SharePoint fixes
   * when the list is created — never by `displayName`, which a site owner can rename.
   */
  function listId(list: ListSchema): Promise<string> {
    const key = list.urlName.toLowerCase();
    let id = listIds.get(key);
    if (!id) {
      id = (async () => {
        try {
          const lists = (await site().lists.select('id', 'name', 'displayName')()) as Json[];
          const found = lists.find((l) => typeof l['name'] === 'string' && l['name'].toLowerCase() === key);
          if (!found || typeof found['id'] !== 'string') {
            throw new ListStoreError(`The site has no list at Lists/${list.urlName} ("${list.title}"): run provisioning first`, 404);
          }
          return found['id'];
        } catch (error) {
          throw toListStoreError(error, `Finding ${list.title}`);
        }
      })();
      id.catch(() => listIds.delete(key));
      listIds.set(key, id);
    }
    return id;
  }

  async function itemsOf(list: ListSchema): Promise<IListItems> {
    return site().lists.getById(await listId(list)).items;
  }

  const expandFields = (list: ListSchema): string => `fields(select=${graphSelect(list).join(',')})`;

  async function get(list: ListSchema, id: number): Promise<ListRow | null> {
    let zone: string;
    let item: Json;
    try {
      zone = await zoneFor(list);
      item = (await (await itemsOf(list)).getById(String(id)).expand(expandFields(list))()) as Json;
    } catch (error) {
      if (httpStatusOf(error) === 404) return null;
      throw toListStoreError(error, `Reading ${list.title} item ${id}`);
    }
    // Outside the 404 → null above: the site's users not being readable is not "no such item".
    return (await rowsOf(list, [item], zone))[0] ?? null;
  }


  /**
   * Sends the requests in JSON batches of ≤ 20. Parts answered 429/503 (not applied) are sent again,
   * only they, after the longest Retry-After they named, within the retry budget (`resendThrottled`);
   * a batch request that fails as a whole was already retried by the root's behaviors and is not.
   */
  async function sendBatches(requests: BatchRequest[], what: string): Promise<Map<string, BatchResponse>> {
    const sendRound = async (indices: readonly number[]): Promise<Map<number, BatchResponse>> => {
      const round = new Map<number, BatchResponse>();
      const todo = indices.map((index) => ({ index, request: requests[index] as BatchRequest }));
      for (let start = 0; start < todo.length; start += maxRequests) {
        const chunk = todo.slice(start, start + maxRequests);
        let raw: unknown;
        try {
          raw = await graphPost(GraphQueryable([graph.sites, '$batch']), body({ requests: chunk.map((c) => c.request) }));
        } catch (error) {
          const failure = toListStoreError(error, what);
          const waitedMs = failure instanceof ThrottledError ? failure.waitedMs : null;
          for (const { index, request } of chunk) {
            round.set(index, { id: request.id, status: failure.status, headers: {}, body: { error: { message: failure.message } }, wholeBatch: true, waitedMs });
          }
          continue;
        }
        const byId = new Map(chunk.map((c) => [c.request.id, c.index]));
        for (const response of parseBatchResponses(raw)) {
          const index = byId.get(response.id);
          if (index !== undefined) round.set(index, response);
        }
      }
      return round;
    };
    const throttleOf = (answer: BatchResponse) =>
      !answer.wholeBatch && (answer.status === 429 || answer.status === 503) ? { status: answer.status, retryAfter: answer.headers['retry-after'] ?? null } : null;
    const { answers, gaveUp } = await resendThrottled(requests.length, sendRound, throttleOf, retryPolicy, what);
    const byId = new Map<string, BatchResponse>();
    for (const [index, answer] of answers) {
      const request = requests[index];
      if (request === undefined) continue;
      byId.set(request.id, gaveUp !== null && throttleOf(answer) !== null ? { ...answer, waitedMs: gaveUp.waitedMs } : answer);
    }
    return byId;
  }

  async function writeBatch<T>(
    list: ListSchema,
    inputs: readonly T[],
    idOf: (input: T) => number | null,
    toRequest: (input: T, itemsUrl: string, id: string, zone: string) => BatchRequest,
    verb: string,
  ): Promise<WriteResult[]> {
    if (inputs.length === 0) return [];
    const what = `${verb} ${list.title}`;
    let itemsUrl: string;
    let zone: string;
    try {
      itemsUrl = `/sites/${siteId}/lists/${await listId(list)}/items`;
      zone = await zoneFor(list);
    } catch (error) {
      const failure = toListStoreError(error, what);
      return inputs.map((input) => ({ ok: false, id: idOf(input), error: failure }));
    }
    const requests = inputs.map((input, index) => toRequest(input, itemsUrl, String(index + 1), zone));
    const answers = await sendBatches(requests, what);
    const results: WriteResult[] = [];
    for (const [index, input] of inputs.entries()) {
      const answer = answers.get(String(index + 1));
      const knownId = idOf(input);
      if (!answer) {
        results.push({ ok: false, id: knownId, error: new ListStoreError(`${what}: no answer in the batch`, 0) });
      } else if (answer.status >= 200 && answer.status < 300) {
        const created = Number(asJson(answer.body)['id']);
        results.push({ ok: true, id: knownId ?? created, etag: etagOf(answer) });
      } else if ((answer.status === 412 || answer.status === 404) && knownId !== null) {
        // 412: a stale ETag; 404: the item was deleted (the conflict then carries no current item).
        results.push({ ok: false, id: knownId, error: new ConflictError(list.title, knownId, await get(list, knownId)) });
      } else if (answer.status === 429 || answer.status === 503) {
        const retryAfter = Number.parseInt(answer.headers['retry-after'] ?? '', 10);
        results.push({ ok: false, id: knownId, error: new ThrottledError(what, answer.status, Number.isFinite(retryAfter) ? retryAfter : null, { waitedMs: answer.waitedMs }) });
      } else {
        results.push({ ok: false, id: knownId, error: new ListStoreError(`${what}: ${errorMessageOf(answer)}`, answer.status) });
      }
    }
    return results;
  }

  const jsonHeaders = { 'Content-Type': 'application/json' };

  return {
    readAll(list: ListSchema, query?: ListQuery): AsyncIterable<ListRow[]> {
      return {
        async *[Symbol.asyncIterator]() {
          try {
            const zone = await zoneFor(list);
            const compiled = compileGraphQuery(list, query, { timeZone: zone });
            const collection = (await itemsOf(list)).expand(expandFields(list)).top(compiled.top);
            if (compiled.filter !== undefined) collection.filter(compiled.filter);
            if (compiled.orderBy !== undefined) collection.query.set('$orderby', compiled.orderBy);
            if (compiled.nonIndexed.length > 0) collection.using(InjectHeaders({ Prefer: NON_INDEXED_PREFER }));
            for await (const page of collection) {
              yield await rowsOf(list, page as Json[], zone);
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
        (row, itemsUrl, id, zone) => ({ id, method: 'POST', url: itemsUrl, headers: jsonHeaders, body: { fields: toGraphFields(list, row, zone) } }),
        'Adding to',
      ));
    },

    update(list: ListSchema, changes: readonly RowChange[]): Promise<WriteResult[]> {
      const io = { valuesOf: (c: RowChange) => c.changes, withValues: (c: RowChange, values: RowValues) => ({ ...c, changes: values }), idOf: (c: RowChange) => c.id };
      return writeWithPeople(list, changes, people, io, (ready) => writeBatch(
        list,
        ready,
        (change) => change.id,
        (change, itemsUrl, id, zone) => ({
          id,
          method: 'PATCH',
          url: `${itemsUrl}/${change.id}/fields`,
          headers: { ...jsonHeaders, 'If-Match': change.etag },
          body: toGraphFields(list, change.changes, zone),
        }),
        'Updating',
      ));
    },

    delete(list: ListSchema, refs: readonly RowRef[]): Promise<WriteResult[]> {
      return writeBatch(
        list,
        refs,
        (ref) => ref.id,
        (ref, itemsUrl, id) => ({ id, method: 'DELETE', url: `${itemsUrl}/${ref.id}`, headers: { 'If-Match': ref.etag } }),
        'Deleting from',
      );
    },
  };
}
