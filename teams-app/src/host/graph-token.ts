/**
 * Graph access tokens. In Teams: nested app authentication (NAA) with MSAL's nestable public
 * client — Teams brokers the token, no pop-up and no redirect page. In the workbench: a dev token
 * from `GET /_workbench/token` (same origin, loopback only).
 */
// MSAL is imported on first use only (a chunk of its own in the build): the workbench and the
// standalone tab never load it, and the tab's first paint does not wait for it.
import type { IPublicClientApplication } from '@azure/msal-browser';
import { injectedAuthority, teamsAuthority } from './authority';

export type TokenSource = () => Promise<string>;

/**
 * The scopes the tab asks for, all delegated (the README's permissions table says why each one):
 * only Sites.ReadWrite.All needs an admin's consent.
 */
export const GRAPH_SCOPES = [
  'https://graph.microsoft.com/User.Read',
  'https://graph.microsoft.com/Sites.ReadWrite.All',
  // The owner picker searches the directory (GET /users?$search=…): the least-privileged delegated
  // scope that reads other users' displayName and mail, user-consentable.
  'https://graph.microsoft.com/User.ReadBasic.All',
  // The meeting chat's members (the attendees); Graph's least-privileged delegated scope for
  // GET /chats/{id}/members, user-consentable. Without it the tab falls back to the circle.
  'https://graph.microsoft.com/Chat.ReadBasic',
  // The configuration page's pickers: GET /me/joinedTeams and GET /teams/{id}/channels, Graph's
  // least-privileged delegated scope for each, user-consentable.
  'https://graph.microsoft.com/Team.ReadBasic.All',
  'https://graph.microsoft.com/Channel.ReadBasic.All',
  'https://graph.microsoft.com/ChannelMessage.Send',
  'https://graph.microsoft.com/Calendars.ReadWrite',
  // End review schedules the next review at 09:00 in the organizer's zone: GET
  // /me/mailboxSettings/timeZone, Graph's least-privileged delegated scope, user-consentable.
  'https://graph.microsoft.com/MailboxSettings.Read',
];

/** The workbench's dev token, fetched once and reused. */
export function workbenchToken(origin: string): TokenSource {
  let token: Promise<string> | null = null;
  return () => {
    token ??= fetch(`${origin}/_workbench/token`).then(async (res) => {
      if (!res.ok) throw new Error(`The workbench refused a dev token (HTTP ${res.status}); open the tab from 127.0.0.1.`);
      return ((await res.json()) as { token: string }).token;
    });
    token.catch(() => (token = null)); // a failed fetch is retried on the next call
    return token;
  };
}

/**
 * A token from Teams through NAA; falls back to a consent pop-up when Entra needs one. `authority`
 * names the tenant (src/host/authority.ts: the registration is single tenant).
 */
export function naaToken(clientId: string, authority: string): TokenSource {
  let client: Promise<IPublicClientApplication> | null = null;
  return async () => {
    const msal = await import('@azure/msal-browser');
    client ??= msal.createNestablePublicClientApplication({ auth: { clientId, authority } });
    const pca = await client;
    const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
    try {
      const result = await pca.acquireTokenSilent({ scopes: GRAPH_SCOPES, ...(account ? { account } : {}) });
      return result.accessToken;
    } catch (error) {
      if (!(error instanceof msal.InteractionRequiredAuthError)) throw error;
      return (await pca.acquireTokenPopup({ scopes: GRAPH_SCOPES })).accessToken;
    }
  };
}

/**
 * NAA at the tenant's authority (GTM_TEAMS_AUTHORITY, else the Teams context's tenant); without a
 * tenant every token request fails with the reason, which the page shows.
 */
export function tenantNaaToken(clientId: string, tenantId: string | null | undefined): TokenSource {
  try {
    return naaToken(clientId, teamsAuthority(injectedAuthority(), tenantId));
  } catch (error) {
    return () => Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
