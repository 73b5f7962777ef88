/** The scopes the code requests and the permissions excel-addin/README.md names never drift apart. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GRAPH_SCOPES, sharePointScopes, TASKPANE_PERMISSIONS } from './scopes';

const README = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');

it('asks Graph for Sites.Read.All and SharePoint for AllSites.Read on the site\'s host, nothing that writes', () => {
  expect(GRAPH_SCOPES).toEqual(['https://graph.microsoft.com/Sites.Read.All']);
  expect(sharePointScopes('contoso.sharepoint.com')).toEqual(['https://contoso.sharepoint.com/AllSites.Read']);
  expect([...GRAPH_SCOPES, ...sharePointScopes('x')].filter((s) => /Write|Manage|FullControl/i.test(s))).toEqual([]);
});

it('the README\'s permission table names exactly the permissions requested', () => {
  const table = [...README.matchAll(/^\| (Microsoft Graph|SharePoint) \| `([^`]+)` \|/gm)].map((m) => `${m[1]} ${m[2]}`);
  expect(table).toEqual(TASKPANE_PERMISSIONS.map((p) => `${p.resource} ${p.permission}`));
  expect(TASKPANE_PERMISSIONS.map((p) => p.permission)).toEqual([GRAPH_SCOPES[0]?.split('/').pop(), sharePointScopes('x')[0]?.split('/').pop()]);
});
