/** @jest-environment jsdom */
/**
 * The whole pane with a fake site resolver and the memory ListStore: the site step first (a refused
 * URL explained), then the load pane on the chosen site, "Change site" back to the step; a workbook
 * that already names a site opens straight on the load pane.
 */
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryListStore } from '@gtm/shared';
import { AddinPane } from './AddinPane';
import type { ChosenSite } from './site/resolve-site';
import { parseSiteUrl } from './site/site-url';

const SITE: ChosenSite = {
  url: 'https://contoso.sharepoint.com/sites/gtm',
  hostname: 'contoso.sharepoint.com',
  id: 'contoso.sharepoint.com,1,2',
  webUrl: 'https://contoso.sharepoint.com/sites/gtm',
  displayName: 'GTM',
};

function setup(savedSite?: ChosenSite) {
  const chosen: string[] = [];
  const forgotten: number[] = [];
  const tables = { writeTable: async () => 0, insertSampleData: async () => undefined };
  render(
    <AddinPane
      savedSite={savedSite}
      suggestedUrl=""
      chooseSite={async (url) => {
        parseSiteUrl(url); // throws the SiteError the picker shows
        chosen.push(url);
        return SITE;
      }}
      forgetSite={async () => void forgotten.push(1)}
      openStoreFor={() => async () => createMemoryListStore()}
      tables={tables}
    />,
  );
  return { chosen, forgotten };
}

it('asks for the site first; a URL that is not SharePoint is explained and the step stays', async () => {
  setup();
  expect(screen.queryByRole('button', { name: 'Load from SharePoint' })).not.toBeInTheDocument();
  await userEvent.type(screen.getByLabelText(/SharePoint site with the GTM lists/), 'https://example.com/sites/gtm');
  await userEvent.click(screen.getByRole('button', { name: 'Use this site' }));
  expect(await screen.findByText(/^https:\/\/example\.com is not a SharePoint Online address/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Use this site' })).toBeEnabled();
});

it('a good site opens the load pane naming it; Change site forgets it and asks again', async () => {
  const { chosen, forgotten } = setup();
  await userEvent.type(screen.getByLabelText(/SharePoint site with the GTM lists/), SITE.url);
  await userEvent.click(screen.getByRole('button', { name: 'Use this site' }));
  expect(await screen.findByRole('button', { name: 'Load from SharePoint' })).toBeInTheDocument();
  expect(screen.getByText('Site: GTM (https://contoso.sharepoint.com/sites/gtm)')).toBeInTheDocument();
  expect(chosen).toEqual([SITE.url]);
  await userEvent.click(screen.getByRole('button', { name: 'Change site' }));
  expect(screen.getByRole('button', { name: 'Use this site' })).toBeInTheDocument();
  expect(forgotten).toEqual([1]);
});

it('a workbook that already names a site opens on the load pane', () => {
  setup(SITE);
  expect(screen.getByRole('button', { name: 'Load from SharePoint' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Use this site' })).not.toBeInTheDocument();
});
