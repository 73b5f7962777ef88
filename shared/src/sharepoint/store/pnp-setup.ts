import { spfi, DefaultHeaders as SpDefaultHeaders, DefaultInit as SpDefaultInit, RequestDigest } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import { graphfi, DefaultHeaders as GraphDefaultHeaders, DefaultInit as GraphDefaultInit } from '@pnp/graph';
import type { GraphFI } from '@pnp/graph';
import { BearerToken, DefaultParse } from '@pnp/queryable';
import type { RetryPolicyOptions } from './retry-policy';
import { RetryWithinBudget } from './retry-within-budget';

/**
 * PnPjs configured once, at the root, for Node and the workbench. `RetryWithinBudget` sends with
 * the global `fetch` (Node 20 has one) and re-sends what SharePoint or Graph throttled, honouring
 * `Retry-After`, within a time budget; `RequestDigest` fetches `_api/contextinfo` before the first
 * write. Repositories never configure PnPjs themselves.
 */
export interface PnpSetupOptions extends RetryPolicyOptions {
  /**
   * @deprecated The budget decides (`retryBudgetMs`). When given, also stop after this many retries
   * of one request (the old `BrowserFetchWithRetry` count).
   */
  retries?: number;
  /** @deprecated Use `initialBackoffMs`: the first back-off in ms when the server sends no Retry-After. */
  interval?: number;
}

function retryBehavior(options: PnpSetupOptions) {
  const { retries, interval, ...policy } = options;
  return RetryWithinBudget({ ...policy, initialBackoffMs: policy.initialBackoffMs ?? interval, maxRetries: retries });
}

/** The workbench's SharePoint site under its base URL: `http://127.0.0.1:4321` → `…/sites/gtm`. */
export function workbenchSiteUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/sites/gtm`;
}

/** The workbench's Graph root under its base URL: `http://127.0.0.1:4321` → `…/graph/v1.0`. */
export function workbenchGraphUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/graph/v1.0`;
}

/**
 * `spfi(siteUrl)` with the SPBrowser behaviors (as SPFx uses them, minus the SPFx context).
 * @param siteUrl the site, e.g. `http://127.0.0.1:4321/sites/gtm` (`workbenchSiteUrl(url)`).
 */
export function spForWorkbench(siteUrl: string, options: PnpSetupOptions = {}): SPFI {
  return spfi(siteUrl).using(
    SpDefaultInit(),
    SpDefaultHeaders(),
    retryBehavior(options),
    DefaultParse(),
    RequestDigest(),
  );
}

/**
 * `graphfi()` against a Graph root with a bearer token (the workbench issues dev tokens at
 * `GET /_workbench/token`; production uses `GraphDefault`/MSAL or `GraphSPFx`).
 * @param graphUrl e.g. `http://127.0.0.1:4321/graph/v1.0` (`workbenchGraphUrl(url)`).
 */
export function graphForWorkbench(graphUrl: string, token: string, options: PnpSetupOptions = {}): GraphFI {
  return graphfi().using(
    GraphDefaultInit(graphUrl.replace(/\/+$/, '')),
    GraphDefaultHeaders(),
    BearerToken(token),
    retryBehavior(options),
    DefaultParse(),
  );
}
