/**
 * The whole pane: the site step until a site is chosen (or the workbook already names one), then
 * the load pane on that site, with "Change site" back to the step.
 */
import * as React from 'react';
import type { StoreOpener } from './sharepoint-source';
import { SitePicker } from './SitePicker';
import type { ChosenSite } from './site/resolve-site';
import { TaskPane, type ExcelTables } from './TaskPane';

export interface AddinPaneProps {
  /** The site saved in the workbook, if any. */
  savedSite?: ChosenSite;
  suggestedUrl?: string;
  /** Resolves, checks and saves a site URL. */
  chooseSite(url: string): Promise<ChosenSite>;
  /** Forgets the saved site. */
  forgetSite(): Promise<void>;
  openStoreFor(site: ChosenSite): StoreOpener;
  tables: ExcelTables;
}

export function AddinPane({ savedSite, suggestedUrl, chooseSite, forgetSite, openStoreFor, tables }: AddinPaneProps): React.ReactElement {
  const [site, setSite] = React.useState<ChosenSite | undefined>(savedSite);
  const openStore = React.useMemo(() => (site ? openStoreFor(site) : undefined), [site, openStoreFor]);
  if (!site || !openStore) return <SitePicker suggestedUrl={suggestedUrl} choose={chooseSite} onChosen={setSite} />;
  const change = (): void => {
    // The picker shows at once; a failed save only means the next open asks again.
    setSite(undefined);
    void forgetSite().catch(() => undefined);
  };
  return <TaskPane openStore={openStore} tables={tables} site={{ url: site.url, displayName: site.displayName, onChange: change }} />;
}
