/**
 * Fluent's icon font, registered by the page views: the connecting spinner draws no icon, so the
 * pages' first chunk goes without the icon tables. In the Teams bundles `initializeIcons` registers
 * only the icons the tab draws (teams-app/scripts/bundle-plugins.js, `fluentIconsSubset`: 17 of
 * the font's 1,801; all of them under jest).
 */
import { initializeIcons } from '@fluentui/react/lib/Icons';

let registered = false;

export function registerTabIcons(): void {
  if (registered) return;
  registered = true;
  initializeIcons(undefined, { disableWarnings: true });
}
