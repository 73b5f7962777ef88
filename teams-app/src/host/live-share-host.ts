/**
 * Live Share's host in a meeting: teams-js `LiveShareHost.create()` (Microsoft Learn, "Live Share
 * SDK": `const host = LiveShareHost.create(); const liveShare = new LiveShareClient(host);`,
 * learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/teams-live-share-quick-start).
 * It asks Teams (`interactive.*` postMessage calls) for the meeting's Fluid tenant, token and
 * container id, the meeting clock and each client's roles; the workbench's fake Teams host
 * answers the same calls locally (src/fake-host/fake-host.ts).
 *
 * teams-js declares its own copies of Live Share's enums (`UserMeetingRole`, `ContainerState`,
 * the same strings), so each answer is carried over to Live Share's types here. Only src/host
 * imports teams-js; this module is loaded with the Live Share chunk, never up front.
 */
import { LiveShareHost as TeamsLiveShareHost } from '@microsoft/teams-js';
import type { IClientInfo, IFluidContainerInfo, ILiveShareHost, UserMeetingRole } from '@microsoft/live-share';
import { ContainerState } from '@microsoft/live-share';

const ROLES: readonly string[] = ['Organizer', 'Presenter', 'Attendee', 'Guest'];

function asRoles(value: readonly string[] | undefined): UserMeetingRole[] | undefined {
  return value === undefined ? undefined : (value.filter((r) => ROLES.includes(r)) as UserMeetingRole[]);
}

function asContainerInfo(info: { containerState: string; containerId: string | undefined; shouldCreate: boolean; retryAfter: number }): IFluidContainerInfo {
  const states: readonly string[] = Object.values(ContainerState);
  return {
    containerState: (states.includes(info.containerState) ? info.containerState : ContainerState.notFound) as ContainerState,
    containerId: info.containerId,
    shouldCreate: info.shouldCreate,
    retryAfter: info.retryAfter,
  };
}

/** The Teams (or fake host) Live Share host; throws when the host does not support Live Share here. */
export function teamsLiveShareHost(): ILiveShareHost {
  const host = TeamsLiveShareHost.create();
  return {
    getFluidTenantInfo: () => host.getFluidTenantInfo(),
    getFluidToken: (containerId?: string) => host.getFluidToken(containerId),
    getFluidContainerId: async () => asContainerInfo(await host.getFluidContainerId()),
    setFluidContainerId: async (containerId: string) => asContainerInfo(await host.setFluidContainerId(containerId)),
    getNtpTime: () => host.getNtpTime(),
    registerClientId: async (clientId: string) => asRoles(await host.registerClientId(clientId)) ?? [],
    getClientRoles: async (clientId: string) => asRoles(await host.getClientRoles(clientId)),
    getClientInfo: async (clientId: string): Promise<IClientInfo | undefined> => {
      const info = await host.getClientInfo(clientId);
      // null (not undefined): a client Teams does not know yet; Live Share asks again (isIClientInfo).
      if (info === undefined || info === null) return info as undefined;
      return { userId: info.userId, roles: asRoles(info.roles) ?? [], ...(info.displayName !== undefined ? { displayName: info.displayName } : {}) };
    },
  };
}
