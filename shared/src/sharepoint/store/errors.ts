import type { ListRow } from './list-store';

/** A SharePoint or Graph request that failed; `status` is the HTTP status (0 when none came back). */
export class ListStoreError extends Error {
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.name = 'ListStoreError';
    this.status = status;
  }
}

/**
 * HTTP 412: the item changed since it was read (its ETag no longer matches). `current` is the
 * item as the server holds it now (fetched after the 412), or null when it has been deleted —
 * the UI shows both versions and lets the user decide; nothing is overwritten silently.
 */
export class ConflictError extends ListStoreError {
  readonly listTitle: string;
  readonly id: number;
  readonly current: ListRow | null;
  constructor(listTitle: string, id: number, current: ListRow | null) {
    super(
      current
        ? `${listTitle} item ${id} was changed by someone else (now version ${current.etag}); reload it and apply your change again`
        : `${listTitle} item ${id} was deleted by someone else`,
      412,
    );
    this.name = 'ConflictError';
    this.listTitle = listTitle;
    this.id = id;
    this.current = current;
  }
}

/** How a `ThrottledError` came about, beyond the status: how long the client waited, and for which request. */
export interface ThrottleDetails {
  /** Milliseconds spent waiting and retrying before giving up (the retry budget used). */
  waitedMs?: number | null;
  /** Retries made before giving up. */
  retries?: number | null;
  /** The HTTP request (`GET …/items`) when raised by the retry behavior, before a store names the operation. */
  request?: string | null;
}

/**
 * HTTP 429/503 (or 504) that outlasted the retry budget: every retry honoured the server's
 * Retry-After, and one more wait would have gone past the budget.
 */
export class ThrottledError extends ListStoreError {
  /** Seconds the server last asked to wait, when it said. */
  readonly retryAfterSeconds: number | null;
  /** Milliseconds spent waiting and retrying before giving up, when known. */
  readonly waitedMs: number | null;
  readonly retries: number | null;
  /** The HTTP request it is about, when the retry behavior raised it (a store then names the operation). */
  readonly request: string | null;
  /** What was being done: `Reading Risk Register`, or the request itself. */
  readonly what: string;
  constructor(what: string, status: number, retryAfterSeconds: number | null, details: ThrottleDetails = {}) {
    const waitedMs = details.waitedMs ?? null;
    const kind =
      status === 429
        ? 'SharePoint is throttling requests (429 Too Many Requests)'
        : status === 504
          ? 'SharePoint did not answer in time (504 Gateway Timeout)'
          : 'SharePoint is busy (503 Service Unavailable)';
    const retried = waitedMs !== null ? `after retrying for ${formatSeconds(waitedMs)}` : 'after retrying';
    super(
      `${what}: ${kind} and still was ${retried}${retryAfterSeconds !== null ? ` (it asked to wait ${retryAfterSeconds} s)` : ''}; try again in a minute`,
      status,
    );
    this.name = 'ThrottledError';
    this.retryAfterSeconds = retryAfterSeconds;
    this.waitedMs = waitedMs;
    this.retries = details.retries ?? null;
    this.request = details.request ?? null;
    this.what = what;
  }

  /** The same error, told as part of `what` (the operation a store was doing). */
  during(what: string): ThrottledError {
    return new ThrottledError(what, this.status, this.retryAfterSeconds, { waitedMs: this.waitedMs, retries: this.retries, request: this.request });
  }
}

/** `12500` → `12.5 s`, `60000` → `60 s`. */
function formatSeconds(ms: number): string {
  const seconds = Math.round(ms / 100) / 10;
  return `${seconds} s`;
}

/** The smallest view of a fetch Response the error mapping needs (shared/ compiles without DOM types). */
interface ResponseLike {
  status: number;
  statusText?: string;
  headers: { get(name: string): string | null };
}

function isResponseLike(value: unknown): value is ResponseLike {
  return typeof value === 'object' && value !== null && typeof (value as { status?: unknown }).status === 'number';
}

/** The HTTP status of a PnPjs `HttpRequestError` (or 0), without importing DOM types. */
export function httpStatusOf(error: unknown): number {
  if (typeof error !== 'object' || error === null) return 0;
  const status = (error as { status?: unknown }).status;
  if (typeof status === 'number') return status;
  const response = (error as { response?: unknown }).response;
  return isResponseLike(response) ? response.status : 0;
}

function retryAfterOf(error: unknown): number | null {
  const response = typeof error === 'object' && error !== null ? (error as { response?: unknown }).response : undefined;
  const header = isResponseLike(response) ? response.headers.get('Retry-After') : null;
  const seconds = header === null ? Number.NaN : Number.parseInt(header, 10);
  return Number.isFinite(seconds) ? seconds : null;
}

/**
 * Turns whatever PnPjs threw into a typed error with a message a user can act on. PnPjs puts the
 * server's `odata.error` text into the message already.
 */
export function toListStoreError(error: unknown, what: string): ListStoreError {
  // The retry behavior names only the HTTP request; the first store to catch it names the operation.
  if (error instanceof ThrottledError && error.request !== null && error.what === error.request) return error.during(what);
  if (error instanceof ListStoreError) return error;
  const status = httpStatusOf(error);
  if (status === 429 || status === 503) return new ThrottledError(what, status, retryAfterOf(error));
  const message = error instanceof Error ? error.message : String(error);
  if (/Retry count exceeded/i.test(message)) {
    const code = /\b(429|503|504)\b/.exec(message)?.[1];
    return new ThrottledError(what, code === '503' ? 503 : 429, null);
  }
  return new ListStoreError(`${what}: ${message}`, status);
}
