/**
 * Who the fake Teams host says is signed in: the workbench's `--user`, read from Graph `/me` with
 * the workbench's dev token, so the tab's context, `/me` and SharePoint's `currentuser` agree.
 */
import { type TokenSource, workbenchToken } from '../host/graph-token';

/** The `/me` properties the host's context carries. */
export interface GraphMe {
  id: string;
  displayName: string;
  userPrincipalName: string;
}

/**
 * The user fields of the legacy context the host posts for `getContext`. teams-js v2 turns them
 * into `context.user` (`transformLegacyContextToAppContext` in packages/teams-js/src/public/app/app.ts
 * of microsoft-teams-library-js: `userObjectId` → `user.id`, `userDisplayName` → `user.displayName`,
 * `loginHint`, `userPrincipalName`; `tid` → `user.tenant.id`). Teams' login hint is the UPN.
 * @example legacyUserContext({ id: 'a1…', displayName: 'Marco Rossi', userPrincipalName: 'marco.rossi@contoso.example' })
 *   // { userObjectId: 'a1…', userDisplayName: 'Marco Rossi', userPrincipalName: 'marco.rossi@contoso.example', loginHint: 'marco.rossi@contoso.example' }
 */
export function legacyUserContext(me: GraphMe): { userObjectId: string; userDisplayName: string; userPrincipalName: string; loginHint: string } {
  return { userObjectId: me.id, userDisplayName: me.displayName, userPrincipalName: me.userPrincipalName, loginHint: me.userPrincipalName };
}

/** `GET /graph/v1.0/me` on the workbench this host is served from. Rejects with the status when it fails. */
export async function fetchSignedInUser(origin: string, token: TokenSource = workbenchToken(origin), fetchImpl: typeof fetch = fetch): Promise<GraphMe> {
  const res = await fetchImpl(`${origin}/graph/v1.0/me?$select=id,displayName,userPrincipalName`, { headers: { Authorization: `Bearer ${await token()}` } });
  if (!res.ok) throw new Error(`GET /me answered HTTP ${res.status}`);
  const me = (await res.json()) as Partial<GraphMe>;
  if (typeof me.id !== 'string' || typeof me.displayName !== 'string' || typeof me.userPrincipalName !== 'string') {
    throw new Error('GET /me did not name the user (id, displayName, userPrincipalName).');
  }
  return { id: me.id, displayName: me.displayName, userPrincipalName: me.userPrincipalName };
}
