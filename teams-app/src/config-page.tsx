/**
 * The configuration page inside Teams (or the fake host), as config.html draws it; loaded by
 * src/config.tsx as a chunk of its own, in parallel with connecting to Teams. On Save it gives
 * Teams the tab URL carrying the chosen site, team and channel. It loads none of the review.
 */
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { ConfigPage } from './config/ConfigPage';
import type { TabConfigValues } from './config/ConfigPage';
import { onConfigSave, setConfigValid } from './host/config-host';
import { graphFor } from './data/connect-graph';
import { createTeamDirectory } from './data/team-directory';
import { tenantNaaToken, workbenchToken } from './host/graph-token';
import type { TabHost } from './host/host-types';
import type { PageView } from './start-page';
import { registerTabIcons } from './tab-icons';
import { readTabSettings } from './tab-settings';

function start(root: HTMLElement, host: TabHost): void {
  registerTabIcons();
  const here = new URL(window.location.href);
  const initial: TabConfigValues = {
    site: here.searchParams.get('site') ?? (here.hostname === '127.0.0.1' ? 'root' : ''),
    team: host.context.groupId ?? host.context.teamId ?? '',
    channel: host.context.channelId ?? '',
  };
  // The team and channel lists come from Graph with the tab's own sign-in (Team.ReadBasic.All,
  // Channel.ReadBasic.All); in the workbench, the stand-in with its dev token.
  const settings = readTabSettings(here.href, host.context, new Date());
  const getToken = settings.workbench || !settings.clientId ? workbenchToken(here.origin) : tenantNaaToken(settings.clientId, host.context.tenantId);
  const directory = createTeamDirectory(graphFor(settings.graphUrl, getToken));
  let current = initial;
  const tabUrl = (): string => {
    const url = new URL('index.html', here);
    url.searchParams.set('site', current.site.trim());
    url.searchParams.set('team', current.team.trim());
    url.searchParams.set('channel', current.channel.trim());
    const clientId = here.searchParams.get('clientId');
    if (clientId) url.searchParams.set('clientId', clientId);
    return url.toString();
  };
  if (host.context.mode === 'teams') {
    onConfigSave(() => ({ contentUrl: tabUrl(), websiteUrl: tabUrl(), entityId: `gtm-review-${current.channel.trim()}`, suggestedDisplayName: 'GTM Review' }));
  }
  ReactDOM.render(
    <ConfigPage
      initial={initial}
      directory={directory}
      onChange={(values, valid) => {
        current = values;
        if (host.context.mode === 'teams') setConfigValid(valid);
      }}
    />,
    root,
  );
}

export const page: PageView = { start };
