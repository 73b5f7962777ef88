/**
 * What every workbench web part page does, in place of the SPFx web part class: PnPjs against the
 * stand-in's site, the same repositories, the signed-in user the server reports (`--user`, as
 * `pageContext.user`), an environment from the URL, and the view rendered under
 * Fluent's theme (`?theme=dark|contrast` stands in for a dark site theme or section, which SPFx's
 * ThemeProvider hands the web part). Only this wiring differs from SharePoint; the view is the one
 * that ships.
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { createTheme } from '@fluentui/react/lib/Styling';
import { initializeIcons } from '@fluentui/react/lib/Icons';
import { GTM_LISTS, createSpListStore, provision, spForWorkbench, spPeopleSearch, workbenchSiteUrl, type PeopleSearch } from '@gtm/shared';
import { createGtmRepositories, type GtmRepositories } from '../../spfx-webparts/src/components/common/repositories';
import type { WebPartEnvironment } from '../../spfx-webparts/src/components/common/environment';
import '@pnp/sp/site-users/web';
import { type CurrentUserRow, type PageUser, pageEnvironment, pageUserFrom } from './page-environment';
import { pageTheme } from './page-theme';

/** The props every web part view takes (the contract between the web parts and their hosts). */
export type WebPartViewProps = { env: WebPartEnvironment; repositories: GtmRepositories; peopleSearch: PeopleSearch };

/** Renders `View` into `#root` against the workbench this page is served from, once it knows the user. */
export function mountWebPartPage(View: React.ComponentType<WebPartViewProps>): void {
  // The icon font is served beside the page (build.js copies it): the workbench works offline.
  initializeIcons(new URL('fonts/', window.location.href).href, { disableWarnings: true });
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element to render the web part into.');
  const sp = spForWorkbench(workbenchSiteUrl(window.location.origin));
  // SPFx hands a web part its user in pageContext; here the server says who `--user` signed in.
  void sp.web.currentUser
    .select('Title', 'Email', 'LoginName')<CurrentUserRow>()
    .then(
      (row) => render(View, root, sp, pageUserFrom(row)),
      (error: unknown) => {
        // As text: the message may echo server text.
        root.textContent = `The page could not read the signed-in user (_api/web/currentuser): ${error instanceof Error ? error.message : String(error)}`;
      },
    );
}

function render(View: React.ComponentType<WebPartViewProps>, root: HTMLElement, sp: ReturnType<typeof spForWorkbench>, user: PageUser): void {
  showSignedInUser(user);
  const repositories = createGtmRepositories(createSpListStore(sp));
  const env = pageEnvironment(window.location.search, user, async () => {
    await provision(sp, GTM_LISTS);
  }, navigator.language);
  const theme = createTheme(pageTheme(window.location.search) ?? {});
  // The page's <main> plays the SharePoint section: a themed section paints its own background.
  if (root.parentElement) root.parentElement.style.background = theme.semanticColors.bodyBackground;
  ReactDom.render(
    <ThemeProvider theme={theme}>
      <View env={env} repositories={repositories} peopleSearch={spPeopleSearch(sp)} />
    </ThemeProvider>,
    root,
  );
}

/** The header's "Signed in as …" (SharePoint's suite bar shows the user too), with the whole pageContext.user on it. */
function showSignedInUser(user: PageUser): void {
  const slot = document.getElementById('signed-in-user');
  if (!slot) return;
  slot.textContent = `Signed in as ${user.displayName}`;
  slot.title = user.email;
  slot.dataset.email = user.email;
  slot.dataset.loginName = user.loginName;
}
