/**
 * Entry of `config.html`: the configuration page inside Teams (or the fake host). On Save it gives
 * Teams the tab URL carrying the chosen site, team and channel.
 */
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { initializeIcons } from '@fluentui/react';
import { ConfigPage } from './config/ConfigPage';
import type { TabConfigValues } from './config/ConfigPage';
import { onConfigSave, setConfigValid } from './host/config-host';
import { connectShowingStatus } from './connecting';
import { graphFor } from './data/connect-graph';
import { createTeamDirectory } from './data/team-directory';
import { tenantNaaToken, workbenchToken } from './host/graph-token';
import { readTabSettings } from './tab-settings';

async function main(): Promise<void> {
  initializeIcons(undefined, { disableWarnings: true });
  const root = document.getElementById('root');
  if (!root) throw new Error('config.html has no #root element');
  const host = await connectShowingStatus(root, window);
  if (!host) return;
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

void main();
