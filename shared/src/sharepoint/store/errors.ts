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

/** HTTP 429/503 after the retries the PnPjs behaviors make (each honouring Retry-After). */
export class ThrottledError extends ListStoreError {
  /** Seconds the server last asked to wait, when it said. */
  readonly retryAfterSeconds: number | null;
  constructor(what: string, status: number, retryAfterSeconds: number | null) {
    super(
      `${what}: ${status === 429 ? 'SharePoint is throttling requests (429 Too Many Requests)' : 'SharePoint is busy (503 Service Unavailable)'}` +
        ` and still was after retrying${retryAfterSeconds !== null ? ` (it asked to wait ${retryAfterSeconds} s)` : ''}; try again in a minute`,
      status,
    );
    this.name = 'ThrottledError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
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
