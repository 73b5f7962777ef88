import { spfi, DefaultHeaders as SpDefaultHeaders, DefaultInit as SpDefaultInit, RequestDigest } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import { graphfi, DefaultHeaders as GraphDefaultHeaders, DefaultInit as GraphDefaultInit } from '@pnp/graph';
import type { GraphFI } from '@pnp/graph';
import { BearerToken, BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';

/**
 * PnPjs configured once, at the root, for Node and the workbench. Node 20 has a global `fetch`,
 * so the browser behaviors work as they are: `BrowserFetchWithRetry` retries 429/503/504,
 * honouring `Retry-After` (else 200 ms doubling); `RequestDigest` fetches `_api/contextinfo`
 * before the first write. Repositories never configure PnPjs themselves.
 */
export interface PnpSetupOptions {
  /** Attempts per request (PnPjs default 3); after the last, the store raises `ThrottledError`. */
  retries?: number;
  /** First back-off in ms when the server sends no Retry-After (PnPjs default 200). */
  interval?: number;
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
    BrowserFetchWithRetry({ retries: options.retries ?? 3, interval: options.interval ?? 200 }),
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
    BrowserFetchWithRetry({ retries: options.retries ?? 3, interval: options.interval ?? 200 }),
    DefaultParse(),
  );
}
