import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, type IPropertyPaneField, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { SPPermission } from '@microsoft/sp-page-context';
import { ThemeProvider as SpThemeProvider } from '@microsoft/sp-component-base';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { spfi, SPFx } from '@pnp/sp';
import {
  GTM_LISTS,
  type ListSchema,
  type PeopleSearch,
  RetryWithinBudget,
  createSpListStore,
  provision,
  renameLists,
  spPeopleSearch,
  withListTitles,
} from '@gtm/shared';
import type { WebPartEnvironment } from '../../components/common/environment';
import { createGtmRepositories, type GtmRepositories } from '../../components/common/repositories';
import { type SiteTheme, watchSiteTheme } from './site-theme';
import { type SessionSource, WebPartSession } from './web-part-session';

/** Throttling: retry within 20 s (Retry-After honoured), for requests and for `$batch` parts alike. */
const WEB_PART_RETRY = { retryBudgetMs: 20_000 } as const;

/** What the property pane stores: an optional site URL and one title per list (`listRiskRegister`, …). */
export interface GtmWebPartProperties {
  siteUrl?: string;
  [listTitleKey: string]: string | undefined;
}

/** The props every GTM view takes. */
export interface GtmViewProps {
  env: WebPartEnvironment;
  repositories: GtmRepositories;
  /** The directory owners are picked from (views that pick no one ignore it). */
  peopleSearch: PeopleSearch;
}

/** The property holding a list's title on this site: `Risk Register` → `listRiskRegister`. */
export function listTitleKey(list: ListSchema): string {
  return `list${list.title.replace(/[^A-Za-z0-9]/g, '')}`;
}

/** An absolute https URL of a SharePoint site, or empty (this site). */
function siteUrlError(value: string): string {
  const text = value.trim();
  if (text === '') return '';
  return /^https:\/\/[^/\s]+(\/\S*)?$/i.test(text)
    ? ''
    : 'Enter the full address of a SharePoint site, like https://contoso.sharepoint.com/sites/gtm, or leave it empty for this site.';
}

/**
 * What the three GTM web parts share: the property pane (site URL, list titles defaulting to the
 * list schemas), PnPjs in the user's context (`SPFx(this.context)`, set up in onInit and rebuilt
 * only when the site or a list title changes: `web-part-session.ts`), the repositories, the
 * environment, and the site theme or section background (the view renders inside Fluent's
 * ThemeProvider with it). A web part names the lists it reads and its view; nothing else.
 */
export abstract class GtmWebPartBase extends BaseClientSideWebPart<GtmWebPartProperties> {
  /** The lists this web part reads and writes (their titles appear in the property pane). */
  protected abstract readonly lists: readonly ListSchema[];
  /**
   * Loads the web part's React view with a dynamic `import()`. The three web parts share one bundle
   * (config/config.json), and webpack makes each imported view a chunk of its own, so a page fetches
   * only the views of the GTM web parts it shows (and Fluent, PnPjs and `@gtm/shared` once).
   */
  protected abstract loadView(): Promise<React.ComponentType<GtmViewProps>>;
  /** The view, once onInit has loaded it (SPFx renders only after onInit settles). */
  private view: React.ComponentType<GtmViewProps> | undefined;
  /** The theme SharePoint gives this web part (set in onInit, followed until dispose). */
  private siteTheme: SiteTheme | undefined;
  /** PnPjs and what hangs off it, built in onInit and again only when the site or a title changes. */
  private readonly session = new WebPartSession((source) => this.buildSession(source));

  protected async onInit(): Promise<void> {
    // Started first: the view's chunk downloads while the session is set up.
    const view = this.loadView();
    // Default each title to the list schema's, so the pane shows what is read.
    for (const list of this.lists) {
      const key = listTitleKey(list);
      if (!this.properties[key]?.trim()) this.properties[key] = list.title;
    }
    // A dark or strong section, or a new site theme, re-renders the view in its colours.
    this.siteTheme = watchSiteTheme(this.context.serviceScope.consume(SpThemeProvider.serviceKey), this, () => this.render());
    // PnPjs set up once, here, as the PnPjs SPFx guidance does; render() only reuses it.
    this.session.get(this.sessionSource());
    this.view = await view;
    return super.onInit();
  }

  public render(): void {
    if (!this.view) return;
    const { env, repositories, peopleSearch } = this.session.get(this.sessionSource());
    const view = React.createElement(this.view, { env, repositories, peopleSearch });
    // Fluent's ThemeProvider gives the view's controls and useTheme() the section's colours and
    // paints its background; with no theme provided it keeps the page's loaded theme.
    ReactDom.render(React.createElement(ThemeProvider, { theme: this.siteTheme?.current }, view), this.domElement);
  }

  /**
   * The property pane applies its changes with a button, not per keystroke: a half-typed site URL
   * or list title would otherwise read lists that do not exist on every key.
   */
  protected get disableReactivePropertyChanges(): boolean {
    return true;
  }

  /** The site (the property pane's, when valid, else this one) and each list's title there. */
  private sessionSource(): SessionSource {
    const siteUrl = this.properties.siteUrl?.trim();
    const listTitles: Record<string, string | undefined> = {};
    for (const list of this.lists) listTitles[list.title] = this.properties[listTitleKey(list)];
    return { siteUrl: siteUrl && siteUrlError(siteUrl) === '' ? siteUrl : this.context.pageContext.web.absoluteUrl, listTitles };
  }

  /** PnPjs, repositories, people search and environment for one site and set of list titles. */
  private buildSession({ siteUrl, listTitles }: SessionSource): GtmViewProps {
    // Always an absolute site URL (SPFx(context) leaves absolute URLs alone): lists are addressed by
    // URL under that web (a renamed list keeps working), which the ListStore and provisioning read from it.
    // SPFx(context) retries a throttled request 3 times whatever Retry-After says; RetryWithinBudget
    // replaces that send with one that honours Retry-After within a time budget (20 s: a person waits).
    const sp = spfi(siteUrl).using(SPFx(this.context), RetryWithinBudget(WEB_PART_RETRY));
    const repositories = createGtmRepositories(withListTitles(createSpListStore(sp, WEB_PART_RETRY), listTitles));
    const { pageContext } = this.context;
    const canManageLists = pageContext.web.permissions.hasPermission(SPPermission.manageLists);
    const env: WebPartEnvironment = {
      now: () => new Date(),
      currentUser: { email: pageContext.user.email, displayName: pageContext.user.displayName },
      // The UI culture the user chose in SharePoint (CultureInfo.currentUICultureName, e.g. 'de-DE';
      // https://learn.microsoft.com/en-us/javascript/api/sp-page-context/cultureinfo).
      locale: pageContext.cultureInfo.currentUICultureName,
      canManageLists,
      ...(canManageLists
        ? {
            provisionLists: async (): Promise<void> => {
              await provision(sp, renameLists(GTM_LISTS, listTitles));
            },
          }
        : {}),
    };
    // SharePoint's people-picker service in the user's context (no Graph permission to request):
    // the search SharePoint's own pickers use. See "Picking people" in the README.
    return { env, repositories, peopleSearch: spPeopleSearch(sp) };
  }

  protected onDispose(): void {
    this.siteTheme?.dispose();
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const listFields: IPropertyPaneField<unknown>[] = this.lists.map((list) =>
      PropertyPaneTextField(listTitleKey(list), {
        label: `${list.title} list`,
        placeholder: list.title,
        description: `Default: ${list.title}. The title "Create the GTM lists" gives it; the list is found by its URL (Lists/${list.urlName}), so renaming it later changes nothing.`,
      }),
    );
    return {
      pages: [
        {
          header: { description: 'Where this web part reads its GTM lists.' },
          groups: [
            {
              groupName: 'Site',
              groupFields: [
                PropertyPaneTextField('siteUrl', {
                  label: 'Site URL (optional)',
                  placeholder: 'This site',
                  description: 'Leave empty to use the lists of this site.',
                  onGetErrorMessage: siteUrlError,
                  deferredValidationTime: 500,
                }),
              ],
            },
            { groupName: 'List titles', groupFields: listFields },
          ],
        },
      ],
    };
  }
}
