/**
 * Answering before the body has arrived (a refusal, a 413) without resetting the client.
 *
 * If the server closes while the client is still uploading, the client sees EPIPE / ECONNRESET
 * instead of the answer (and curl reports a reset). So the answer is written at once — the client
 * reads it as soon as its Content-Length has arrived — but the response is ended only once the rest
 * of the upload has been read and dropped (never buffered), or after a grace period for a client
 * that never stops.
 */
import type { IncomingMessage } from 'node:http';

/** How long an upload may keep draining after its refusal was sent. */
export const DRAIN_GRACE_MS = 10_000;

/** True while the request still has body bytes on the wire. */
export function bodyPending(req: IncomingMessage): boolean {
  if (req.readableEnded) return false;
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** Reads and drops what is left of the body, then calls `done` once (at the latest after the grace period). */
export function afterDrain(req: IncomingMessage, done: () => void, graceMs: number = DRAIN_GRACE_MS): void {
  let called = false;
  const finish = (): void => {
    if (called) return;
    called = true;
    clearTimeout(timer);
    done();
  };
  const timer = setTimeout(finish, graceMs);
  timer.unref();
  req.once('end', finish);
  req.once('close', finish);
  req.once('error', finish);
  req.resume();
}
