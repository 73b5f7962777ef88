/**
 * `TeamsGraph` on `@pnp/graph`: the summary message (`POST /teams/{team}/channels/{channel}/messages`,
 * delegated `ChannelMessage.Send`) and the next review as a Teams meeting in the organizer's own
 * calendar (`POST /me/events`, delegated `Calendars.ReadWrite`, user-consentable). Raw queryables
 * keep the calls on the documented endpoints.
 */
import type { GraphFI } from '@pnp/graph';
import { GraphQueryable, graphPost } from '@pnp/graph';
import '@pnp/graph/sites';
import { body } from '@pnp/queryable';
import { toListStoreError } from '@gtm/shared';
import type { MeetingInput, TeamsGraph } from './teams-graph';

const enc = encodeURIComponent;

export function createGraphTeams(graph: GraphFI): TeamsGraph {
  // A queryable at a path under the Graph root, carrying the root's behaviors (auth, retry, parse).
  const at = (path: string) => GraphQueryable([graph.sites, path]);
  return {
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
