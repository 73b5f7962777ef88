import type { ISPEventObserver } from '@microsoft/sp-core-library';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';

/**
 * What this module uses of SPFx's ThemeProvider service (`serviceScope.consume(ThemeProvider.serviceKey)`):
 * the current theme and its change event. Structural, so tests can stand in for the section.
 */
export interface SectionThemeSource {
  tryGetTheme(): IReadonlyTheme | undefined;
  readonly themeChangedEvent: {
    add(observer: ISPEventObserver, handler: (args: { readonly theme: IReadonlyTheme | undefined }) => void): void;
    remove(observer: ISPEventObserver, handler: (args: { readonly theme: IReadonlyTheme | undefined }) => void): void;
  };
}

/** The theme a web part renders with, kept current; `dispose()` stops listening. */
export interface SiteTheme {
  /** The site theme, or the variant of the section the web part sits on; undefined = not provided. */
  readonly current: IReadonlyTheme | undefined;
  dispose(): void;
}

/**
 * Follows the theme SharePoint gives this web part: the site theme, or the section's variant
 * (neutral, soft, strong, or a dark site theme) when the manifest sets `supportsThemeVariants`.
 * The ThemeProvider service is scoped to the section, so consume it from the web part's own
 * service scope. `onChange` runs when an author changes the section background or the site theme
 * changes, without a page reload.
 *
 * @example
 * const theme = watchSiteTheme(this.context.serviceScope.consume(ThemeProvider.serviceKey), this, () => this.render());
 * theme.current?.semanticColors?.bodyBackground; // '#0078d4' on a strong section of the default theme
 */
export function watchSiteTheme(source: SectionThemeSource, observer: ISPEventObserver, onChange: () => void): SiteTheme {
  let current = source.tryGetTheme();
  // One function instance: `remove` needs the very handler `add` was given.
  const handler = (args: { readonly theme: IReadonlyTheme | undefined }): void => {
    current = args.theme;
    onChange();
  };
  source.themeChangedEvent.add(observer, handler);
  return {
    get current() {
      return current;
    },
    dispose: () => source.themeChangedEvent.remove(observer, handler),
  };
}
