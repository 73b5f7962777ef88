/**
 * What every workbench web part page does, in place of the SPFx web part class: PnPjs against the
 * stand-in's site, the same repositories, an environment from the URL, and the view rendered under
 * Fluent's theme (`?theme=dark|contrast` stands in for a dark site theme or section, which SPFx's
 * ThemeProvider hands the web part). Only this wiring differs from SharePoint; the view is the one
 * that ships.
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { ThemeProvider, createTheme, initializeIcons } from '@fluentui/react';
import { GTM_LISTS, createSpListStore, provision, spForWorkbench, workbenchSiteUrl } from '@gtm/shared';
import { createGtmRepositories, type GtmRepositories } from '../../spfx-webparts/src/components/common/repositories';
import type { WebPartEnvironment } from '../../spfx-webparts/src/components/common/environment';
import { pageEnvironment } from './page-environment';
import { pageTheme } from './page-theme';

/** The props every web part view takes (the contract between the web parts and their hosts). */
export type WebPartViewProps = { env: WebPartEnvironment; repositories: GtmRepositories };

/** Renders `View` into `#root` against the workbench this page is served from. */
export function mountWebPartPage(View: React.ComponentType<WebPartViewProps>): void {
  // The icon font is served beside the page (build.js copies it): the workbench works offline.
  initializeIcons(new URL('fonts/', window.location.href).href, { disableWarnings: true });
  const sp = spForWorkbench(workbenchSiteUrl(window.location.origin));
  const repositories = createGtmRepositories(createSpListStore(sp));
  const env = pageEnvironment(window.location.search, async () => {
    await provision(sp, GTM_LISTS);
  });
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element to render the web part into.');
  const theme = createTheme(pageTheme(window.location.search) ?? {});
  // The page's <main> plays the SharePoint section: a themed section paints its own background.
  if (root.parentElement) root.parentElement.style.background = theme.semanticColors.bodyBackground;
  ReactDom.render(
    <ThemeProvider theme={theme}>
      <View env={env} repositories={repositories} />
    </ThemeProvider>,
    root,
  );
}
