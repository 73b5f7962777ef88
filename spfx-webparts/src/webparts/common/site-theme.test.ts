import type { ISPEventObserver } from '@microsoft/sp-core-library';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { type SectionThemeSource, watchSiteTheme } from './site-theme';

type Handler = (args: { readonly theme: IReadonlyTheme | undefined }) => void;

/**
 * A page section as SPFx's ThemeProvider presents it: a theme and a change event with add/remove
 * per observer. (SPFx's own class needs SharePoint's internal modules, which do not load outside
 * SharePoint; its use is checked by the SPFx build instead.)
 */
function section(theme: IReadonlyTheme | undefined): SectionThemeSource & { change(next: IReadonlyTheme | undefined): void; listeners: number } {
  const handlers = new Set<Handler>();
  return {
    tryGetTheme: () => theme,
    themeChangedEvent: { add: (_observer, handler) => handlers.add(handler), remove: (_observer, handler) => handlers.delete(handler) },
    change(next) {
      theme = next;
      for (const handler of handlers) handler({ theme: next });
    },
    get listeners() {
      return handlers.size;
    },
  };
}

const webPart: ISPEventObserver = { instanceId: 'web-part-1', componentId: 'risk-register', isDisposed: false, dispose: () => undefined };
const neutral: IReadonlyTheme = { semanticColors: { bodyBackground: '#faf9f8' } };
const strong: IReadonlyTheme = { semanticColors: { bodyBackground: '#0078d4', bodyText: '#ffffff' } };

describe('watchSiteTheme', () => {
  it('starts with the theme the section provides', () => {
    expect(watchSiteTheme(section(neutral), webPart, () => undefined).current?.semanticColors?.bodyBackground).toBe('#faf9f8');
  });

  it('is undefined where no theme is provided (the view keeps the page’s loaded theme)', () => {
    expect(watchSiteTheme(section(undefined), webPart, () => undefined).current).toBeUndefined();
  });

  it('follows the section turning strong (#0078d4) and calls back once to re-render', () => {
    const page = section(neutral);
    let renders = 0;
    const theme = watchSiteTheme(page, webPart, () => renders++);
    page.change(strong);
    expect(renders).toBe(1);
    expect(theme.current?.semanticColors?.bodyBackground).toBe('#0078d4');
  });

  it('removes its one handler on dispose: a later change neither re-renders nor changes the theme', () => {
    const page = section(neutral);
    let renders = 0;
    const theme = watchSiteTheme(page, webPart, () => renders++);
    expect(page.listeners).toBe(1);
    theme.dispose();
    expect(page.listeners).toBe(0);
    page.change(strong);
    expect(renders).toBe(0);
    expect(theme.current?.semanticColors?.bodyBackground).toBe('#faf9f8');
  });
});
