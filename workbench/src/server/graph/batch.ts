/**
 * Graph JSON batching: `POST /$batch { requests: [{ id, method, url, headers, body }] }`, at most 20.
 * Requests run in order and independently, as Graph runs them ("Individual requests can succeed or
 * fail … the batch itself succeeds with 200", Graph "Combine multiple requests in one HTTP request
 * using JSON batching"): each commits on its own (a write in its own transaction, in handleGraph)
 * and the server yields to the event loop between them, so a heavy batch does not starve others.
 * The answer is sent after the last request committed.
 */
import type { RouteContext } from '../context';
import { yieldToEventLoop } from '../event-loop';
import { type InternalRequest, type InternalResponse, parseJsonObject } from '../http';
import { graphError, graphJson } from './format';
import { graphErrorResponse, handleGraph } from './routes';

export const GRAPH_BATCH_LIMIT = 20;

interface BatchRequest {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

function readRequests(raw: unknown): BatchRequest[] | string {
  if (!Array.isArray(raw)) return 'The batch body needs a "requests" array.';
  const out: BatchRequest[] = [];
  for (const r of raw) {
    if (!r || typeof r !== 'object') return 'Each batch request must be an object.';
    const o = r as Record<string, unknown>;
    if (typeof o.id !== 'string' && typeof o.id !== 'number') return 'Each batch request needs an id.';
    if (typeof o.method !== 'string' || typeof o.url !== 'string') return `Batch request ${String(o.id)} needs method and url.`;
    const headers: Record<string, string> = {};
    if (o.headers && typeof o.headers === 'object') {
      for (const [k, v] of Object.entries(o.headers as Record<string, unknown>)) if (typeof v === 'string') headers[k.toLowerCase()] = v;
    }
    out.push({ id: String(o.id), method: o.method.toUpperCase(), url: o.url, headers, body: o.body });
  }
  if (new Set(out.map((r) => r.id)).size !== out.length) return 'Batch request ids must be unique.';
  return out;
}

/** One request of the batch, answered as Graph nests it in `responses`. */
function runRequest(ctx: RouteContext, req: InternalRequest, r: BatchRequest): unknown {
  const rel = r.url.replace(/^https?:\/\/[^/]+/i, '').replace(/^\/?(graph\/)?(v1\.0\/)?/i, '');
  const inner: InternalRequest = {
    method: r.method,
    url: new URL(`${ctx.baseUrl}/graph/v1.0/${rel}`),
    headers: { ...r.headers, authorization: req.headers.authorization ?? '' },
    body: r.body === undefined ? '' : typeof r.body === 'string' ? r.body : JSON.stringify(r.body),
  };
  // A part throttled by fault injection is answered 429/503 and not applied (batch-part-faults.ts).
  const res = ctx.batchPartFault?.('graph', undefined) ?? handleGraph(ctx, inner);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers)) headers[k === 'content-type' ? 'Content-Type' : k === 'etag' ? 'ETag' : k] = v;
  let parsed: unknown = null;
  if (res.body) {
    try {
      parsed = JSON.parse(res.body);
    } catch {
      parsed = res.body;
    }
  }
  return { id: r.id, status: res.status, headers, ...(res.status === 204 ? {} : { body: parsed }) };
}

export async function handleGraphBatch(ctx: RouteContext, req: InternalRequest): Promise<InternalResponse> {
  let b: Record<string, unknown> | undefined;
  try {
    b = parseJsonObject(req.body);
  } catch (e) {
    return graphErrorResponse(ctx, e); // nested past json-depth.ts's limit
  }
  const requests = b ? readRequests(b.requests) : 'The batch body is not a JSON object.';
  if (typeof requests === 'string') return graphError(400, 'BadRequest', requests, ctx.now());
  if (requests.length > GRAPH_BATCH_LIMIT) {
    return graphError(400, 'BadRequest', `The number of batch requests (${requests.length}) exceeds the limit of ${GRAPH_BATCH_LIMIT}.`, ctx.now());
  }
  const responses: unknown[] = [];
  for (let i = 0; i < requests.length; i++) {
    if (i > 0) await yieldToEventLoop();
    responses.push(runRequest(ctx, req, requests[i] as BatchRequest));
  }
  return graphJson(200, { responses });
}
