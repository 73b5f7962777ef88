/**
 * The teams and channels the configuration page offers, over Graph: `GET /me/joinedTeams`
 * (delegated Team.ReadBasic.All, least privileged) and `GET /teams/{group-id}/channels`
 * (delegated Channel.ReadBasic.All). Team ids are group ids, the ids every `/teams/{id}` call takes.
 */
import type { GraphFI } from '@pnp/graph';
import { GraphQueryable, graphGet } from '@pnp/graph';
import '@pnp/graph/sites';
import { toListStoreError } from '@gtm/shared';

export interface NamedId {
  id: string;
  displayName: string;
}

export interface TeamDirectory {
  joinedTeams(): Promise<NamedId[]>;
  channels(teamId: string): Promise<NamedId[]>;
}

const named = (rows: { id?: string; displayName?: string | null }[]): NamedId[] =>
  rows.filter((r): r is { id: string; displayName?: string | null } => typeof r.id === 'string').map((r) => ({ id: r.id, displayName: r.displayName ?? r.id }));

export function createTeamDirectory(graph: GraphFI): TeamDirectory {
  const at = (path: string) => GraphQueryable([graph.sites, path]);
  return {
    async joinedTeams() {
      try {
        return named(await graphGet<{ id?: string; displayName?: string | null }[]>(at('me/joinedTeams')));
      } catch (e) {
        throw toListStoreError(e, 'Reading your teams');
      }
    },
    async channels(teamId) {
      try {
        return named(await graphGet<{ id?: string; displayName?: string | null }[]>(at(`teams/${encodeURIComponent(teamId)}/channels`)));
      } catch (e) {
        throw toListStoreError(e, "Reading the team's channels");
      }
    },
  };
}
