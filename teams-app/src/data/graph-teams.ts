/**
 * `TeamsGraph` on `@pnp/graph`: channel messages (`POST /teams/{team}/channels/{channel}/messages`,
 * delegated `ChannelMessage.Send`; reading them back for the idempotency check needs
 * `ChannelMessage.Read.All`) and group events (`/groups/{group}/events`, `Group.ReadWrite.All`:
 * the README's permissions table explains why). Raw queryables keep the calls on the documented endpoints.
 */
import type { GraphFI } from '@pnp/graph';
import { GraphQueryable, graphGet, graphPost } from '@pnp/graph';
import '@pnp/graph/sites';
import { body } from '@pnp/queryable';
import { toListStoreError } from '@gtm/shared';
import type { ChannelPost, GroupEventInput, TeamsGraph } from './teams-graph';

const enc = encodeURIComponent;

interface GraphMessage {
  id: string;
  body?: { content?: string };
}

interface GraphEvent {
  id: string;
  transactionId?: string | null;
}

/** PnPjs's parser already unwraps `value`; accept both shapes. */
function valuesOf<T>(raw: T[] | { value?: T[] }): T[] {
  return Array.isArray(raw) ? raw : (raw.value ?? []);
}

export function createGraphTeams(graph: GraphFI): TeamsGraph {
  // A queryable at a path under the Graph root, carrying the root's behaviors (auth, retry, parse).
  const at = (path: string, query: Record<string, string> = {}) => {
    const q = GraphQueryable([graph.sites, path]);
    for (const [k, v] of Object.entries(query)) q.query.set(k, v);
    return q;
  };
  return {
    async recentMessages(teamId, channelId): Promise<ChannelPost[]> {
      try {
        const page = await graphGet<GraphMessage[] | { value?: GraphMessage[] }>(at(`teams/${enc(teamId)}/channels/${enc(channelId)}/messages`, { $top: '50' }));
        return valuesOf(page).map((m) => ({ id: m.id, html: m.body?.content ?? '' }));
      } catch (e) {
        throw toListStoreError(e, 'Reading the channel messages');
      }
    },
    async postMessage(teamId, channelId, html): Promise<string> {
      try {
        const created = await graphPost<GraphMessage>(
          at(`teams/${enc(teamId)}/channels/${enc(channelId)}/messages`),
          body({ subject: 'GTM Review summary', body: { contentType: 'html', content: html } }),
        );
        return created.id;
      } catch (e) {
        throw toListStoreError(e, 'Posting the summary to the channel');
      }
    },
    async events(groupId) {
      try {
        const page = await graphGet<GraphEvent[] | { value?: GraphEvent[] }>(at(`groups/${enc(groupId)}/events`, { $select: 'id,transactionId', $top: '200' }));
        return valuesOf(page).map((e) => ({ id: e.id, transactionId: e.transactionId ?? null }));
      } catch (e) {
        throw toListStoreError(e, 'Reading the team calendar');
      }
    },
    async createEvent(groupId, event: GroupEventInput): Promise<string> {
      try {
        const created = await graphPost<GraphEvent>(
          at(`groups/${enc(groupId)}/events`),
          body({
            subject: event.subject,
            body: { contentType: 'html', content: event.bodyHtml },
            start: { dateTime: event.start, timeZone: event.timeZone },
            end: { dateTime: event.end, timeZone: event.timeZone },
            transactionId: event.transactionId,
            attendees: event.attendees.map((a) => ({ emailAddress: { address: a.email, name: a.name }, type: 'required' })),
          }),
        );
        return created.id;
      } catch (e) {
        throw toListStoreError(e, 'Scheduling the next review');
      }
    },
  };
}
