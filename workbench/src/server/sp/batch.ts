/**
 * SharePoint `$batch`: multipart/mixed with changesets, as PnPjs `sp.batched()` sends it. The answer
 * is flat `--batchresponse_…` parts, each with an `HTTP/1.1 <code> <text>` line, the way PnPjs parses it.
 *
 * The parts are independent, as on SharePoint: "the changeset is not transactional … if one request
 * fails, the others still run" (sp-dev-docs "Make batch requests with the REST APIs"; handbook
 * SHAREPOINT.md). So each part runs and commits on its own — a write in its own transaction
 * (handleSp), applied whole or not at all — and the server yields to the event loop between parts
 * (setImmediate), so one heavy batch (50 GETs of 5,000 items) does not hold every other client,
 * the health ping included, for seconds. The batch's answer is sent after the last part committed:
 * every write it acknowledges is on disk (synchronous = FULL).
 */
import { randomUUID } from 'node:crypto';
import type { RouteContext } from '../context';
import { yieldToEventLoop } from '../event-loop';
import { type InternalRequest, type InternalResponse, statusText } from '../http';
import { formatOf, spError } from './format';
import { handleSp } from './routes';

export interface BatchPart {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

export class BatchFormatError extends Error {}

function boundaryOf(contentType: string | undefined): string | undefined {
  const m = /boundary="?([^";]+)"?/i.exec(contentType ?? '');
  return m?.[1];
}

function splitHeaders(block: string): { headers: Record<string, string>; rest: string } {
  const idx = block.indexOf('\n\n');
  const head = idx < 0 ? block : block.slice(0, idx);
  const rest = idx < 0 ? '' : block.slice(idx + 2);
  const headers: Record<string, string> = {};
  for (const line of head.split('\n')) {
    const c = line.indexOf(':');
    if (c > 0) headers[line.slice(0, c).trim().toLowerCase()] = line.slice(c + 1).trim();
  }
  return { headers, rest };
}

function parts(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const chunks = body.split(delimiter);
  const out: string[] = [];
  for (let i = 1; i < chunks.length; i++) {
    const chunk = chunks[i] as string;
    if (chunk.startsWith('--')) break; // closing delimiter
    out.push(chunk.replace(/^[ \t]*\n/, ''));
  }
  return out;
}

function parseHttpPart(block: string): BatchPart {
  const { rest } = splitHeaders(block); // Content-Type: application/http, Content-Transfer-Encoding
  const lines = rest.replace(/^\n+/, '');
  const nl = lines.indexOf('\n');
  const requestLine = (nl < 0 ? lines : lines.slice(0, nl)).trim();
  const m = /^([A-Z]+)\s+(\S+)(?:\s+HTTP\/[0-9.]+)?$/i.exec(requestLine);
  if (!m) throw new BatchFormatError(`Invalid request line '${requestLine}' in $batch.`);
  const { headers, rest: reqBody } = splitHeaders(nl < 0 ? '' : lines.slice(nl + 1));
  return { method: (m[1] ?? 'GET').toUpperCase(), url: m[2] ?? '', headers, body: reqBody.replace(/\n+$/, '') };
}

/** Reads the requests of a batch body, in order, changeset parts flattened. */
export function parseBatch(body: string, contentType: string | undefined): BatchPart[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw new BatchFormatError('The $batch request needs Content-Type: multipart/mixed; boundary=batch_<id>.');
  const text = body.replace(/\r\n/g, '\n');
  const out: BatchPart[] = [];
  for (const part of parts(text, boundary)) {
    const { headers, rest } = splitHeaders(part);
    const inner = boundaryOf(headers['content-type']);
    if (/multipart\/mixed/i.test(headers['content-type'] ?? '') && inner) {
      for (const cs of parts(rest, inner)) out.push(parseHttpPart(cs));
    } else {
      out.push(parseHttpPart(part));
    }
  }
  return out;
}

function formatPart(res: InternalResponse): string {
  const lines = [
    'Content-Type: application/http',
    'Content-Transfer-Encoding: binary',
    '',
    `HTTP/1.1 ${res.status} ${statusText(res.status)}`,
    ...Object.entries(res.headers)
      .filter(([k]) => k !== 'content-length')
      .map(([k, v]) => `${k === 'etag' ? 'ETag' : k === 'content-type' ? 'CONTENT-TYPE' : k}: ${v}`),
    '',
    res.body,
  ];
  return lines.join('\r\n');
}

function runPart(ctx: RouteContext, p: BatchPart): InternalResponse {
  let url: URL;
  try {
    url = new URL(p.url, `${ctx.baseUrl}/sites/gtm/_api/`);
  } catch {
    return spError(400, '-1, Microsoft.Data.OData.ODataException', `Invalid URL '${p.url}' in $batch.`, formatOf(p.headers.accept));
  }
  if (/\/_api\/\$batch$/i.test(url.pathname)) {
    return spError(400, '-1, Microsoft.Data.OData.ODataException', 'A $batch cannot contain another $batch.', formatOf(p.headers.accept));
  }
  // A part throttled by fault injection is answered 429/503 and not applied (batch-part-faults.ts).
  return ctx.batchPartFault?.('sp', p.headers.accept) ?? handleSp(ctx, { method: p.method, url, headers: p.headers, body: p.body });
}

/** Handles `POST /sites/gtm/_api/$batch` (already authorized): part by part, yielding in between. */
export async function handleSpBatch(ctx: RouteContext, req: InternalRequest): Promise<InternalResponse> {
  const fmt = formatOf(req.headers.accept);
  let requests: BatchPart[];
  try {
    requests = parseBatch(req.body, req.headers['content-type']);
  } catch (e) {
    return spError(400, '-1, Microsoft.Data.OData.ODataException', e instanceof Error ? e.message : String(e), fmt);
  }
  const id = randomUUID();
  const out: string[] = [];
  for (let i = 0; i < requests.length; i++) {
    if (i > 0) await yieldToEventLoop();
    out.push(`--batchresponse_${id}\r\n${formatPart(runPart(ctx, requests[i] as BatchPart))}\r\n`);
  }
  const body = out.join('') + `--batchresponse_${id}--\r\n`;
  return { status: 200, headers: { 'content-type': `multipart/mixed; boundary=batchresponse_${id}` }, body };
}
