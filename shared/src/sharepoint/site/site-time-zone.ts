/**
 * Where a ListStore learns its site's time zone, read once per site.
 *
 * SharePoint REST answers it (`GET _api/web/regionalsettings/timezone`). Graph v1.0 has no such
 * resource (only beta `GET /sites/{id}/settings`, whose `timeZone` format is undocumented), so a
 * Graph store is handed its zone by the root that configures it: an IANA name, or a function that
 * reads the site's regional settings some other way (`fetchSiteTimeZone`).
 */
import { hasDateOnlyFields, type ListSchema } from '../lists/list-schema';
import { createRetryBudget, isRetryableStatus, type RetryPolicyOptions } from '../store/retry-policy';
import { ThrottledError, toListStoreError } from '../store/errors';
import { spTimeZoneById } from './time-zones';

/** An IANA zone name, or how to get it (called once; a failed read is retried on the next call). */
export type SiteTimeZoneSource = string | (() => Promise<string>);

type Json = Record<string, unknown>;

/** The part of `fetch` this needs (shared compiles without the DOM library). */
export type FetchLike = (
  url: string,
  init: { headers: Record<string, string> },
) => Promise<{ ok: boolean; status: number; headers: { get(name: string): string | null }; json(): Promise<unknown> }>;

/**
 * The IANA zone of a `regionalsettings/timezone` answer (verbose, minimal or no metadata).
 * @example ianaOfRegionalTimeZone({ Id: 17, Description: '(UTC+12:00) Auckland, Wellington' }) // 'Pacific/Auckland'
 */
export function ianaOfRegionalTimeZone(answer: unknown): string {
  const json = typeof answer === 'object' && answer !== null ? (answer as Json) : {};
  const body = typeof json['d'] === 'object' && json['d'] !== null ? (json['d'] as Json) : json;
  const id = Number(body['Id']);
  const zone = Number.isInteger(id) ? spTimeZoneById(id) : undefined;
  if (!zone) {
    const description = typeof body['Description'] === 'string' ? ` ("${body['Description']}")` : '';
    throw new Error(
      `The site's time zone (Id ${String(body['Id'])}${description}) is not in the suite's table of SharePoint time zones: ` +
        'add it to shared/src/sharepoint/site/time-zones.ts, or set the site to another zone in Site settings > Regional settings.',
    );
  }
  return zone.iana;
}

/**
 * Reads a site's zone over plain SharePoint REST (for roots that talk Graph to the same site, such as
 * the Teams tab and the Excel task pane against the workbench). A throttled answer (429/503/504) is
 * asked again after its Retry-After, within the retry budget, like every other request.
 * @example await fetchSiteTimeZone('http://127.0.0.1:4321/sites/gtm') // 'UTC'
 */
export async function fetchSiteTimeZone(siteUrl: string, fetchImpl?: FetchLike, retry: RetryPolicyOptions = {}): Promise<string> {
  const doFetch = fetchImpl ?? (globalThis as unknown as { fetch: FetchLike }).fetch;
  const url = `${siteUrl.replace(/\/+$/, '')}/_api/web/regionalsettings/timezone`;
  const budget = createRetryBudget(retry);
  for (;;) {
    const response = await doFetch(url, { headers: { Accept: 'application/json;odata=nometadata' } });
    if (response.ok) return ianaOfRegionalTimeZone(await response.json());
    if (!isRetryableStatus(response.status)) throw new Error(`Reading the site's time zone (${url}) failed: HTTP ${response.status}`);
    const decision = budget.next(response.status, response.headers.get('retry-after'), `GET ${url}`);
    if (!decision.retry) {
      throw new ThrottledError("Reading the site's time zone", response.status === 503 ? 503 : 429, null, { waitedMs: decision.waitedMs });
    }
    await budget.clock.sleep(decision.waitMs);
  }
}

/** A source read at most once: concurrent callers share one request; a failure is not remembered. */
export function onceTimeZone(source: SiteTimeZoneSource): () => Promise<string> {
  if (typeof source === 'string') {
    const fixed = Promise.resolve(source);
    return () => fixed;
  }
  let pending: Promise<string> | undefined;
  return () => {
    if (!pending) {
      pending = source();
      pending.catch(() => {
        pending = undefined;
      });
    }
    return pending;
  };
}

/**
 * What a ListStore asks before it reads or writes a list: the site's zone, read once from `source`,
 * for lists with a date-only column; UTC (no request) for the others. A failed read is a
 * `ListStoreError` ("Reading the site's time zone: …") and is tried again next time.
 * @example const zoneFor = listTimeZones('Pacific/Auckland'); await zoneFor(GTM_ACTIONS_LIST) // 'Pacific/Auckland'
 */
export function listTimeZones(source: SiteTimeZoneSource): (list: ListSchema) => Promise<string> {
  const siteZone = onceTimeZone(source);
  return async (list) => {
    if (!hasDateOnlyFields(list)) return 'UTC';
    try {
      return await siteZone();
    } catch (error) {
      throw toListStoreError(error, "Reading the site's time zone");
    }
  };
}
