import * as React from 'react';
import { useTheme, type Theme } from '@fluentui/react/lib/Theme';

/**
 * Class names for the Fluent theme the view is rendered in: the site theme or the section's
 * variant that SPFx hands the web part (a dark or strong section flips text and backgrounds), or
 * Fluent's default theme when no ThemeProvider is above. `getClasses` builds a `mergeStyleSets`
 * from the theme's tokens; it runs again only when the theme changes.
 *
 * @example
 * const getClasses = (theme: Theme) => mergeStyleSets({ muted: { color: theme.semanticColors.bodySubtext } });
 * const classes = useThemedClasses(getClasses); // classes.muted: #605e5c on the default theme
 */
export function useThemedClasses<T>(getClasses: (theme: Theme) => T): T {
  const theme = useTheme();
  return React.useMemo(() => getClasses(theme), [getClasses, theme]);
}
