/**
 * How many body bytes a route may send, and a reader that holds to it while streaming.
 *
 * Limits (bytes):
 * - SharePoint REST, one request: 2 MB. SharePoint's client service (`client.svc`, which serves
 *   `_api`) caps a message with `MaxReceivedMessageSize`
 *   (https://learn.microsoft.com/previous-versions/office/sharepoint-server/ee556568(v=office.15));
 *   an item's JSON is a few KB (text columns 255 characters, notes ~64 KB).
 * - `$batch` (SharePoint and Graph): 32 MB. PnPjs sends at most 100 requests per SharePoint batch
 *   (pnpcore's cap) and Graph takes at most 20 (https://learn.microsoft.com/graph/json-batching):
 *   100 item writes are well under 1 MB, so 32 MB leaves room for any honest batch.
 * - Graph, one request: 4 MB, the size Graph has long taken in one simple request (larger files
 *   go through an upload session); the stand-in's Graph routes take item fields, messages, events.
 * - Anything else (contextinfo, the dev token, pages): 64 KB; none of them reads a body.
 */
import type { IncomingMessage } from 'node:http';

export type RouteKind = 'sp' | 'sp-batch' | 'graph' | 'graph-batch' | 'other';

const MB = 1024 * 1024;

export const BODY_LIMITS: Readonly<Record<RouteKind, number>> = {
  sp: 2 * MB,
  'sp-batch': 32 * MB,
  graph: 4 * MB,
  'graph-batch': 32 * MB,
  other: 64 * 1024,
};

/** The body was larger than its route allows (from Content-Length, or counted while streaming). */
export class BodyTooLargeError extends Error {
  constructor(
    readonly limit: number,
    readonly declared: number | undefined,
  ) {
    super(
      `The request body is ${declared === undefined ? 'larger than' : `${declared} bytes, over`} the limit of ${limit} bytes (${formatBytes(limit)}) for this route. Send smaller requests: split a $batch into several, keep an item's JSON under the limit.`,
    );
  }
}

/** @example formatBytes(2 * 1024 * 1024) // '2 MB' */
export function formatBytes(n: number): string {
  return n >= MB ? `${Math.round((n / MB) * 10) / 10} MB` : `${Math.round(n / 1024)} KB`;
}

/** Content-Length as a number; undefined when absent (chunked) or not a plain decimal. */
export function declaredLength(req: IncomingMessage): number | undefined {
  const raw = req.headers['content-length'];
  return raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : undefined;
}

/**
 * Reads the whole body as UTF-8, refusing past `limit`: at once when Content-Length says so (no byte
 * is buffered), else as soon as the streamed bytes pass it. Then the rest is read and dropped, so the
 * client gets the 413 on a healthy connection rather than a reset.
 */
export function readBodyWithin(req: IncomingMessage, limit: number): Promise<string> {
  const declared = declaredLength(req);
  if (declared !== undefined && declared > limit) return Promise.reject(new BodyTooLargeError(limit, declared));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (c: Buffer) => {
      if (refused) return; // drained and dropped
      size += c.length;
      if (size > limit) {
        refused = true;
        chunks.length = 0;
        reject(new BodyTooLargeError(limit, undefined));
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
