/// <reference types="office-js" />
/**
 * taskpane.js, the composition root: the one place that decides where tokens come from and which
 * Graph it talks to. The workbench build (`node scripts/build-ui.js`) takes the stand-in's dev token
 * and pre-fills its site; the packaged add-in signs in with MSAL (nested app authentication, the
 * Office dialog where NAA is unavailable) against Microsoft Graph, and the user names the site.
 * Outside Excel (office.js absent, e.g. the page opened in a browser) it says how to open it instead.
 */
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { initializeIcons } from '@fluentui/react';
import { workbenchGraphUrl, workbenchSiteUrl } from '@gtm/shared';
import { AddinPane } from './AddinPane';
import { injectedAuthConfig, isWorkbenchBuild } from './auth/build-config';
import { officeTokenSource } from './auth/office-auth';
import type { TokenSource } from './auth/token-source';
import { workbenchTokenSource } from './auth/workbench-token';
import { DATASETS } from './datasets';
import { insertSampleData, writeTable } from './excel-tables';
import { GRAPH_URL, siteStoreOpener } from './sharepoint-source';
import { resolveSite, type ChosenSite } from './site/resolve-site';
import { forgetSite, readSavedSite, saveSite, type SettingsLike } from './site/site-settings';
import { parseSiteUrl } from './site/site-url';

/** Where this build reads from: the workbench on the page's own origin, or Microsoft 365. */
interface Backend {
  tokens: TokenSource;
  graphUrl: string;
  suggestedUrl?: string;
  extraHosts: string[];
}

function productionTokens(): TokenSource {
  try {
    return officeTokenSource(injectedAuthConfig(), window.location.href);
  } catch (error) {
    // A build without a client id still opens; the first sign-in says how to fix the build.
    return { getToken: () => Promise.reject(error) };
  }
}

function backend(): Backend {
  if (isWorkbenchBuild()) {
    const origin = window.location.origin;
    return { tokens: workbenchTokenSource(origin), graphUrl: workbenchGraphUrl(origin), suggestedUrl: workbenchSiteUrl(origin), extraHosts: [window.location.hostname] };
  }
  return { tokens: productionTokens(), graphUrl: GRAPH_URL, extraHosts: [] };
}

const root = document.getElementById('root');

if (root) {
  initializeIcons(undefined, { disableWarnings: true });
  if (typeof Office === 'undefined') {
    root.textContent =
      'This is the GTM task pane: it runs inside Excel. Sideload manifest.xml (see excel-addin/README.md), or try the functions in the playground (playground.html).';
  } else {
    void Office.onReady(() => {
      const { tokens, graphUrl, suggestedUrl, extraHosts } = backend();
      const office = Office.context.document.settings;
      // Office's saveAsync has an options overload; the pane uses only the callback form.
      const settings: SettingsLike = {
        get: (name) => office.get(name) as unknown,
        set: (name, value) => office.set(name, value),
        remove: (name) => office.remove(name),
        saveAsync: (callback) =>
          office.saveAsync((result) => callback({ succeeded: result.status === Office.AsyncResultStatus.Succeeded, message: result.error?.message })),
      };
      const lists = DATASETS.map((d) => d.list);
      const chooseSite = async (url: string): Promise<ChosenSite> => {
        const site = await resolveSite(parseSiteUrl(url, extraHosts), lists, { graphUrl, tokens });
        await saveSite(settings, site);
        return site;
      };
      const openStoreFor = (site: ChosenSite) => siteStoreOpener(site, tokens, graphUrl);
      ReactDOM.render(
        <AddinPane
          savedSite={readSavedSite(settings)}
          suggestedUrl={suggestedUrl}
          chooseSite={chooseSite}
          forgetSite={() => forgetSite(settings)}
          openStoreFor={openStoreFor}
          tables={{ writeTable, insertSampleData }}
        />,
        root,
      );
    });
  }
}
