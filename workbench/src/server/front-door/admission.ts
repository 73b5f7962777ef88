/**
 * The front door's decisions that need no body: which route a request is for, and whether it may
 * go on — the digest (SharePoint REST), the bearer token (Graph) and the same-origin rule, all on the
 * EFFECTIVE method (see method-override.ts). They run before any body byte is read, so a client
 * without credentials cannot make the workbench buffer anything.
 */
import { isValidDigest, isValidToken } from '../auth';
import { graphError } from '../graph/format';
import { type InternalResponse, jsonResponse } from '../http';
import { formatOf, spError } from '../sp/format';
import type { Db } from '../store/db';
import type { RouteKind } from './body-limit';
import { isForeignOrigin } from './host-guard';
import { effectiveMethod, isReadMethod } from './method-override';

/** @example routeKind('/sites/gtm/_api/$batch') // 'sp-batch' */
export function routeKind(pathname: string): RouteKind {
  if (/^\/sites\/gtm\/_api(\/|$)/i.test(pathname)) return /\/_api\/\$batch$/i.test(pathname) ? 'sp-batch' : 'sp';
  if (/^\/graph(\/|$)/i.test(pathname)) return /^\/graph(\/v1\.0)?\/\$batch$/i.test(pathname) ? 'graph-batch' : 'graph';
  return 'other';
}

export function isContextInfo(pathname: string): boolean {
  return /^\/sites\/gtm\/_api\/contextinfo$/i.test(pathname);
}

export interface AdmissionInput {
  db: Db;
  now: Date;
  port: number;
  method: string;
  url: URL;
  /** Lower-cased header names. */
  headers: Readonly<Record<string, string>>;
}

/** The error a route answers in its own shape (SharePoint's `odata.error`, Graph's `error`, plain JSON). */
export function routeError(kind: RouteKind, status: number, code: { sp: string; graph: string }, message: string, headers: Readonly<Record<string, string>>, now: Date): InternalResponse {
  if (kind === 'sp' || kind === 'sp-batch') return spError(status, code.sp, message, formatOf(headers.accept));
  if (kind === 'graph' || kind === 'graph-batch') return graphError(status, code.graph, message, now);
  return jsonResponse(status, { error: message });
}

const FOREIGN_ORIGIN = { sp: '-2147024891, System.UnauthorizedAccessException', graph: 'Forbidden' };

/** Undefined: the request may go on (its body may be read). Otherwise the refusal to send. */
export function admit(input: AdmissionInput): InternalResponse | undefined {
  const { db, now, port, url, headers } = input;
  const kind = routeKind(url.pathname);
  const method = kind === 'sp' || kind === 'sp-batch' ? effectiveMethod(input.method, headers) : input.method.toUpperCase();
  const contextInfo = isContextInfo(url.pathname);
  if ((contextInfo || !isReadMethod(method)) && isForeignOrigin(headers.origin, port)) {
    const what = contextInfo ? 'A request digest is' : 'Changes are';
    return routeError(kind, 403, FOREIGN_ORIGIN, `${what} refused to a page from another origin (Origin: ${headers.origin ?? ''}). Use the workbench from http://127.0.0.1:${port}/ or call it without a browser.`, headers, now);
  }
  if (kind === 'sp' || kind === 'sp-batch') {
    if (!isReadMethod(method) && !contextInfo && !isValidDigest(db, headers['x-requestdigest'], now)) {
      return spError(
        403,
        '-2130575252, Microsoft.SharePoint.SPException',
        "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again.",
        formatOf(headers.accept),
      );
    }
  } else if (kind === 'graph' || kind === 'graph-batch') {
    if (!isValidToken(db, headers.authorization, now)) {
      return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty or invalid. Get one from GET /_workbench/token.', now);
    }
  }
  return undefined;
}
