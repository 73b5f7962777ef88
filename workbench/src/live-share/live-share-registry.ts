/**
 * What Teams keeps for Live Share per meeting, kept by the workbench for the fake Teams host: the
 * meeting's Fluid container id and each Live Share client's meeting roles.
 *
 * In Teams, every attendee's client asks Teams for the container of the meeting
 * (`interactive.getFluidContainerId`); the first one finds none, creates the container and hands
 * its id back (`setFluidContainerId`); a second client that created one at the same moment is
 * answered with the first id and joins that container instead (ContainerState `Conflict`: see
 * node_modules/@microsoft/live-share/bin/LiveShareClient.js, createNewContainer). Roles come from
 * the meeting: a client registers its Fluid client id (`registerClientId`) and the others ask for
 * that id's roles (`getClientRoles`) before they accept a change it made to a role-restricted
 * object (`LiveState.initialize(…, allowedRoles)`).
 *
 * The fake host (teams-app/src/fake-host/fake-host.ts) answers those teams-js calls with this
 * registry over `/_workbench/live-share/meetings/<meeting id>/…`, so two independent browsers in
 * the same meeting id join the same container, and each client's roles are the `?role=` its host
 * page was opened with, and its user the signed-in user of that page (so Live Share presence names
 * people, as Teams' `getClientInfo` does). In memory: the local Fluid service keeps its documents in memory too.
 */

export const MEETING_ROLES = ['Organizer', 'Presenter', 'Attendee', 'Guest'] as const;
export type MeetingRole = (typeof MEETING_ROLES)[number];

export function isMeetingRole(value: unknown): value is MeetingRole {
  return typeof value === 'string' && (MEETING_ROLES as readonly string[]).includes(value);
}

/** The answer to get/setFluidContainerId (teams-js `IFluidContainerInfo`). */
export interface ContainerInfo {
  containerState: 'Added' | 'AlreadyExists' | 'Conflict' | 'NotFound';
  containerId: string | undefined;
  shouldCreate: boolean;
  retryAfter: number;
}

/** Who a client is, as Teams knows every attendee (teams-js `IClientInfo` userId, displayName). */
export interface ClientUser {
  userId: string;
  displayName: string;
}

/** A registered client: its roles and, when the host said, its user. */
export interface ClientEntry {
  roles: MeetingRole[];
  user: ClientUser | null;
}

interface Meeting {
  containerId?: string;
  clients: Map<string, ClientEntry>;
}

export interface LiveShareRegistry {
  getContainer(meetingId: string): ContainerInfo;
  /** The first id set for a meeting stays; a later one is answered `Conflict` with the first. */
  setContainer(meetingId: string, containerId: string): ContainerInfo;
  registerClient(meetingId: string, clientId: string, roles: readonly MeetingRole[], user?: ClientUser | null): MeetingRole[];
  /** A client's roles and user; null when it never registered in this meeting. */
  client(meetingId: string, clientId: string): ClientEntry | null;
}

export function createLiveShareRegistry(): LiveShareRegistry {
  const meetings = new Map<string, Meeting>();
  const meeting = (id: string): Meeting => {
    let m = meetings.get(id);
    if (!m) {
      m = { clients: new Map() };
      meetings.set(id, m);
    }
    return m;
  };
  return {
    getContainer(meetingId) {
      const containerId = meetings.get(meetingId)?.containerId;
      return containerId === undefined
        ? { containerState: 'NotFound', containerId: undefined, shouldCreate: true, retryAfter: 0 }
        : { containerState: 'AlreadyExists', containerId, shouldCreate: false, retryAfter: 0 };
    },
    setContainer(meetingId, containerId) {
      const m = meeting(meetingId);
      if (m.containerId !== undefined && m.containerId !== containerId) {
        return { containerState: 'Conflict', containerId: m.containerId, shouldCreate: false, retryAfter: 0 };
      }
      m.containerId = containerId;
      return { containerState: 'Added', containerId, shouldCreate: false, retryAfter: 0 };
    },
    registerClient(meetingId, clientId, roles, user = null) {
      const kept = [...new Set(roles)];
      meeting(meetingId).clients.set(clientId, { roles: kept, user });
      return kept;
    },
    client(meetingId, clientId) {
      return meetings.get(meetingId)?.clients.get(clientId) ?? null;
    },
  };
}
