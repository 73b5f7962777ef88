/**
 * Entry of `index.html`: connect to the host (Teams, the fake host, or none), wire Graph, render.
 */
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { initializeIcons } from '@fluentui/react';
import { connectShowingStatus } from './connecting';
import { tenantNaaToken, workbenchToken } from './host/graph-token';
import { teamsStageSharing } from './host/stage-host';
import { fetchSiteTimeZone } from '@gtm/shared';
import { connectReviewBackend } from './data/connect-graph';
import { ReviewTab } from './review/ReviewTab';
import { followStorageEvents } from './review/review-sync';
import { readTabSettings } from './tab-settings';

/** Without `?tz=`: the workbench's site answers its zone over REST; on a tenant the URL must carry it. */
function siteTimeZoneReader(workbench: boolean): () => Promise<string> {
  if (workbench) return () => fetchSiteTimeZone(`${window.location.origin}/sites/gtm`);
  return () =>
    Promise.reject(
      new Error("The tab's URL names no site time zone (tz=…, e.g. tz=Europe/Berlin): reconfigure the tab so dates read as the site stores them."),
    );
}

async function main(): Promise<void> {
  initializeIcons(undefined, { disableWarnings: true });
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const host = await connectShowingStatus(root, window);
  if (!host) return;
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

void main();
