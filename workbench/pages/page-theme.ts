import type { PartialTheme } from '@fluentui/react/lib/Theme';

/**
 * A dark site theme, as a SharePoint dark theme or a dark section hands a web part through SPFx's
 * ThemeProvider: `white` is the background and `neutralPrimary` the text, so every Fluent slot
 * (and every view that reads `semanticColors`) flips. `isInverted` makes Fluent pick its
 * dark-background message and error colours (errorText #F1707B instead of #a4262c).
 */
export const DARK_PAGE_THEME: PartialTheme = {
  isInverted: true,
  palette: {
    themePrimary: '#4ca4f0',
    themeLighterAlt: '#03070a',
    themeLighter: '#0c1a26',
    themeLight: '#173149',
    themeTertiary: '#2e6290',
    themeSecondary: '#4390d3',
    themeDarkAlt: '#5dadf1',
    themeDark: '#76b9f3',
    themeDarker: '#9acbf6',
    neutralLighterAlt: '#282726',
    neutralLighter: '#31302f',
    neutralLight: '#3f3e3d',
    neutralQuaternaryAlt: '#484644',
    neutralQuaternary: '#4f4d4b',
    neutralTertiaryAlt: '#6d6b69',
    neutralTertiary: '#a8a6a4',
    neutralSecondary: '#c8c6c4',
    neutralSecondaryAlt: '#c8c6c4',
    neutralPrimaryAlt: '#e1dfdd',
    neutralPrimary: '#f3f2f1',
    neutralDark: '#faf9f8',
    black: '#ffffff',
    white: '#1f1e1d',
  },
};

/**
 * A high-contrast theme (black background, white text, yellow accents), the way Windows contrast
 * themes look: the check that nothing depends on a light background or on colour alone.
 */
export const CONTRAST_PAGE_THEME: PartialTheme = {
  isInverted: true,
  palette: {
    themePrimary: '#ffff00',
    themeLighterAlt: '#000000',
    themeLighter: '#1a1a00',
    themeLight: '#333300',
    themeTertiary: '#999900',
    themeSecondary: '#e6e600',
    themeDarkAlt: '#ffff33',
    themeDark: '#ffff66',
    themeDarker: '#ffff99',
    neutralLighterAlt: '#0d0d0d',
    neutralLighter: '#1a1a1a',
    neutralLight: '#333333',
    neutralQuaternaryAlt: '#404040',
    neutralQuaternary: '#4d4d4d',
    neutralTertiaryAlt: '#8c8c8c',
    neutralTertiary: '#d9d9d9',
    neutralSecondary: '#f2f2f2',
    neutralSecondaryAlt: '#f2f2f2',
    neutralPrimaryAlt: '#ffffff',
    neutralPrimary: '#ffffff',
    neutralDark: '#ffffff',
    black: '#ffffff',
    white: '#000000',
  },
};

/**
 * The theme a workbench page renders with, from its URL: `?theme=dark` or `?theme=contrast`;
 * nothing (or `light`, or a name it does not know) → undefined, Fluent's default light theme, as on
 * a SharePoint site with the default theme and no section background.
 */
export function pageTheme(search: string): PartialTheme | undefined {
  const name = new URLSearchParams(search).get('theme')?.trim().toLowerCase();
  if (name === 'dark') return DARK_PAGE_THEME;
  if (name === 'contrast') return CONTRAST_PAGE_THEME;
  return undefined;
}
