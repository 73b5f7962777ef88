/**
 * Teams and channels as Graph lists them, for the Teams tab's configuration page:
 * - `GET /me/joinedTeams` (Microsoft Learn, "List joinedTeams", least-privileged delegated
 *   permission Team.ReadBasic.All): a collection of `team`s of which only id, displayName,
 *   description, isArchived and tenantId are set, every other property null; no OData query
 *   options are supported, so none is honoured here either.
 * - `GET /teams/{team-id}/channels` ("List channels", delegated Channel.ReadBasic.All): the
 *   team's `channel`s (id, displayName, description, membershipType, email, webUrl, tenantId,
 *   createdDateTime); `{team-id}` is the team's group id — a thread id (19:…@thread.tacv2) or any
 *   unknown id is a 404 in Graph's error shape.
 * The teams are the demo tenant's (`seed/teams.ts`), every one joined by the signed-in user.
 */
import type { RouteContext } from '../context';
import type { InternalRequest, InternalResponse } from '../http';
import { DEMO_TEAMS, type DemoTeam } from '../../seed/teams';
import { DEMO_TENANT_ID } from './chats';
import { GraphError, graphJson } from './format';

function onlyGet(req: InternalRequest): void {
  const method = req.method.toUpperCase();
  if (method !== 'GET') throw new GraphError(405, 'methodNotAllowed', `${method} is not supported here by the workbench.`);
}

function teamJson(team: DemoTeam): Record<string, unknown> {
  return {
    id: team.id,
    createdDateTime: null,
    displayName: team.displayName,
    description: team.description,
    internalId: null,
    classification: null,
    specialization: null,
    visibility: null,
    webUrl: null,
    isArchived: false,
    tenantId: DEMO_TENANT_ID,
    isMembershipLimitedToOwners: null,
    memberSettings: null,
    guestSettings: null,
    messagingSettings: null,
    funSettings: null,
    discoverySettings: null,
    summary: null,
  };
}

/** `GET me/joinedTeams`. */
export function joinedTeamsRoute(ctx: RouteContext, req: InternalRequest): InternalResponse {
  onlyGet(req);
  return graphJson(200, { '@odata.context': `${ctx.baseUrl}/graph/v1.0/$metadata#teams`, value: DEMO_TEAMS.map(teamJson) });
}

/**
 * `GET teams/{team-id}/channels`, and `GET teams/{team-id}/channels/{channel-id}` ("Get channel",
 * delegated Channel.ReadBasic.All: one `channel`, or 404 for an id the team does not have).
 */
export function channelsRoute(ctx: RouteContext, req: InternalRequest, teamId: string, channelId?: string): InternalResponse {
  onlyGet(req);
  const team = DEMO_TEAMS.find((t) => t.id === teamId);
  if (!team) throw new GraphError(404, 'NotFound', `No team found with Group Id ${teamId}`);
  const value = team.channels.map((c) => ({
    id: c.id,
    createdDateTime: '2025-01-06T09:00:00Z',
    displayName: c.displayName,
    description: c.description,
    isFavoriteByDefault: null,
    email: '',
    tenantId: DEMO_TENANT_ID,
    webUrl: `https://teams.microsoft.com/l/channel/${encodeURIComponent(c.id)}/${encodeURIComponent(c.displayName)}?groupId=${encodeURIComponent(team.id)}&tenantId=${DEMO_TENANT_ID}`,
    membershipType: 'standard',
  }));
  const context = `${ctx.baseUrl}/graph/v1.0/$metadata#teams('${encodeURIComponent(team.id)}')/channels`;
  if (channelId === undefined) return graphJson(200, { '@odata.context': context, value });
  const one = value.find((c) => c.id === channelId);
  if (!one) throw new GraphError(404, 'NotFound', `Channel ${channelId} not found in team ${teamId}.`);
  return graphJson(200, { '@odata.context': `${context}/$entity`, ...one });
}
