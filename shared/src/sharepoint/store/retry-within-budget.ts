import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import { ThrottledError } from './errors';
import { createRetryBudget, isRetryableStatus, retryAfterMs, type RetryPolicyOptions } from './retry-policy';

/** The parts of a fetch Response this behavior reads (shared/ compiles without DOM types). */
interface FetchedResponse {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
}

interface FetchInit {
  method?: string;
}

type FetchFn = (url: string, init: FetchInit) => Promise<FetchedResponse>;

export interface RetryWithinBudgetOptions extends RetryPolicyOptions {
  /**
   * Deprecated: a cap on retries per request, on top of the budget (the old `BrowserFetchWithRetry`
   * count). Leave it out: the budget decides.
   */
  maxRetries?: number;
  /** The fetch to call (tests); default the global `fetch`. */
  fetch?: FetchFn;
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS']);

function globalFetch(): FetchFn {
  const candidate = (globalThis as { fetch?: FetchFn }).fetch;
  if (typeof candidate !== 'function') throw new Error('No global fetch: run on Node 18 or later, or pass options.fetch');
  return candidate.bind(globalThis);
}

/** `GET /sites/gtm/_api/web/lists` — the request as a person reads it (no host, no query). */
function describe(method: string, url: string): string {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  return `${method} ${path || '/'}`;
}

/**
 * A PnPjs behavior that sends each request with `fetch` and, while SharePoint or Graph answers
 * 429 or 503 (or 504 to a read), waits what `Retry-After` asks (else an exponential back-off with
 * jitter) and sends it again — until one more wait would go past the time budget (default 60 s).
 * Then it raises a `ThrottledError` saying how long it waited. It replaces PnPjs's
 * `BrowserFetchWithRetry`, which stops after a count (3) whatever the server asked.
 *
 * Writes are never sent twice unless the server said it did not apply them: 429 and 503 mean "not
 * done" (SharePoint "Avoid getting throttled or blocked in SharePoint Online"; Graph "Throttling
 * guidance"), so they are re-sent for any method; a 504 or a dropped connection may come after the
 * write was applied, so only reads are re-sent then.
 *
 * @example
 * spfi(siteUrl).using(SPDefaultInit(), SPDefaultHeaders(), RetryWithinBudget({ retryBudgetMs: 60_000 }), DefaultParse(), RequestDigest())
 */
export function RetryWithinBudget(options: RetryWithinBudgetOptions = {}): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.send.clear();
    const send = async (url: { toString(): string }, init: FetchInit): Promise<FetchedResponse> => {
      const fetchFn = options.fetch ?? globalFetch();
      const href = url.toString();
      const method = (init.method ?? 'GET').toUpperCase();
      const request = describe(method, href);
      const idempotent = IDEMPOTENT.has(method);
      const budget = createRetryBudget(options);
      for (;;) {
        let response: FetchedResponse;
        try {
          response = await fetchFn(href, init);
        } catch (error) {
          // A dropped connection: a read can go again; a write might have landed, so it cannot.
          if (!idempotent || (error instanceof Error && /AbortError/.test(error.name))) throw error;
          const decision = budget.next(0, null, request);
          if (!decision.retry || exhausted(budget.retries, options.maxRetries)) throw error;
          await budget.clock.sleep(decision.waitMs);
          continue;
        }
        if (response.ok || !isRetryableStatus(response.status) || (response.status === 504 && !idempotent)) return response;
        const retryAfter = response.headers.get('Retry-After');
        const decision = exhausted(budget.retries, options.maxRetries)
          ? { retry: false as const, waitedMs: budget.elapsedMs(), askedMs: null }
          : budget.next(response.status, retryAfter, request);
        if (!decision.retry) {
          const askedMs = retryAfterMs(retryAfter, budget.clock.now());
          const seconds = askedMs === null ? null : askedMs / 1000;
          throw new ThrottledError(request, response.status, seconds, { waitedMs: decision.waitedMs, retries: budget.retries, request });
        }
        await budget.clock.sleep(decision.waitMs);
      }
    };
    // The observer returns the fetch Response itself; typed by the parts read here (no DOM types in shared/).
    instance.on.send(send as unknown as Parameters<typeof instance.on.send>[0]);
    return instance;
  };
}

function exhausted(retries: number, maxRetries: number | undefined): boolean {
  return maxRetries !== undefined && retries >= maxRetries;
}
