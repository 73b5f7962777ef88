/**
 * `/_workbench/live-share…`: where the tab finds the local Fluid service, and the fake Teams host's
 * per-meeting Live Share registry (live-share-registry.ts).
 *
 * - `GET /_workbench/live-share` → `{ endpoint }` of the local Fluid service, or
 *   `{ endpoint: null, error }` when the workbench runs without one (the tab then keeps re-reading
 *   SharePoint every 10 s). A 200 either way: running without one is a setting, not a failure, and
 *   a 503 would be a console error in every meeting frame.
 * - `GET|PUT /_workbench/live-share/meetings/<id>/container` (PUT `{ containerId }`) → `IFluidContainerInfo`.
 * - `PUT /_workbench/live-share/meetings/<id>/clients/<clientId>` (`{ roles, user? }`, user
 *   `{ userId, displayName }`) → `{ roles }`; `GET` the same → `{ roles, userId?, displayName? }`,
 *   `{ roles: null }` for a client not registered (yet: Live Share asks again, and a 404 would be a
 *   console error in every page that asks).
 */
import type { InternalResponse } from '../server/http';
import { jsonResponse } from '../server/http';
import { type ClientUser, isMeetingRole, type LiveShareRegistry } from './live-share-registry';

export type LiveShareService = { endpoint: string } | { unavailable: string };

export interface LiveShareRequest {
  method: string;
  /** The path after `/_workbench/live-share`, e.g. `/meetings/abc/container`. */
  path: string;
  body: string;
}

function parseBody(body: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(body);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const ID = /^[A-Za-z0-9_.:@=+-]{1,256}$/;

/** A path segment decoded, or '' for a malformed escape (`%zz`), which no id matches: a 404, not a 500. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

export function handleLiveShare(registry: LiveShareRegistry, service: LiveShareService, req: LiveShareRequest): InternalResponse {
  const method = req.method.toUpperCase();
  if (req.path === '' || req.path === '/') {
    if (method !== 'GET') return jsonResponse(405, { error: 'Use GET.' });
    return jsonResponse(200, 'endpoint' in service ? { endpoint: service.endpoint } : { endpoint: null, error: service.unavailable });
  }
  const parts = req.path.split('/').filter((p) => p !== '').map(decodeSegment);
  if (parts[0] !== 'meetings' || parts[1] === undefined || !ID.test(parts[1])) return jsonResponse(404, { error: 'Not found.' });
  const meetingId = parts[1];
  if (parts[2] === 'container' && parts.length === 3) {
    if (method === 'GET') return jsonResponse(200, registry.getContainer(meetingId));
    if (method !== 'PUT') return jsonResponse(405, { error: 'Use GET or PUT.' });
    const containerId = parseBody(req.body)?.containerId;
    if (typeof containerId !== 'string' || !ID.test(containerId)) return jsonResponse(400, { error: 'Send { "containerId": "<id>" }.' });
    return jsonResponse(200, registry.setContainer(meetingId, containerId));
  }
  if (parts[2] === 'clients' && parts[3] !== undefined && ID.test(parts[3]) && parts.length === 4) {
    const clientId = parts[3];
    if (method === 'GET') {
      const client = registry.client(meetingId, clientId);
      return jsonResponse(200, client === null ? { roles: null } : { roles: client.roles, ...(client.user ?? {}) });
    }
    if (method !== 'PUT') return jsonResponse(405, { error: 'Use GET or PUT.' });
    const roles = parseBody(req.body)?.roles;
    if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isMeetingRole)) {
      return jsonResponse(400, { error: 'Send { "roles": [...] } with Organizer, Presenter, Attendee or Guest.' });
    }
    const user = clientUser(parseBody(req.body)?.user);
    if (user === undefined) return jsonResponse(400, { error: 'Send "user" as { "userId": "<id>", "displayName": "<name, 1–255 characters>" }, or leave it out.' });
    return jsonResponse(200, { roles: registry.registerClient(meetingId, clientId, roles, user) });
  }
  return jsonResponse(404, { error: 'Not found.' });
}

/** The user a client registers with: null when none is given, undefined when it is malformed. */
function clientUser(value: unknown): ClientUser | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { userId, displayName } = value as Record<string, unknown>;
  if (typeof userId !== 'string' || !ID.test(userId)) return undefined;
  // eslint-disable-next-line no-control-regex
  if (typeof displayName !== 'string' || displayName.trim() === '' || displayName.length > 255 || /[\u0000-\u001f\u007f]/.test(displayName)) return undefined;
  return { userId, displayName };
}
