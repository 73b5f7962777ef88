/**
 * `TeamsGraph` on `@pnp/graph`: the meeting chat's members (`GET /chats/{chat}/members`, delegated
 * `Chat.ReadBasic`), the summary message (`POST /teams/{team}/channels/{channel}/messages`,
 * delegated `ChannelMessage.Send`) and the next review as a Teams meeting in the organizer's own
 * calendar (`POST /me/events`, delegated `Calendars.ReadWrite`, user-consentable). Raw queryables
 * keep the calls on the documented endpoints.
 */
import type { GraphFI } from '@pnp/graph';
import { GraphQueryable, graphGet, graphPost } from '@pnp/graph';
import '@pnp/graph/sites';
import { body, JSONParse } from '@pnp/queryable';
import { toListStoreError } from '@gtm/shared';
import type { ChannelMessage, ChatMember, MeetingInput, TeamsGraph } from './teams-graph';

const enc = encodeURIComponent;

export function createGraphTeams(graph: GraphFI): TeamsGraph {
  // A queryable at a path under the Graph root, carrying the root's behaviors (auth, retry, parse).
  const at = (path: string) => GraphQueryable([graph.sites, path]);
  return {
    async chatMembers(chatId): Promise<ChatMember[]> {
      type Page = { value?: Partial<ChatMember>[]; '@odata.nextLink'?: string };
      const members: ChatMember[] = [];
      try {
        // Graph may page a large meeting's members: follow `@odata.nextLink` (an absolute URL).
        let next: string | undefined = `chats/${enc(chatId)}/members`;
        for (let pages = 0; next !== undefined && pages < 50; pages++) {
          // Raw JSON: the default parse keeps only `value` and would drop the next link.
          const page: Page = await graphGet<Page>(at(next).using(JSONParse()));
          for (const m of page.value ?? []) members.push({ displayName: m.displayName ?? null, email: m.email ?? null, userId: m.userId ?? null });
          next = page['@odata.nextLink'];
        }
        return members;
      } catch (e) {
        throw toListStoreError(e, "Reading the meeting's participants");
      }
    },
    async postMessage(teamId, channelId, message: ChannelMessage): Promise<string> {
      try {
        const created = await graphPost<{ id: string }>(
          at(`teams/${enc(teamId)}/channels/${enc(channelId)}/messages`),
          body({
            subject: 'GTM Review summary',
            body: { contentType: 'html', content: message.html },
            // chatMessage-post, "Create a message with @mentions": each <at id="N"> of the body
            // has the mention N naming the directory user.
            mentions: message.mentions.map((m) => ({
              id: m.id,
              mentionText: m.mentionText,
              mentioned: { user: { id: m.user.id, displayName: m.user.displayName, userIdentityType: 'aadUser' } },
            })),
          }),
        );
        return created.id;
      } catch (e) {
        throw toListStoreError(e, 'Posting the summary to the channel');
      }
    },
    async channelName(teamId, channelId): Promise<string> {
      try {
        const channel = await graphGet<{ displayName?: string }>(at(`teams/${enc(teamId)}/channels/${enc(channelId)}`));
        return channel.displayName ?? channelId;
      } catch (e) {
        throw toListStoreError(e, 'Reading the channel');
      }
    },
    async mailboxTimeZone(): Promise<string> {
      try {
        // user-get-mailboxsettings: a property segment answers { "value": "W. Europe Standard Time" }.
        const zone = await graphGet<{ value?: string } | string>(at('me/mailboxSettings/timeZone').using(JSONParse()));
        const value = typeof zone === 'string' ? zone : zone.value;
        if (!value) throw new Error('Graph answered no time zone for your mailbox.');
        return value;
      } catch (e) {
        throw toListStoreError(e, 'Reading your mailbox time zone');
      }
    },
    async user(email): Promise<{ id: string; displayName: string } | null> {
      try {
        const found = await graphGet<{ id: string; displayName?: string }>(at(`users/${enc(email)}`));
        return { id: found.id, displayName: found.displayName ?? email };
      } catch (e) {
        const error = toListStoreError(e, 'Looking up a directory user');
        if (error.status === 404) return null;
        throw error;
      }
    },
    async createMeeting(event: MeetingInput): Promise<string> {
      try {
        const created = await graphPost<{ id: string }>(
          at('me/events'),
          body({
            subject: event.subject,
            body: { contentType: 'html', content: event.bodyHtml },
            start: { dateTime: event.start, timeZone: event.timeZone },
            end: { dateTime: event.end, timeZone: event.timeZone },
            // Graph answers a repeated transactionId with the event it already created (a retry
            // after a lost answer creates no second meeting and sends no second invitation).
            transactionId: event.transactionId,
            isOnlineMeeting: true,
            onlineMeetingProvider: 'teamsForBusiness',
            attendees: event.attendees.map((a) => ({ emailAddress: { address: a.email, ...(a.name ? { name: a.name } : {}) }, type: 'required' })),
          }),
        );
        return created.id;
      } catch (e) {
        throw toListStoreError(e, 'Scheduling the next review in your calendar');
      }
    },
  };
}
