/**
 * Teams chats' members: `GET /chats/{chat-id}/members` (and one member by its membership id), as
 * Graph answers them — `aadUserConversationMember`s with displayName, email, userId, roles. The
 * chats are the demo tenant's (`seed/meeting-chat.ts`: the fake Teams host's meeting chat); an
 * unknown chat is a 404 in Graph's error shape. Like Graph, no OData options are taken.
 */
import type { RouteContext } from '../context';
import type { InternalRequest, InternalResponse } from '../http';
import { type DemoChat, DEMO_CHATS, userIdOf } from '../../seed/meeting-chat';
import { GraphError, graphJson } from './format';

/** The demo tenant's id (the fake Teams host's `tid`). */
export const DEMO_TENANT_ID = '00000000-0000-0000-0000-00000000c0de';

function findChat(chatId: string): DemoChat {
  const chat = DEMO_CHATS.find((c) => c.id === chatId);
  if (!chat) throw new GraphError(404, 'NotFound', `Chat '${chatId}' not found, or you are not a member of it.`);
  return chat;
}

/** Graph's membership ids are opaque strings; these are base64 of chat and user, as Graph's look. */
function membershipId(chat: DemoChat, userId: string): string {
  return Buffer.from(`1#${chat.id}#${userId}`).toString('base64');
}

function memberJson(chat: DemoChat, index: number): Record<string, unknown> {
  const person = chat.members[index];
  if (!person) throw new Error(`No member ${index} in chat ${chat.id}`);
  const userId = userIdOf(index);
  return {
    '@odata.type': '#microsoft.graph.aadUserConversationMember',
    id: membershipId(chat, userId),
    // The first member organised the meeting.
    roles: index === 0 ? ['owner'] : [],
    displayName: person.displayName ?? null,
    visibleHistoryStartDateTime: '0001-01-01T00:00:00Z',
    userId,
    email: person.email,
    tenantId: DEMO_TENANT_ID,
  };
}

/** `GET chats/{chat-id}/members[/{membership-id}]`. */
export function chatMembersRoute(ctx: RouteContext, req: InternalRequest, chatId: string, membership: string | undefined): InternalResponse {
  const method = req.method.toUpperCase();
  if (method !== 'GET') throw new GraphError(405, 'methodNotAllowed', `${method} is not supported here by the workbench.`);
  const chat = findChat(chatId);
  const members = chat.members.map((_, i) => memberJson(chat, i));
  const context = `${ctx.baseUrl}/graph/v1.0/$metadata#chats('${encodeURIComponent(chat.id)}')/members`;
  if (membership !== undefined) {
    const member = members.find((m) => m.id === membership);
    if (!member) throw new GraphError(404, 'NotFound', `Member '${membership}' not found in chat '${chat.id}'.`);
    return graphJson(200, { '@odata.context': `${context}/$entity`, ...member });
  }
  return graphJson(200, { '@odata.context': context, '@odata.count': members.length, value: members });
}
