/**
 * The review, as index.html draws it (channel tab, meeting side panel, stage): wire Graph, render.
 * Loaded by src/tab.tsx as a chunk of its own, in parallel with connecting to Teams. Sign-in (MSAL,
 * src/host/graph-token.ts) is a further chunk, fetched on the first Graph call inside Teams, and
 * the capture forms another, fetched here by the frames that draw them (not the stage). Live Share
 * (src/live-share/join-live-meeting.ts, with Fluid most of its size) is one more, fetched only by
 * the meeting's side panel and stage when they join the meeting's live session.
 */
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { fetchSiteTimeZone } from '@gtm/shared';
import { registerTabIcons } from './tab-icons';
import { tenantNaaToken, workbenchToken } from './host/graph-token';
import type { TabHost } from './host/host-types';
import { teamsStageSharing } from './host/stage-host';
import { connectReviewBackend } from './data/connect-graph';
import { loadCaptureForms } from './review/capture-forms-loader';
import { ReviewTab } from './review/ReviewTab';
import { followStorageEvents } from './review/review-sync';
import type { JoinLiveMeeting } from './review/live-meeting';
import type { PageView } from './start-page';
import { readTabSettings } from './tab-settings';

/** Without `?tz=`: the workbench's site answers its zone over REST; on a tenant the URL must carry it. */
function siteTimeZoneReader(workbench: boolean): () => Promise<string> {
  if (workbench) return () => fetchSiteTimeZone(`${window.location.origin}/sites/gtm`);
  return () =>
    Promise.reject(
      new Error("The tab's URL names no site time zone (tz=…, e.g. tz=Europe/Berlin): reconfigure the tab so dates read as the site stores them."),
    );
}

/**
 * The workbench's local Fluid service (`/_workbench/live-share`: tinylicious on 127.0.0.1, which
 * `npm start` runs on the port after its own); an Error saying why when there is none.
 */
async function localFluidService(origin: string): Promise<{ endpoint: string }> {
  const response = await fetch(`${origin}/_workbench/live-share`, { credentials: 'same-origin' });
  const body = (await response.json().catch(() => ({}))) as { endpoint?: unknown; error?: unknown };
  if (!response.ok || typeof body.endpoint !== 'string') {
    throw new Error(typeof body.error === 'string' ? body.error : `the workbench answered HTTP ${response.status} for its Fluid service`);
  }
  const endpoint = new URL(body.endpoint);
  // Only a service on this machine: the workbench never points the tab elsewhere.
  if (endpoint.protocol !== 'http:' || (endpoint.hostname !== '127.0.0.1' && endpoint.hostname !== 'localhost')) {
    throw new Error(`the workbench named a Fluid service that is not on this machine (${endpoint.origin})`);
  }
  return { endpoint: endpoint.origin };
}

/**
 * How the meeting frames (side panel, stage) join the meeting's Live Share session: in Teams through
 * teams-js `LiveShareHost`, in the workbench's fake host through its local Fluid service. Null
 * elsewhere (channel tab, standalone): not live.
 */
function liveJoiner(host: TabHost, workbench: boolean): JoinLiveMeeting | null {
  const frame = host.context.frameContext;
  if (host.context.mode !== 'teams' || (frame !== 'sidePanel' && frame !== 'meetingStage')) return null;
  return async () => {
    const local = workbench ? await localFluidService(window.location.origin) : null;
    const { joinLiveMeeting } = await import('./live-share/join-live-meeting');
    const user = host.context.user;
    return joinLiveMeeting({ local, user: { id: user?.email ?? 'anonymous', name: user?.displayName ?? user?.email ?? 'Anonymous' } });
  };
}

function start(root: HTMLElement, host: TabHost): void {
  // The stage shows decisions and actions but captures none: only the other frames load the forms.
  if (host.context.frameContext !== 'meetingStage') void loadCaptureForms().catch(() => undefined);
  registerTabIcons();
  const settings = readTabSettings(window.location.href, host.context, new Date());
  const getToken = settings.workbench || !settings.clientId ? workbenchToken(window.location.origin) : tenantNaaToken(settings.clientId, host.context.tenantId);
  const { backend, people } = connectReviewBackend({
    graphUrl: settings.graphUrl,
    siteId: settings.siteId,
    getToken,
    timeZone: settings.siteTimeZone ?? siteTimeZoneReader(settings.workbench),
    place: { teamId: settings.teamId, channelId: settings.channelId },
    chatId: host.context.chatId,
  });
  const me = host.context.user ? { email: host.context.user.email, ...(host.context.user.displayName ? { displayName: host.context.user.displayName } : {}) } : null;
  const follow = followStorageEvents(window);
  const joinLive = liveJoiner(host, settings.workbench);
  // The stage shows this same page (site, team, channel in its URL); Teams opens it in the meeting
  // stage frame, where the context's frameContext is meetingStage.
  const stage = host.context.mode === 'teams' && host.context.frameContext === 'sidePanel' ? { sharing: teamsStageSharing(), url: window.location.href } : null;
  const render = (theme: typeof host.context.theme): void => {
    document.body.dataset.theme = theme;
    ReactDOM.render(
      <ReviewTab
        backend={backend}
        people={people}
        today={settings.today}
        locale={host.context.locale}
        place={{ teamId: settings.teamId, channelId: settings.channelId }}
        frame={host.context.frameContext}
        theme={theme}
        me={me}
        note={host.context.note}
        storage={window.localStorage}
        follow={follow}
        newId={() => crypto.randomUUID()}
        now={() => Date.now()}
        stage={stage}
        joinLive={joinLive}
      />,
      root,
    );
  };
  render(host.context.theme);
  host.onThemeChange(render);
}

export const page: PageView = { start };
