/**
 * `GET /me/mailboxSettings` and `GET /me/mailboxSettings/timeZone` (Microsoft Learn, "Get user
 * mailbox settings", learn.microsoft.com/graph/api/user-get-mailboxsettings; delegated
 * MailboxSettings.Read, user-consentable): the signed-in user's settings, of which the Teams tab
 * reads `timeZone` — a Windows zone name such as `W. Europe Standard Time` unless the user picked
 * an IANA one — to schedule the next review at 09:00 in the organizer's zone. The single property
 * comes back as `{ "@odata.context", "value" }`, as Graph answers a property segment. Read-only:
 * PATCH is not supported here. Every demo user's mailbox is in Central European time (the circle
 * works from Europe and reports in euros).
 */
import { signedInUserId, type RouteContext } from '../context';
import type { InternalRequest, InternalResponse } from '../http';
import { GraphError, graphJson } from './format';

/** The demo tenant's mailbox zone, as Exchange names it. */
export const DEMO_MAILBOX_TIME_ZONE = 'W. Europe Standard Time';

function settings(zone: string): Record<string, unknown> {
  return {
    archiveFolder: null,
    timeZone: zone,
    automaticRepliesSetting: { status: 'disabled', externalAudience: 'none', internalReplyMessage: '', externalReplyMessage: '' },
    language: { locale: 'en-GB', displayName: 'English (United Kingdom)' },
    workingHours: {
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      startTime: '08:00:00.0000000',
      endTime: '17:00:00.0000000',
      timeZone: { name: zone },
    },
    userPurpose: { value: 'user' },
    dateFormat: 'dd/MM/yyyy',
    timeFormat: 'HH:mm',
    delegateMeetingMessageDeliveryOptions: 'sendToDelegateOnly',
  };
}

/** Answers `me/mailboxSettings[/<property>]`, or undefined for any other path. */
export function mailboxSettingsRoute(ctx: RouteContext, req: InternalRequest, path: string): InternalResponse | undefined {
  const m = /^me\/mailboxSettings(?:\/([^/]+))?$/i.exec(path);
  if (!m) return undefined;
  const method = req.method.toUpperCase();
  if (method !== 'GET') throw new GraphError(405, 'methodNotAllowed', `${method} is not supported here by the workbench.`);
  const user = signedInUserId(ctx);
  const all = settings(DEMO_MAILBOX_TIME_ZONE);
  const context = `${ctx.baseUrl}/graph/v1.0/$metadata#users('${user}')/mailboxSettings`;
  if (m[1] === undefined) return graphJson(200, { '@odata.context': context, ...all });
  const name = Object.keys(all).find((k) => k.toLowerCase() === (m[1] ?? '').toLowerCase());
  if (!name) throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${m[1] ?? ''}'.`);
  return graphJson(200, { '@odata.context': `${context}/${name}`, value: all[name] });
}
