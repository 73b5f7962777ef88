/**
 * Fluent's icon font, registered by the page views: the connecting spinner, which draws no icon,
 * goes without its tables (46 KB minified), so they are not in the pages' first chunk.
 * (Registering only the subsets the tab draws would take the font package's deep imports, which
 * its `exports` map does not allow.)
 */
import { initializeIcons } from '@fluentui/react/lib/Icons';

let registered = false;

export function registerTabIcons(): void {
  if (registered) return;
  registered = true;
  initializeIcons(undefined, { disableWarnings: true });
}
