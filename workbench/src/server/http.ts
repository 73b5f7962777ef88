/** The request/response shapes the route handlers work on (synchronous, so a $batch can run in one transaction). */
import { jsonDepthProblem } from './json-depth';
import { StoreError } from './store/types';

export interface InternalRequest {
  method: string;
  url: URL;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: string;
}

export interface InternalResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export const STATUS_TEXT: Readonly<Record<number, string>> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function statusText(status: number): string {
  return STATUS_TEXT[status] ?? 'Unknown';
}

export function jsonResponse(status: number, value: unknown, contentType = 'application/json; charset=utf-8', extra: Record<string, string> = {}): InternalResponse {
  return { status, headers: { 'content-type': contentType, ...extra }, body: JSON.stringify(value) };
}

/**
 * Parses a JSON request body into an object; anything else is a 400 raised by the caller's error type.
 * A body nested past json-depth.ts's limit throws a 400 `StoreError` (both APIs map it to their shape).
 */
export function parseJsonObject(body: string): Record<string, unknown> | undefined {
  if (body.trim() === '') return {};
  const tooDeep = jsonDepthProblem(body);
  if (tooDeep !== undefined) throw new StoreError(400, '-1, Microsoft.Data.OData.ODataException', tooDeep, 'BadRequest');
  try {
    const v: unknown = JSON.parse(body);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
