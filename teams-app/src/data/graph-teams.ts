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
import type { ChatMember, MeetingInput, TeamsGraph } from './teams-graph';

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
    async postMessage(teamId, channelId, html): Promise<string> {
      try {
        const created = await graphPost<{ id: string }>(
          at(`teams/${enc(teamId)}/channels/${enc(channelId)}/messages`),
          body({ subject: 'GTM Review summary', body: { contentType: 'html', content: html } }),
        );
        return created.id;
      } catch (e) {
        throw toListStoreError(e, 'Posting the summary to the channel');
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
