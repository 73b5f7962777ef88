/**
 * The review, as index.html draws it (channel tab, meeting side panel, stage): wire Graph, render.
 * Loaded by src/tab.tsx as a chunk of its own, in parallel with connecting to Teams. Sign-in (MSAL,
 * src/host/graph-token.ts) is a further chunk, fetched on the first Graph call inside Teams, and
 * the capture forms another, fetched here by the frames that draw them (not the stage).
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
      />,
      root,
    );
  };
  render(host.context.theme);
  host.onThemeChange(render);
}

export const page: PageView = { start };
