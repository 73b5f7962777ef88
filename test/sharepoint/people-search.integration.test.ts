import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { graphForWorkbench, graphPeopleSearch, graphUserSearch, spForWorkbench, spPeopleSearch, workbenchGraphUrl, workbenchSiteUrl } from '../../shared/src/sharepoint';
import type { PeopleSearch } from '../../shared/src/sharepoint';
import { createWorkbenchServer } from '../../workbench/src/server/server';
import type { WorkbenchServer } from '../../workbench/src/server/server';

/**
 * The people picker's two searches against the stand-in's directory over real HTTP: SharePoint's
 * people-picker service (the web parts) and Graph `/users` `$search` (the Teams tab, Excel).
 */

jest.setTimeout(60_000);

let server: WorkbenchServer;
let dataDir: string;
let searches: { name: string; search: PeopleSearch }[];

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gtm-people-search-'));
  server = await createWorkbenchServer({ port: 0, dataDir });
  const token = ((await (await fetch(`${server.url}/_workbench/token`)).json()) as { token: string }).token;
  searches = [
    { name: 'SharePoint people picker', search: spPeopleSearch(spForWorkbench(workbenchSiteUrl(server.url), { retries: 1, interval: 10 })) },
    { name: 'Graph /users', search: graphPeopleSearch(graphForWorkbench(workbenchGraphUrl(server.url), token, { interval: 10 })) },
  ];
});

afterAll(async () => {
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe.each(['SharePoint people picker', 'Graph /users'])('searching the directory through %s', (name) => {
  const search = (): PeopleSearch => (searches.find((s) => s.name === name) as { search: PeopleSearch }).search;

  it('finds both Annas by "anna", each with e-mail and job title', async () => {
    const found = await search().search('anna');
    expect(found.map((p) => p.email)).toEqual(expect.arrayContaining(['anna.berg@contoso.example', 'anna.schmidt@contoso.example']));
    expect(found.find((p) => p.email === 'anna.berg@contoso.example')).toMatchObject({ displayName: 'Anna Berg', jobTitle: 'Field Marketing Manager' });
  });

  it('finds Marco Rossi by the start of his surname, and nobody for "xyzzy"', async () => {
    expect((await search().search('ross')).map((p) => p.displayName)).toContain('Marco Rossi');
    expect(await search().search('xyzzy')).toEqual([]);
  });

  it('does not ask the directory for one letter', async () => {
    expect(await search().search('a')).toEqual([]);
  });
});

describe('the Graph $search value', () => {
  it('searches name and e-mail, without the quotes a user might type', () => {
    expect(graphUserSearch('jose "al')).toBe('"displayName:jose al" OR "mail:jose al"');
  });
});
