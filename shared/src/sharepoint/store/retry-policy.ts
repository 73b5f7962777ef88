/**
 * How long to wait before sending a throttled request again, and whether the time budget still
 * allows it. Pure: the clock, the sleep and the randomness are passed in, so tests need no timers.
 *
 * Why a budget and not a count: SharePoint Online and Graph say how long to wait (`Retry-After`,
 * seconds) and ask clients to wait exactly that and retry until the request gets through
 * ("Avoid getting throttled or blocked in SharePoint Online"; Graph "Throttling guidance": "Continue
 * to use the recommended Retry-After delay and retry the request until it succeeds"). Three retries
 * of one second each give up after three seconds of a throttle that lasts ten; a budget of 60 s
 * rides it out, and still ends a command that would otherwise wait for ever.
 */

import { delay } from '@pnp/core';

/** The parts of time a retry loop uses; `systemClock` in production, a fake in tests. */
export interface RetryClock {
  /** Milliseconds since some fixed point (only differences are used). */
  now(): number;
  sleep(ms: number): Promise<void>;
  /** [0, 1), for the jitter of the back-off. */
  random(): number;
}

/** Real time (`delay` is PnPjs's setTimeout promise: shared/ compiles without DOM or Node types). */
export const systemClock: RetryClock = {
  now: () => Date.now(),
  sleep: (ms) => delay(ms),
  random: () => Math.random(),
};

export interface RetryPolicyOptions {
  /** Total time a request (or a batch's throttled parts) may spend waiting and retrying. Default 60,000 ms. */
  retryBudgetMs?: number;
  /** First back-off when the server sends no `Retry-After` (doubles each retry). Default 200 ms, as PnPjs. */
  initialBackoffMs?: number;
  /** Longest single back-off without a `Retry-After`. Default 30,000 ms. */
  maxBackoffMs?: number;
  /** Called before each wait (to count retries, or log them). */
  onRetry?: (event: RetryEvent) => void;
  /** Injected time (tests); default `systemClock`. */
  clock?: RetryClock;
}

/** One retry about to happen: the status that caused it, the wait, and the how-manyth retry it is (1, 2, …). */
export interface RetryEvent {
  status: number;
  waitMs: number;
  retry: number;
  /** What is retried: `GET …/items`, or `3 parts of a $batch`. */
  what: string;
}

export const DEFAULT_RETRY_BUDGET_MS = 60_000;
const DEFAULT_INITIAL_BACKOFF_MS = 200;
const DEFAULT_MAX_BACKOFF_MS = 30_000;

/** Statuses that mean "not done, come back later": throttled (429), busy (503), gateway timeout (504). */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 503 || status === 504;
}

/**
 * The wait a `Retry-After` header asks for, in ms: delay-seconds or an HTTP-date (RFC 9110 §10.2.3).
 * Fractions of a second are accepted (the workbench sends `0.5` in tests). Null when absent or unreadable.
 *
 * @example
 * retryAfterMs('2', 0)                                                   // → 2000
 * retryAfterMs('Wed, 21 Oct 2026 07:28:05 GMT', Date.parse('2026-10-21T07:28:00Z')) // → 5000
 * retryAfterMs('Wed, 21 Oct 2026 07:27:00 GMT', Date.parse('2026-10-21T07:28:00Z')) // → 0 (already past)
 * retryAfterMs('soon', 0)                                                // → null
 */
export function retryAfterMs(header: string | null | undefined, nowMs: number): number | null {
  if (header === null || header === undefined) return null;
  const text = header.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // An HTTP-date always names a weekday and a month; a bare number was handled above.
  if (!/[a-z]{3}/i.test(text)) return null;
  const at = Date.parse(text);
  return Number.isFinite(at) ? Math.max(0, at - nowMs) : null;
}

/**
 * Exponential back-off with jitter for a server that said nothing about when to come back: the
 * `retry`th retry (1, 2, …) waits between half and all of `initial × 2^(retry-1)`, capped at `max`.
 * The jitter keeps many clients throttled at once from coming back at the same instant.
 *
 * @example
 * backoffMs(1, 200, 30_000, 0)    // → 100   (half of 200)
 * backoffMs(1, 200, 30_000, 0.99) // → 199
 * backoffMs(4, 200, 30_000, 0.5)  // → 1200  (1600 × 0.75)
 * backoffMs(20, 200, 30_000, 0)   // → 15000 (capped at 30 s, then halved)
 */
export function backoffMs(retry: number, initialMs: number, maxMs: number, random: number): number {
  const ceiling = Math.min(maxMs, initialMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(ceiling / 2 + (ceiling / 2) * random);
}

/** What to do after a throttled answer: wait and retry, or stop because the budget would run out. */
export type RetryDecision = { retry: true; waitMs: number } | { retry: false; waitedMs: number; askedMs: number | null };

/**
 * Budget bookkeeping for one request, or for one batch's throttled parts: started when created,
 * asked after each throttled answer whether one more wait fits.
 */
export interface RetryBudget {
  /**
   * After a throttled answer (`retryAfter` is the header's value, if any): retry after the wait it
   * names (else the back-off), if the time spent so far plus that wait stays within the budget.
   */
  next(status: number, retryAfter: string | null | undefined, what: string): RetryDecision;
  /** Milliseconds since the first attempt. */
  elapsedMs(): number;
  /** Retries granted so far. */
  readonly retries: number;
  readonly clock: RetryClock;
}

/**
 * @example
 * // a budget of 5 s, the server asks for 2 s each time, each attempt takes no time:
 * const budget = createRetryBudget({ retryBudgetMs: 5000, clock });
 * budget.next(429, '2', 'GET items') // → { retry: true, waitMs: 2000 }   (0 + 2 s ≤ 5 s)
 * // … clock advances 2 s …
 * budget.next(429, '2', 'GET items') // → { retry: true, waitMs: 2000 }   (2 + 2 ≤ 5)
 * // … 4 s spent …
 * budget.next(429, '2', 'GET items') // → { retry: false, waitedMs: 4000, askedMs: 2000 } (4 + 2 > 5)
 */
export function createRetryBudget(options: RetryPolicyOptions = {}): RetryBudget {
  const clock = options.clock ?? systemClock;
  const budgetMs = options.retryBudgetMs ?? DEFAULT_RETRY_BUDGET_MS;
  const initial = options.initialBackoffMs ?? DEFAULT_INITIAL_BACKOFF_MS;
  const max = options.maxBackoffMs ?? DEFAULT_MAX_BACKOFF_MS;
  const started = clock.now();
  let retries = 0;
  return {
    clock,
    get retries() {
      return retries;
    },
    elapsedMs: () => clock.now() - started,
    next(status, retryAfter, what) {
      const asked = retryAfterMs(retryAfter, clock.now());
      const waitMs = asked ?? backoffMs(retries + 1, initial, max, clock.random());
      const spent = clock.now() - started;
      if (spent + waitMs > budgetMs) return { retry: false, waitedMs: spent, askedMs: asked };
      retries++;
      options.onRetry?.({ status, waitMs, retry: retries, what });
      return { retry: true, waitMs };
    },
  };
}
