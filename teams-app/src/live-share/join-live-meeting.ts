/**
 * Joins the meeting's Live Share container: a chunk of its own (Live Share and Fluid are most of
 * its size), imported by src/review-page.tsx only in a meeting frame (side panel, stage), never up
 * front and never by the configuration page.
 *
 * The container holds two Live Share objects:
 * - `position`, a `LiveState` of the meeting's `MeetingPosition` (section, selected item, time
 *   spent per section; times on the meeting's shared clock), initialised with allowed roles
 *   Organizer and Presenter: Live Share drops a change whose sender has neither role
 *   (node_modules/@microsoft/live-share/bin/LiveState.js, onReceivedStateEvent → verifyRolesAllowed);
 * - `captured`, a `LiveEvent` anyone may send (everyone captures and proposes deep dives): "I wrote
 *   to the Review item", upon which the others read SharePoint again at once;
 * - `presence`, a `LivePresence` whose data is the user's name: who is in the meeting now, on how
 *   many devices ("LivePresence", learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/teams-live-share-capabilities).
 *
 * In Teams the host is teams-js `LiveShareHost` and Live Share finds the meeting's Azure Fluid
 * Relay itself. Locally (the workbench) the connection is `{ type: 'local' }` to the workbench's
 * Fluid service with an `InsecureTokenProvider` (learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/teams-live-share-how-to/testing-live-share),
 * and the host is Live Share's `TestLiveShareHost` for what the local service needs (tenant,
 * token, clock) wrapped so that the container id and the roles come from the fake Teams host:
 * `TestLiveShareHost` alone keeps the container id in this page's URL hash and says every remote
 * client is an organizer (node_modules/@microsoft/live-share/bin/TestLiveShareHost.js), which
 * would put two browsers in two containers and let an attendee move the agenda.
 *
 * APIs of @microsoft/live-share 1.x used here, as Microsoft documents them:
 * `LiveShareClient.joinContainer(schema)` (learn.microsoft.com/javascript/api/@microsoft/live-share/liveshareclient),
 * `TestLiveShareHost.create(getLocalTestContainerId, setLocalTestContainerId)` "Live Share Host
 * implementation used for local testing" (learn.microsoft.com/javascript/api/@microsoft/live-share/testlivesharehost),
 * `LiveState.initialize(initialState, allowedRoles)` and `LiveEvent` ("role verification for live
 * data structures", learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/teams-live-share-capabilities),
 * teams-js `LiveShareHost.create()` (learn.microsoft.com/javascript/api/@microsoft/teams-js/livesharehost:
 * only from the meetingStage or sidePanel contexts, after app.initialize()).
 *
 * How two browsers find the same container: the fake host answers `getFluidContainerId` /
 * `setFluidContainerId` from the workbench's registry, keyed by the meeting id of the Teams
 * context (workbench/src/live-share/live-share-registry.ts): the first client creates the
 * container and registers its id; every later client (or one that created a container at the same
 * moment and is answered `Conflict`) loads that one — as Teams does for a real meeting.
 */
import { InsecureTokenProvider } from '@fluidframework/test-client-utils';
import type { ContainerSchema } from 'fluid-framework';
import type { ILiveShareHost } from '@microsoft/live-share';
import { LiveEvent, LivePresence, LiveShareClient, LiveState, PresenceState, TestLiveShareHost, UserMeetingRole } from '@microsoft/live-share';
import { teamsLiveShareHost } from '../host/live-share-host';
import type { LiveSession, MeetingPerson, MeetingRole } from '../review/live-meeting';
import { asMeetingPosition, asPresenceName } from '../review/live-meeting';
import type { MeetingPosition } from '../review/meeting-position';

export interface JoinLiveMeetingOptions {
  /** The workbench's local Fluid service; null in Teams. */
  local: { endpoint: string } | null;
  /** Who this is, for the local service's token (Teams knows the user itself): an AzureUser needs both. */
  user: { id: string; name: string };
  /**
   * How long a joining presenter listens for the position another presenter already shares before
   * sharing its own (default 1.5 s): Live Share hands a newcomer the others' latest state shortly
   * after it connects, not as part of joining.
   */
  settleMs?: number;
}

interface CapturedSignal {
  at: number;
}

/** The wrapped test host (see above): container id and roles from the fake Teams host. */
function localMeetingHost(teams: ILiveShareHost): ILiveShareHost {
  const test = TestLiveShareHost.create(() => undefined, () => undefined);
  return {
    getFluidTenantInfo: () => test.getFluidTenantInfo(),
    getFluidToken: (containerId?: string) => test.getFluidToken(containerId),
    getNtpTime: () => test.getNtpTime(),
    getFluidContainerId: () => teams.getFluidContainerId(),
    setFluidContainerId: (containerId: string) => teams.setFluidContainerId(containerId),
    registerClientId: (clientId: string) => teams.registerClientId(clientId),
    getClientRoles: (clientId: string) => teams.getClientRoles(clientId),
    getClientInfo: (clientId: string) => teams.getClientInfo(clientId),
  };
}

const schema = {
  initialObjects: { position: LiveState, captured: LiveEvent, presence: LivePresence },
} satisfies ContainerSchema;

export async function joinLiveMeeting(options: JoinLiveMeetingOptions): Promise<LiveSession> {
  const teams = teamsLiveShareHost();
  // Fluid's AzureClient drops a member without a name ("Provided user was not an AzureUser"); a variable, as IUser declares only the id.
  const azureUser = { id: options.user.id, name: options.user.name };
  const client = options.local
    ? new LiveShareClient(localMeetingHost(teams), {
        connection: { type: 'local', endpoint: options.local.endpoint, tokenProvider: new InsecureTokenProvider('', azureUser) },
      })
    : new LiveShareClient(teams);
  const { container, services, timestampProvider } = await client.joinContainer(schema);
  const position = container.initialObjects.position as LiveState<MeetingPosition | null>;
  const captured = container.initialObjects.captured as LiveEvent<CapturedSignal>;
  const positionListeners = new Set<(p: MeetingPosition) => void>();
  const capturedListeners = new Set<() => void>();
  let received: MeetingPosition | null = null;
  let heard: () => void = () => undefined;
  const onState = (state: unknown, local: boolean): void => {
    const p = asMeetingPosition(state);
    if (p === null) return;
    received = p;
    heard();
    if (!local) positionListeners.forEach((l) => l(p));
  };
  position.on('stateChanged', onState);
  const onCaptured = (_evt: CapturedSignal, local: boolean): void => {
    if (!local) capturedListeners.forEach((l) => l());
  };
  captured.on('received', onCaptured);
  const presence = container.initialObjects.presence as LivePresence<{ name?: unknown }>;
  const peopleListeners = new Set<(people: readonly MeetingPerson[]) => void>();
  const peopleNow = (): MeetingPerson[] => {
    const people: MeetingPerson[] = [];
    for (const user of presence.getUsers(PresenceState.online)) {
      // Teams names the user itself; the local service knows only what the client put in its data.
      const name = asPresenceName(user.displayName) ?? asPresenceName(user.data?.name);
      if (name !== null) people.push({ name, devices: Math.max(1, user.getConnections(PresenceState.online).length) });
    }
    return people;
  };
  const onPresence = (): void => {
    const people = peopleNow();
    peopleListeners.forEach((l) => l(people));
  };
  presence.on('presenceChanged', onPresence);
  // The same roles as PRESENTING_ROLES (src/review/live-meeting.ts).
  await position.initialize(null, [UserMeetingRole.organizer, UserMeetingRole.presenter]);
  await captured.initialize();
  await presence.initialize({ name: options.user.name });

  let presenting = false;
  await position.onLocalUserAllowed(() => {
    presenting = true;
  });
  // This client's roles, for the UI (who it is): its connection's id is its Fluid client id.
  let roles: MeetingRole[] = presenting ? ['Presenter'] : ['Attendee'];
  const connections = services.audience.getMyself()?.connections ?? [];
  const clientId = connections[connections.length - 1]?.id;
  if (clientId !== undefined) {
    const info = await position.getClientInfo(clientId).catch(() => undefined);
    if (info && info.roles.length > 0) roles = info.roles as string[] as MeetingRole[];
  }
  // A presenter waits a moment for a position already shared; anyone else just takes what comes.
  if (presenting && received === null) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, options.settleMs ?? 1500);
      heard = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    heard = () => undefined;
  }
  const joinedAt = received ?? asMeetingPosition(position.state);
  return {
    roles,
    now: () => timestampProvider.getTimestamp(),
    position: joinedAt,
    onPosition(listener) {
      positionListeners.add(listener);
      // A position that arrived after joining returned and before this listener: not lost.
      if (received !== null && received !== joinedAt) listener(received);
      return () => void positionListeners.delete(listener);
    },
    setPosition: (p) => position.set(p),
    announceCaptured() {
      captured.send({ at: timestampProvider.getTimestamp() }).catch(() => undefined);
    },
    onCaptured(listener) {
      capturedListeners.add(listener);
      return () => void capturedListeners.delete(listener);
    },
    people: peopleNow,
    onPeople(listener) {
      peopleListeners.add(listener);
      return () => void peopleListeners.delete(listener);
    },
    dispose() {
      position.off('stateChanged', onState);
      captured.off('received', onCaptured);
      presence.off('presenceChanged', onPresence);
      container.dispose();
    },
  };
}
