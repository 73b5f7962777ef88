/** Graph JSON responses and errors (`{"error":{"code","message","innerError"}}`). */
import { randomUUID } from 'node:crypto';
import { type InternalResponse, jsonResponse } from '../http';

export const GRAPH_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function graphError(status: number, code: string, message: string, now: Date): InternalResponse {
  const requestId = randomUUID();
  return jsonResponse(
    status,
    { error: { code, message, innerError: { date: now.toISOString().replace(/\.\d{3}Z$/, ''), 'request-id': requestId, 'client-request-id': requestId } } },
    'application/json; charset=utf-8',
    { 'request-id': requestId },
  );
}

export function graphJson(status: number, value: unknown, extra: Record<string, string> = {}): InternalResponse {
  return jsonResponse(status, value, GRAPH_JSON, extra);
}
