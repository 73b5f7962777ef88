/**
 * The fake Teams host of the workbench (`host.html`): it frames the tab (or its configuration page)
 * and answers the teams-js postMessage calls a meeting tab makes — `initialize`, `getContext` with
 * a meeting and the frame context chosen by `?frame=sidePanel|meetingStage|content&theme=dark`, and
 * the configuration page's settings calls. Plain DOM: it stands in for Teams, not for the app.
 *
 * The side panel and the stage are in the GTM Review meeting: the context carries the meeting id
 * and the meeting's chat id, whose members the Graph stand-in lists (workbench/src/seed/meeting-chat.ts
 * holds the same id). `content` is the channel tab: no meeting, no chat. `?chat=<id>` puts the
 * frame in another chat (an unknown one shows the tab's fallback), `?chat=none` in none.
 *
 * In the side panel, *Share to stage* (meeting.shareAppContentToStage) opens the shared URL in a
 * second frame, the stage, answered as `meetingStage`; `?share=denied` plays a user who may not share.
 * `?locale=de-DE` sets the context's locale (en-us otherwise).
 *
 * The user in the context is the workbench's signed-in user (`--user`), read from Graph `/me`
 * before `getContext` is answered (signed-in-user.ts).
 *
 * Live Share: the host answers the teams-js `interactive.*` calls that `LiveShareHost` makes
 * (node_modules/@microsoft/teams-js/dist/esm/packages/teams-js/src/public/liveShareHost.js) as
 * Teams would for this meeting: the meeting's Fluid container id and each client's meeting roles
 * are kept by the workbench (`/_workbench/live-share/meetings/<meeting id>/…`,
 * workbench/src/live-share/live-share-registry.ts), so two browsers in the same meeting join the
 * same container and see each other's roles. `?role=organizer|presenter|attendee` is this user's
 * role in the meeting (organizer when not given).
 */
import { fetchSignedInUser, legacyUserContext } from './signed-in-user';

interface ChildRequest {
  id: number;
  uuidAsString?: string;
  func: string;
  args?: unknown[];
}

const params = new URL(window.location.href).searchParams;
const frame = params.get('frame') ?? 'sidePanel';
const theme = params.get('theme') ?? 'default';
const page = params.get('page') === 'config' ? 'config' : 'index';
const frameContext = page === 'config' ? 'settings' : frame;
const inMeeting = frameContext === 'sidePanel' || frameContext === 'meetingStage';
/** The GTM Review meeting's chat: the stand-in's `DEMO_MEETING_CHAT_ID`. */
const MEETING_CHAT_ID = '19:meeting_gtm-review@thread.v2';
const chatParam = params.get('chat');
const chatId = chatParam === 'none' ? undefined : chatParam ?? (inMeeting ? MEETING_CHAT_ID : undefined);
/** The GTM Review meeting (teams-js `context.meeting.id`): the key of its Live Share container. */
const MEETING_ID = 'MCMxOTptZWV0aW5nX2d0bS1yZXZpZXdAdGhyZWFkLnYy';
/** This user's Live Share meeting roles (teams-js `UserMeetingRole` values). */
const ROLES: Record<string, string[]> = { organizer: ['Organizer', 'Presenter'], presenter: ['Presenter'], attendee: ['Attendee'], guest: ['Guest'] };
const roles: string[] = ROLES[params.get('role') ?? 'organizer'] ?? ['Organizer', 'Presenter'];

/** The meeting the fake host is in: the workbench's demo team and channel (the user comes from `/me`). */
const CONTEXT = {
  frameContext,
  theme,
  // `?locale=de-DE` plays a user whose Teams is set to German (teams-js maps it to `app.locale`).
  locale: params.get('locale') ?? 'en-us',
  hostClientType: 'web',
  hostName: 'Teams',
  entityId: 'gtm-review',
  tid: '00000000-0000-0000-0000-00000000c0de',
  // teams-js maps these legacy fields to `context.meeting.id` and `context.chat.id`.
  ...(inMeeting ? { meetingId: MEETING_ID } : {}),
  ...(chatId ? { chatId } : {}),
  teamId: '19:gtm-team@thread.tacv2',
  groupId: 'gtm-team',
  teamName: 'GTM',
  channelId: 'gtm-review',
  channelName: 'GTM Review',
};

const RUNTIME = JSON.stringify({
  apiVersion: 4,
  supports: { appInitialization: {}, pages: { config: {}, tabs: {}, appButton: {}, backStack: {} }, teamsCore: {}, meeting: {}, dialog: {}, sharing: {}, interactive: {} },
});

let savedSettings: Record<string, unknown> | null = null;

// Full-width frames leave room for their 4 px margins: 100% plus 8 px scrolled a 320 px window sideways.
const frameSize: Record<string, string> = {
  sidePanel: 'width:320px;max-width:calc(100% - 8px);height:calc(100vh - 48px)',
  meetingStage: 'width:calc(100% - 8px);height:calc(100vh - 48px)',
  content: 'width:calc(100% - 8px);height:calc(100vh - 48px)',
  settings: 'width:600px;max-width:calc(100% - 8px);height:420px',
};

const bar = document.createElement('header');
bar.setAttribute('style', 'height:40px;display:flex;align-items:center;gap:12px;padding:0 12px;background:#464775;color:#fff;font:14px Segoe UI,sans-serif');
const title = document.createElement('strong');
title.textContent = `Fake Teams host · ${frameContext}${theme !== 'default' ? ` · ${theme}` : ''}${inMeeting ? ` · ${roles.join(', ')}` : ''}`;
bar.appendChild(title);
const status = document.createElement('span');
status.id = 'host-status';
bar.appendChild(status);
document.body.setAttribute('style', `margin:0;background:${theme === 'default' ? '#f5f5f5' : '#1f1f1f'}`);
document.body.appendChild(bar);

/**
 * The context with the signed-in user. Should `/me` fail, the context has no user (the tab then
 * works without one) and the host's bar says why.
 */
/** The signed-in user as Live Share's clients see each other (`getClientInfo`); null until `/me` answered. */
let liveShareUser: { userId: string; displayName: string } | null = null;
const contextWithUser: Promise<Record<string, unknown>> = fetchSignedInUser(window.location.origin).then(
  (me) => {
    liveShareUser = { userId: me.id, displayName: me.displayName };
    return { ...CONTEXT, ...legacyUserContext(me) };
  },
  (error: unknown) => {
    status.textContent = `No signed-in user: ${error instanceof Error ? error.message : String(error)}`;
    return CONTEXT;
  },
);

const iframe = document.createElement('iframe');
const target = new URL(page === 'config' ? 'config.html' : 'index.html', window.location.href);
for (const [k, v] of params) if (k !== 'frame' && k !== 'page' && k !== 'chat' && k !== 'role') target.searchParams.set(k, v);
iframe.src = target.toString();
iframe.title = page === 'config' ? 'GTM Review configuration' : 'GTM Review tab';
iframe.setAttribute('style', `${frameSize[frameContext] ?? frameSize.content};border:0;background:${theme === 'default' ? '#fff' : '#292929'};margin:4px`);
document.body.appendChild(iframe);

if (page === 'config') {
  const save = document.createElement('button');
  save.type = 'button';
  save.textContent = 'Save';
  save.id = 'host-save';
  save.disabled = true;
  save.addEventListener('click', () => send({ func: 'settings.save', args: [{}] }));
  bar.appendChild(save);
}

/** Each frame the host shows, by its window: the tab (or config page) and, once shared, the stage. */
const frames = new Map<Window, string>();
if (iframe.contentWindow) frames.set(iframe.contentWindow, frameContext);

function send(message: Record<string, unknown>, to: Window | null = iframe.contentWindow): void {
  to?.postMessage(message, window.location.origin);
}

/**
 * Share to stage as Teams does it: the shared URL opens in the meeting stage frame, whose context
 * says `meetingStage` (teams-js reference: shareAppContentToStage's URL "must be included in your
 * app manifest's validDomains", here the host's own origin). `?share=denied` plays a user who may
 * not share (doesAppHaveSharePermission false, share refused with SdkError 1000).
 */
const shareAllowed = params.get('share') !== 'denied';
function openStage(url: string): unknown[] {
  if (!shareAllowed) return [{ errorCode: 1000, message: 'App does not have permission to share to the stage' }, null];
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return [{ errorCode: 4000, message: `not a URL: ${url}` }, null];
  }
  if (target.origin !== window.location.origin) return [{ errorCode: 4000, message: `${target.origin} is not in the app's validDomains` }, null];
  document.getElementById('stage-frame')?.remove();
  const stage = document.createElement('iframe');
  stage.id = 'stage-frame';
  stage.title = 'GTM Review stage';
  stage.setAttribute('style', `width:calc(100% - 360px);height:calc(100vh - 48px);border:0;background:${theme === 'default' ? '#fff' : '#292929'};margin:4px`);
  document.body.appendChild(stage);
  if (stage.contentWindow) frames.set(stage.contentWindow, 'meetingStage');
  stage.src = target.toString();
  status.textContent = 'Shared to stage';
  return [null, true];
}

const liveShareBase = `${window.location.origin}/_workbench/live-share`;
const meetingBase = `${liveShareBase}/meetings/${encodeURIComponent(MEETING_ID)}`;

/** The workbench's answer as JSON, or null for a 404 (a client not registered yet: Live Share asks again). */
async function workbenchJson(url: string, init?: { method: 'PUT'; body: unknown }): Promise<unknown> {
  const response = await fetch(url, init ? { method: init.method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(init.body) } : undefined);
  if (response.status === 404) return null;
  const body = (await response.json()) as { error?: string };
  if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
  return body;
}

/** teams-js `interactive.*` (what Teams answers for Live Share in a meeting), as [error, result]. */
async function answerLiveShare(func: string, args: unknown[]): Promise<unknown[]> {
  try {
    const clientId = typeof args[0] === 'string' ? args[0] : '';
    switch (func) {
      case 'interactive.getFluidTenantInfo': {
        const service = (await workbenchJson(liveShareBase)) as { endpoint: string };
        return [null, { tenantId: 'local', serviceEndpoint: service.endpoint }];
      }
      case 'interactive.getFluidToken':
        return [null, 'test-token'];
      case 'interactive.getFluidContainerId':
        return [null, await workbenchJson(`${meetingBase}/container`)];
      case 'interactive.setFluidContainerId':
        return [null, await workbenchJson(`${meetingBase}/container`, { method: 'PUT', body: { containerId: clientId } })];
      case 'interactive.getNtpTime': {
        const now = new Date();
        return [null, { ntpTime: now.toUTCString(), ntpTimeInUTC: now.getTime() }];
      }
      case 'interactive.registerClientId': {
        await contextWithUser; // who this client is, as Teams would say
        const registered = (await workbenchJson(`${meetingBase}/clients/${encodeURIComponent(clientId)}`, { method: 'PUT', body: { roles, ...(liveShareUser ? { user: liveShareUser } : {}) } })) as { roles: string[] };
        return [null, registered.roles];
      }
      case 'interactive.getClientRoles':
      case 'interactive.getClientInfo': {
        const found = (await workbenchJson(`${meetingBase}/clients/${encodeURIComponent(clientId)}`)) as { roles: string[] | null; userId?: string; displayName?: string } | null;
        // A client not registered yet: null, and Live Share asks again.
        if (found === null || !Array.isArray(found.roles)) return [null, null];
        if (func === 'interactive.getClientRoles') return [null, found.roles];
        // Teams answers the attendee's user id and name: Live Share presence groups a user's devices by it.
        return [null, { userId: found.userId ?? clientId, roles: found.roles, ...(found.displayName !== undefined ? { displayName: found.displayName } : {}) }];
      }
      default:
        return [{ errorCode: 501, message: `${func} is not supported by the fake host` }, null];
    }
  } catch (error) {
    return [{ errorCode: 500, message: error instanceof Error ? error.message : String(error) }, null];
  }
}

async function answer(request: ChildRequest, context: string): Promise<unknown[] | null> {
  if (request.func.startsWith('interactive.') && (context === 'sidePanel' || context === 'meetingStage')) return answerLiveShare(request.func, request.args ?? []);
  switch (request.func) {
    case 'initialize':
      return [context, 'web', RUNTIME, '2.58.0'];
    case 'getContext': {
      const withUser = await contextWithUser;
      const inStage = context === 'meetingStage';
      return [{ ...withUser, frameContext: context, ...(inStage ? { meetingId: MEETING_ID, chatId: chatId ?? MEETING_CHAT_ID } : {}) }];
    }
    case 'meeting.getAppContentStageSharingCapabilities':
      return [null, { doesAppHaveSharePermission: shareAllowed && context === 'sidePanel' }];
    case 'meeting.shareAppContentToStage':
      return openStage(String(request.args?.[0] ?? ''));
    case 'settings.setValidityState': {
      const button = document.getElementById('host-save') as HTMLButtonElement | null;
      if (button) button.disabled = request.args?.[0] !== true;
      return null;
    }
    case 'settings.setSettings':
      savedSettings = (request.args?.[0] as Record<string, unknown> | undefined) ?? null;
      return [true];
    case 'settings.getSettings':
      return [savedSettings];
    case 'settings.save.success': {
      status.textContent = `Saved: ${String(savedSettings?.contentUrl ?? '')}`;
      status.dataset.contentUrl = String(savedSettings?.contentUrl ?? '');
      return null;
    }
    case 'settings.save.failure':
      status.textContent = `Save failed: ${String(request.args?.[0] ?? '')}`;
      return null;
    default:
      return [];
  }
}

window.addEventListener('message', (event: MessageEvent) => {
  const from = event.source as Window | null;
  const context = from ? frames.get(from) : undefined;
  if (context === undefined || event.origin !== window.location.origin) return;
  const request = event.data as ChildRequest;
  if (!request || typeof request.func !== 'string' || typeof request.id !== 'number') return;
  // teams-js matches an answer to its call by id, so a getContext that waits for /me may answer late.
  void answer(request, context).then((args) => {
    if (args !== null) send({ id: request.id, uuidAsString: request.uuidAsString, args }, from);
  });
});
export {};
