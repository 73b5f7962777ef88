/**
 * Graph calendars: a group's (`groups/{g}/events`) and the signed-in user's (`me/events`,
 * `me/calendar/events`). Both live in the `group_events` table, keyed by calendar owner (the
 * group id, or `user:<id>` for /me). A POST repeating a `transactionId` already used in the same
 * calendar creates nothing and answers 201 with the existing event, as Graph documents for client
 * retries ("avoid redundant POST operations").
 */
import { randomUUID } from 'node:crypto';
import type { RouteContext } from '../context';
import type { InternalRequest, InternalResponse } from '../http';
import { CURRENT_USER_ID, getUser } from '../store/users';
import { signedInUserId } from '../context';
import { GraphError, graphJson } from './format';

/** Whose calendar a request addresses. */
export type CalendarOwner = { kind: 'group'; groupId: string } | { kind: 'me' };

/** The `group_events.group_id` key of a calendar. */
export function calendarKey(owner: CalendarOwner): string {
  return owner.kind === 'group' ? owner.groupId : `user:${CURRENT_USER_ID}`;
}

function organizerOf(ctx: RouteContext, owner: CalendarOwner): { emailAddress: { name: string; address: string } } {
  if (owner.kind === 'group') return { emailAddress: { name: 'GTM', address: `${owner.groupId}@gtm.local` } };
  const me = getUser(ctx.db, signedInUserId(ctx));
  return { emailAddress: { name: me?.title ?? '', address: me?.email ?? '' } };
}

function notFound(what: string): GraphError {
  return new GraphError(404, 'itemNotFound', `${what} not found.`);
}

function notAllowed(method: string): GraphError {
  return new GraphError(405, 'methodNotAllowed', `${method} is not supported here by the workbench.`);
}

/** The stored events of one calendar, oldest first. */
export function calendarEvents(ctx: RouteContext, owner: CalendarOwner): Record<string, unknown>[] {
  const rows = ctx.db.prepare('SELECT data FROM group_events WHERE group_id = ? ORDER BY seq').all(calendarKey(owner)) as { data: string }[];
  return rows.map((r) => JSON.parse(r.data) as Record<string, unknown>);
}

function byTransactionId(ctx: RouteContext, owner: CalendarOwner, transactionId: string): Record<string, unknown> | undefined {
  const row = ctx.db
    .prepare("SELECT data FROM group_events WHERE group_id = ? AND json_extract(data, '$.transactionId') = ? ORDER BY seq LIMIT 1")
    .get(calendarKey(owner), transactionId) as { data: string } | undefined;
  return row ? (JSON.parse(row.data) as Record<string, unknown>) : undefined;
}

function createEvent(ctx: RouteContext, owner: CalendarOwner, b: Record<string, unknown>): InternalResponse {
  const isTime = (v: unknown): boolean => !!v && typeof v === 'object' && typeof (v as { dateTime?: unknown }).dateTime === 'string';
  if (!isTime(b.start) || !isTime(b.end)) throw new GraphError(400, 'ErrorInvalidRequest', 'An event needs start and end ({ dateTime, timeZone }).');
  if (typeof b.transactionId === 'string' && b.transactionId.length > 0) {
    const existing = byTransactionId(ctx, owner, b.transactionId);
    if (existing) return graphJson(201, existing);
  }
  const stamp = ctx.now().toISOString();
  const id = `AAMk${randomUUID().replace(/-/g, '')}`;
  const online = b.isOnlineMeeting === true;
  const event = {
    ...b,
    id,
    createdDateTime: stamp,
    lastModifiedDateTime: stamp,
    subject: typeof b.subject === 'string' ? b.subject : '',
    organizer: organizerOf(ctx, owner),
    webLink: `${ctx.baseUrl}/_workbench/events/${id}`,
    isOnlineMeeting: online,
    onlineMeetingProvider: online ? (typeof b.onlineMeetingProvider === 'string' ? b.onlineMeetingProvider : 'teamsForBusiness') : 'unknown',
    onlineMeeting: online ? { joinUrl: `${ctx.baseUrl}/_workbench/meetings/${id}` } : null,
  };
  ctx.db.prepare('INSERT INTO group_events (id, group_id, data) VALUES (?, ?, ?)').run(id, calendarKey(owner), JSON.stringify(event));
  return graphJson(201, event);
}

/** `GET|POST …/events`, `GET|DELETE …/events/{id}` on one calendar. */
export function eventsRoute(
  ctx: RouteContext,
  req: InternalRequest,
  owner: CalendarOwner,
  eventId: string | undefined,
  body: () => Record<string, unknown>,
  top: (all: number) => number,
): InternalResponse {
  const method = req.method.toUpperCase();
  const key = calendarKey(owner);
  if (eventId !== undefined) {
    const row = ctx.db.prepare('SELECT data FROM group_events WHERE group_id = ? AND id = ?').get(key, eventId) as { data: string } | undefined;
    if (!row) throw notFound(`Event '${eventId}'`);
    if (method === 'GET') return graphJson(200, JSON.parse(row.data));
    if (method === 'DELETE') {
      ctx.db.prepare('DELETE FROM group_events WHERE group_id = ? AND id = ?').run(key, eventId);
      return { status: 204, headers: {}, body: '' };
    }
    throw notAllowed(method);
  }
  if (method === 'GET') {
    const events = calendarEvents(ctx, owner);
    return graphJson(200, { value: events.slice(0, top(events.length)) });
  }
  if (method === 'POST') return createEvent(ctx, owner, body());
  throw notAllowed(method);
}
