/**
 * The workbench stand-in: SharePoint REST (`/sites/gtm/_api`) and Graph (`/graph/v1.0`) over one
 * SQLite file, on 127.0.0.1 only. A response is written only after its transaction has committed.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isValidDigest, isValidToken, issueToken } from './auth';
import { batchPartFaulter } from './batch-part-faults';
import type { RouteContext } from './context';
import { type FaultSpec, type LatencySpec, parseFaults, parseLatency, pickFault, pickLatency } from './faults';
import { handleGraphBatch } from './graph/batch';
import { graphError } from './graph/format';
import { handleGraph } from './graph/routes';
import { signInAs } from './signed-in-user';
import { type InternalRequest, type InternalResponse, jsonResponse, statusText } from './http';
import { indexPage } from './index-page';
import { resolveSiteTimeZone } from './site-time-zone';
import { createReadiness, healthBody, NOT_READY_RETRY_AFTER_SECONDS, type Readiness, type StartupStep } from './readiness';
import { handleSpBatch } from './sp/batch';
import { formatOf, spError } from './sp/format';
import { handleSp } from './sp/routes';
import { findMount, serveStatic, type StaticMount } from './static/static-files';
import { admit, routeError, routeKind } from './front-door/admission';
import { BODY_LIMITS, BodyTooLargeError, readBodyWithin } from './front-door/body-limit';
import { checkHost, isForeignOrigin } from './front-door/host-guard';
import { BUSY_RETRY_AFTER_SECONDS, inFlightCounter, MAX_IN_FLIGHT } from './front-door/in-flight';
import { afterDrain, bodyPending } from './front-door/linger';
import { type Db, openDb } from './store/db';
import { createLiveShareRegistry } from '../live-share/live-share-registry';
import { handleLiveShare, type LiveShareService } from '../live-share/live-share-routes';

export interface WorkbenchServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** Folder of the SQLite file (created if missing). */
  dataDir: string;
  host?: '127.0.0.1';
  /**
   * `429:0.1,503:0.05` or parsed specs: random throttling answered before any work is done — to a
   * whole request, and to each part of a `$batch` on its own (that part is not applied).
   */
  faults?: string | FaultSpec[];
  /** `20-80` (ms) or a parsed spec: random delay before each request. */
  latency?: string | LatencySpec;
  /** Seconds sent in `Retry-After` with a fault (default 1; 0 or fractions for tests). */
  retryAfter?: number;
  /** Source of randomness for faults and latency (tests may fix it). */
  random?: () => number;
  /** The clock (tests may fix it). */
  now?: () => Date;
  /** Build folders served as host pages (web part pages, the Teams tab, the Excel playground). */
  mounts?: StaticMount[];
  /**
   * `npm start`'s secret: the server is not ready until `markReady()`, and answers 503 with
   * Retry-After to every request without `X-Gtm-Startup-Key: <key>` meanwhile. Without it
   * (`npm run workbench`, tests) the server is ready at once.
   */
  startupKey?: string;
  /**
   * The site's time zone, an IANA name SharePoint has a zone for (`Pacific/Auckland`). Default
   * `GTM_TIME_ZONE`, else the data folder's zone, else UTC. A folder keeps the zone it was created
   * with: asking for another throws `SiteTimeZoneError` (see site-time-zone.ts).
   */
  timeZone?: string;
  /**
   * The signed-in user's e-mail, a directory person (`--user`; `npm start` defaults to the Marketing
   * Director). Without it requests act as the data folder's admin. Unknown: `UnknownUserError`.
   */
  user?: string;
  /**
   * The local Fluid service Live Share uses (`npm start` runs one, live-share/fluid-service.ts), or
   * why there is none. `/_workbench/live-share` and `/_workbench/health` tell the tab.
   */
  liveShare?: LiveShareService;
}

export interface WorkbenchServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** The site's time zone as `GET _api/web/regionalsettings/timezone` answers it. */
  timeZone: { id: number; iana: string; description: string };
  /** Shown by `/_workbench/health` while not ready (`npm start` only). */
  setStartupStep(step: StartupStep): void;
  /** From now on every client is served and `/_workbench/health` answers 200. */
  markReady(): void;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function headersOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (typeof v === 'string') out[k.toLowerCase()] = v;
    else if (Array.isArray(v)) out[k.toLowerCase()] = v.join(', ');
  }
  return out;
}

/** With `req` whose body is still arriving, the answer is written now and ended once the body has drained (front-door/linger.ts). */
function send(res: ServerResponse, r: InternalResponse, req?: IncomingMessage): void {
  const body = Buffer.from(r.body, 'utf8');
  const headers: Record<string, string> = { ...r.headers };
  if (r.status !== 204) headers['content-length'] = String(body.length);
  else delete headers['content-length'];
  res.writeHead(r.status, statusText(r.status), headers);
  const payload = r.status === 204 ? undefined : body;
  if (req === undefined || !bodyPending(req)) {
    res.end(payload);
    return;
  }
  if (payload !== undefined) res.write(payload);
  afterDrain(req, () => res.end());
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function isSp(url: URL): boolean {
  return /^\/sites\/gtm\/_api(\/|$)/i.test(url.pathname);
}

function isGraph(url: URL): boolean {
  return /^\/graph(\/|$)/i.test(url.pathname);
}

function workbenchRoute(db: Db, req: IncomingMessage, url: URL, now: Date, readiness: Readiness, timeZone: string, port: number, liveShare: LiveShareService): InternalResponse {
  const path = url.pathname.toLowerCase();
  if (path === '/_workbench/health') {
    const health = healthBody(readiness, { timeZone, liveShare: 'endpoint' in liveShare ? { endpoint: liveShare.endpoint } : { unavailable: liveShare.unavailable } });
    return jsonResponse(health.status, health.body, undefined, health.status === 503 ? { 'retry-after': String(NOT_READY_RETRY_AFTER_SECONDS) } : {});
  }
  if (!readiness.ready) return notReadyResponse(url, {}, readiness, now);
  if (path === '/_workbench/token') {
    if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) return jsonResponse(403, { error: 'The dev token is issued to loopback callers only.' });
    if (isForeignOrigin(req.headers.origin, port)) return jsonResponse(403, { error: `The dev token is not given to a page from another origin (Origin: ${req.headers.origin ?? ''}).` });
    if (req.method !== 'GET') return jsonResponse(405, { error: 'Use GET.' });
    return jsonResponse(200, { token: issueToken(db, now) });
  }
  return jsonResponse(404, { error: 'Not found.' });
}

/** A `$batch` answers asynchronously: it yields to the event loop between its parts (sp/batch.ts). */
function handle(db: Db, ctx: RouteContext, req: InternalRequest, mounts: readonly StaticMount[]): InternalResponse | Promise<InternalResponse> {
  const { url } = req;
  const method = req.method.toUpperCase();
  if (isSp(url)) {
    const fmt = formatOf(req.headers.accept);
    const contextInfo = /\/_api\/contextinfo$/i.test(url.pathname);
    if (method !== 'GET' && !contextInfo && !isValidDigest(db, req.headers['x-requestdigest'], ctx.now())) {
      return spError(
        403,
        '-2130575252, Microsoft.SharePoint.SPException',
        'The security validation for this page is invalid and might be corrupted. Please use your web browser\'s Back button to try your operation again.',
        fmt,
      );
    }
    if (/\/_api\/\$batch$/i.test(url.pathname)) {
      if (method !== 'POST') return spError(405, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'Use POST for $batch.', fmt);
      return handleSpBatch(ctx, req);
    }
    return handleSp(ctx, req);
  }
  if (isGraph(url)) {
    if (!isValidToken(db, req.headers.authorization, ctx.now())) {
      return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty or invalid. Get one from GET /_workbench/token.', ctx.now());
    }
    if (/^\/graph(\/v1\.0)?\/\$batch$/i.test(url.pathname)) {
      if (method !== 'POST') return graphError(405, 'BadRequest', 'Use POST for $batch.', ctx.now());
      return handleGraphBatch(ctx, req);
    }
    return handleGraph(ctx, req);
  }
  if (url.pathname === '/' || /^\/sites\/gtm\/?$/i.test(url.pathname)) {
    return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: indexPage(db, ctx.baseUrl, mounts) };
  }
  return jsonResponse(404, { error: 'Not found.' });
}

function faultResponse(url: URL, status: 429 | 503, retryAfter: number, headers: Record<string, string>, now: Date): InternalResponse {
  const message = status === 429 ? 'The request has been throttled (workbench fault injection).' : 'The service is unavailable (workbench fault injection).';
  const r = isGraph(url)
    ? graphError(status, status === 429 ? 'TooManyRequests' : 'serviceNotAvailable', message, now)
    : spError(status, status === 429 ? '-2147024860, Microsoft.SharePoint.SPRequestThrottledException' : '-1, Microsoft.SharePoint.SPServiceUnavailable', message, formatOf(headers.accept));
  return { ...r, headers: { ...r.headers, 'retry-after': String(retryAfter) } };
}

/** 503 + Retry-After in the API's own error shape, while `npm start` provisions and seeds. */
function notReadyResponse(url: URL, headers: Record<string, string>, readiness: Readiness, now: Date): InternalResponse {
  const message = `The workbench is starting (${readiness.step ?? 'starting'}): retry after ${NOT_READY_RETRY_AFTER_SECONDS} s, or wait for GET /_workbench/health to answer 200.`;
  const r = isGraph(url)
    ? graphError(503, 'serviceNotAvailable', message, now)
    : isSp(url)
      ? spError(503, '-1, Microsoft.SharePoint.SPServiceUnavailable', message, formatOf(headers.accept))
      : jsonResponse(503, { error: message });
  return { ...r, headers: { ...r.headers, 'retry-after': String(NOT_READY_RETRY_AFTER_SECONDS) } };
}

export async function createWorkbenchServer(options: WorkbenchServerOptions): Promise<WorkbenchServer> {
  const host = options.host ?? '127.0.0.1';
  const faults = typeof options.faults === 'string' ? parseFaults(options.faults) : (options.faults ?? []);
  const latency = typeof options.latency === 'string' ? parseLatency(options.latency) : options.latency;
  const retryAfter = options.retryAfter ?? 1;
  const random = options.random ?? Math.random;
  const now = options.now ?? ((): Date => new Date());
  const batchPartFault = batchPartFaulter(faults, random, retryAfter, now);
  const db = openDb(options.dataDir);
  let timeZone;
  try {
    const requested = options.timeZone ?? process.env.GTM_TIME_ZONE;
    const origin = options.timeZone !== undefined ? '--time-zone (the timeZone option)' : 'GTM_TIME_ZONE';
    timeZone = resolveSiteTimeZone(db, options.dataDir, requested === undefined ? undefined : { iana: requested, origin });
  } catch (error) {
    db.close();
    throw error;
  }
  let userId: number | undefined;
  try {
    userId = options.user === undefined ? undefined : signInAs(db, options.user, '--user (the user option)');
  } catch (error) {
    db.close();
    throw error;
  }
  const siteZone = timeZone.iana;
  const mounts = options.mounts ?? [];
  const readiness = createReadiness(options.startupKey);
  let port = options.port;

  const inFlight = inFlightCounter();
  const liveShare: LiveShareService = options.liveShare ?? { unavailable: 'The workbench runs without a local Fluid service (npm start starts one).' };
  const liveShareRegistry = createLiveShareRegistry();

  const server = createServer((req, res) => {
    void (async () => {
      try {
        // Host first, on every route: DNS rebinding sends a foreign name (front-door/host-guard.ts).
        const hostCheck = checkHost(req.headers.host, port);
        if (!hostCheck.ok) {
          send(res, { status: hostCheck.status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: `${hostCheck.message}\n` }, req);
          return;
        }
        // Next links, odata.id and SiteFullUrl are built from the allowed Host only.
        const baseUrl = `http://${hostCheck.host}`;
        const url = new URL(req.url ?? '/', baseUrl);
        const headers = headersOf(req);
        const kind = routeKind(url.pathname);
        const isHealth = url.pathname.toLowerCase() === '/_workbench/health';
        if (!isHealth) {
          if (!inFlight.enter()) {
            const busy = routeError(kind, 503, { sp: '-1, Microsoft.SharePoint.SPServiceUnavailable', graph: 'serviceNotAvailable' }, `The workbench has ${MAX_IN_FLIGHT} requests in flight: retry after ${BUSY_RETRY_AFTER_SECONDS} s.`, headers, now());
            send(res, { ...busy, headers: { ...busy.headers, 'retry-after': String(BUSY_RETRY_AFTER_SECONDS) } }, req);
            return;
          }
          res.once('close', () => inFlight.leave());
        }
        if (/^\/_workbench\/live-share(\/|$)/i.test(url.pathname)) {
          if (!readiness.ready) {
            send(res, notReadyResponse(url, headers, readiness, now()), req);
            return;
          }
          // The fake Teams host of this origin only: a page elsewhere cannot join or re-role a meeting.
          if (isForeignOrigin(req.headers.origin, port)) {
            send(res, jsonResponse(403, { error: `Not for a page from another origin (Origin: ${req.headers.origin ?? ''}).` }), req);
            return;
          }
          let body = '';
          try {
            body = await readBodyWithin(req, 16_384);
          } catch (e) {
            if (!(e instanceof BodyTooLargeError)) throw e;
            send(res, jsonResponse(413, { error: e.message }), req);
            return;
          }
          send(res, handleLiveShare(liveShareRegistry, liveShare, { method: req.method ?? 'GET', path: url.pathname.slice('/_workbench/live-share'.length), body }), req);
          return;
        }
        if (url.pathname.toLowerCase().startsWith('/_workbench/')) {
          send(res, workbenchRoute(db, req, url, now(), readiness, siteZone, port, liveShare), req);
          return;
        }
        if (!readiness.admits(headers)) {
          send(res, notReadyResponse(url, headers, readiness, now()), req);
          return;
        }
        const mount = findMount(mounts, url.pathname);
        if (mount !== undefined) {
          const file = serveStatic(mount, url.pathname, req.method ?? 'GET');
          res.writeHead(file.status, { ...file.headers, 'content-length': String(file.body.length) });
          res.end(file.body);
          return;
        }
        const wait = pickLatency(latency, random);
        if (wait > 0) await delay(wait);
        const fault = pickFault(faults, random);
        if (fault !== undefined) {
          send(res, faultResponse(url, fault, retryAfter, headers, now()), req);
          return;
        }
        // Digest, bearer and Origin on the effective method, before any body byte is read.
        const refusal = admit({ db, now: now(), port, method: req.method ?? 'GET', url, headers });
        if (refusal !== undefined) {
          send(res, refusal, req);
          return;
        }
        let body: string;
        try {
          body = await readBodyWithin(req, BODY_LIMITS[kind]);
        } catch (e) {
          if (!(e instanceof BodyTooLargeError)) throw e;
          send(res, routeError(kind, 413, { sp: '-2147024882, Microsoft.SharePoint.Client.ClientServiceException', graph: 'requestEntityTooLarge' }, e.message, headers, now()), req);
          return;
        }
        const ctx: RouteContext = { db, now, baseUrl, timeZone: siteZone, batchPartFault, userId };
        send(res, await handle(db, ctx, { method: req.method ?? 'GET', url, headers, body }, mounts));
      } catch (e) {
        if (!res.headersSent) send(res, jsonResponse(500, { error: e instanceof Error ? e.message : String(e) }));
        else res.destroy();
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    timeZone: { id: timeZone.id, iana: timeZone.iana, description: timeZone.description },
    setStartupStep: (step) => readiness.setStep(step),
    markReady: () => readiness.markReady(),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          db.close();
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
