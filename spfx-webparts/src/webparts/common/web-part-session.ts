/**
 * What a GTM web part builds from its properties — PnPjs in the user's context, the ListStore and
 * repositories, the people search, the environment — built once and kept until the properties it
 * depends on change. SPFx calls `render()` on every theme change and property-pane apply; building
 * in `render()` made each of those a new PnPjs instance, new repositories and so a view that read
 * every list again ("Use @pnp/sp with SharePoint Framework web parts": set PnPjs up in `onInit`,
 * https://learn.microsoft.com/sharepoint/dev/spfx/web-parts/guidance/use-sp-pnp-js-with-spfx-web-parts).
 */

/** The properties a session depends on: the site it reads and each list's title there. */
export interface SessionSource {
  readonly siteUrl: string;
  readonly listTitles: Readonly<Record<string, string | undefined>>;
}

/**
 * Same source, same key: the site URL (case and a trailing slash ignored, as SharePoint ignores
 * them) and the list titles in list order.
 * @example sessionKeyOf({ siteUrl: 'https://contoso.sharepoint.com/sites/GTM/', listTitles: { 'Risk Register': 'Risks' } })
 *   // '["https://contoso.sharepoint.com/sites/gtm",[["Risk Register","Risks"]]]'
 */
export function sessionKeyOf(source: SessionSource): string {
  const site = source.siteUrl.trim().replace(/\/+$/, '').toLowerCase();
  return JSON.stringify([site, Object.entries(source.listTitles).map(([list, title]) => [list, title?.trim() ?? ''])]);
}

/** Holds the current session: `get` builds one the first time and again only when the source changes. */
export class WebPartSession<S> {
  private key: string | undefined;
  private session: S | undefined;

  constructor(private readonly build: (source: SessionSource) => S) {}

  get(source: SessionSource): S {
    const key = sessionKeyOf(source);
    if (this.session === undefined || key !== this.key) {
      this.session = this.build(source);
      this.key = key;
    }
    return this.session;
  }
}
