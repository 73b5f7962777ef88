/**
 * The stand-in's directory: Graph /users and /me, SharePoint site users and ensureuser, and the
 * signed-in user chosen with --user. Each rule cites where SharePoint Online / Graph behave so.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/site-users';
import type { GraphFI } from '@pnp/graph';
import '@pnp/graph/users';
import { findDirectoryPerson } from '../../workbench/src/seed/directory';
import { parseArgs } from '../../workbench/src/server/main';
import { type Workbench, devToken, graphClient, spClient, startWorkbench } from './workbench';

const ELENA = 'elena.ricci@contoso.example';
const ANNA_BERG = 'anna.berg@contoso.example';

let wb: Workbench;
let sp: SPFI;
let graph: GraphFI;
let token: string;

interface GraphUser {
  id: string;
  displayName: string;
  mail: string;
  userPrincipalName: string;
  jobTitle?: string;
  department?: string;
}

interface SpUser {
  Id: number;
  Title: string;
  Email: string;
  LoginName: string;
  IsSiteAdmin: boolean;
  PrincipalType: number;
  UserPrincipalName: string;
}

beforeAll(async () => {
  wb = await startWorkbench({ user: ELENA });
  sp = spClient(wb.siteUrl);
  token = await devToken(wb.server.url);
  graph = graphClient(wb.graphUrl, token);
});

afterAll(async () => {
  await wb.stop();
});

async function graphGet(path: string, headers: Record<string, string> = {}): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${wb.graphUrl}/${path}`, { headers: { Authorization: `Bearer ${token}`, ...headers } });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe('Graph /users (learn.microsoft.com/graph/api/user-list)', () => {
  it('lists the 40 demo people, 100 to a page by default, with the user resource properties', async () => {
    const { status, json } = await graphGet('users?$count=true', { ConsistencyLevel: 'eventual' });
    expect(status).toBe(200);
    expect(json['@odata.count']).toBe(40);
    const users = json.value as GraphUser[];
    expect(users).toHaveLength(40);
    const elena = users.find((u) => u.mail === ELENA);
    expect(elena).toMatchObject({ displayName: 'Elena Ricci', userPrincipalName: ELENA, jobTitle: 'Global Marketing Director' });
    expect(elena?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    // department is not in Graph's default property set: it comes only when $select names it.
    expect(elena).not.toHaveProperty('department');
  });

  it('pages with $top and @odata.nextLink: 40 people at $top=15 are pages of 15, 15 and 10', async () => {
    const pages: number[] = [];
    let next: string | undefined = `${wb.graphUrl}/users?$top=15&$select=displayName`;
    while (next) {
      const res = await fetch(next, { headers: { Authorization: `Bearer ${token}` } });
      const json = (await res.json()) as { value: unknown[]; '@odata.nextLink'?: string };
      pages.push(json.value.length);
      next = json['@odata.nextLink'];
    }
    expect(pages).toEqual([15, 15, 10]);
  });

  it('$select returns the named properties and id only', async () => {
    const { json } = await graphGet(`users?$filter=mail eq '${ELENA}'&$select=displayName,department`);
    expect(json.value).toEqual([{ displayName: 'Elena Ricci', department: 'Marketing', id: findDirectoryPerson(ELENA)?.id }]);
  });

  it('$filter startswith(displayName,…) is case-insensitive: "ann" finds the two Annas whose name starts so, and Anna Kowalski', async () => {
    const { json } = await graphGet("users?$filter=startswith(displayName,'ann')&$select=displayName");
    expect((json.value as GraphUser[]).map((u) => u.displayName)).toEqual(['Anna Berg', 'Anna Kowalski', 'Anna Schmidt']);
  });

  it('$filter userPrincipalName eq and startswith(mail,…) work; an unsupported clause is a 400 that says what is supported', async () => {
    expect(((await graphGet(`users?$filter=userPrincipalName eq '${ANNA_BERG}'`)).json.value as GraphUser[]).map((u) => u.displayName)).toEqual(['Anna Berg']);
    expect(((await graphGet("users?$filter=startswith(mail,'jose.')")).json.value as GraphUser[]).map((u) => u.displayName)).toEqual(['Jose Alvarez', 'José Álvarez']);
    const bad = await graphGet("users?$filter=endswith(mail,'.example')");
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.json)).toMatch(/startswith\(displayName\|mail/);
  });

  it('$search without ConsistencyLevel: eventual is Graph\'s 400 (aad-advanced-queries; microsoft-graph-docs-contrib#3495)', async () => {
    const { status, json } = await graphGet('users?$search="displayName:ann"');
    expect(status).toBe(400);
    expect(json.error).toMatchObject({
      code: 'Request_UnsupportedQuery',
      message: "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
    });
  });

  it('$search="displayName:ric" through @pnp/graph (which sends ConsistencyLevel: eventual) matches the start of any word', async () => {
    const found = await graph.users.search('"displayName:ric"').select('displayName', 'mail')<GraphUser[]>();
    expect(found.map((u) => u.displayName)).toEqual(['Elena Ricci']);
    const byMail = await graph.users.search('"mail:marco"')<GraphUser[]>();
    expect(byMail.map((u) => u.mail).sort()).toEqual(['marco.bianchi@contoso.example', 'marco.rossi@contoso.example']);
  });

  it('GET /users/{upn} and /users/{id} answer one user; an unknown one is 404 Request_ResourceNotFound', async () => {
    const byUpn = await graph.users.getById(ANNA_BERG)<GraphUser>();
    expect(byUpn).toMatchObject({ displayName: 'Anna Berg', jobTitle: 'Field Marketing Manager' });
    const byId = await graph.users.getById(byUpn.id)<GraphUser>();
    expect(byId.mail).toBe(ANNA_BERG);
    const missing = await graphGet('users/nobody@contoso.example');
    expect(missing.status).toBe(404);
    expect(missing.json.error).toMatchObject({ code: 'Request_ResourceNotFound' });
  });

  it('GET /me is the signed-in user (--user), and /users needs the bearer token like every Graph route', async () => {
    const me = await graph.me<GraphUser>();
    expect(me).toMatchObject({ mail: ELENA, displayName: 'Elena Ricci' });
    expect((await fetch(`${wb.graphUrl}/users`)).status).toBe(401);
  });
});

describe('SharePoint site users (SP.User; ensureuser as SPWeb.EnsureUser)', () => {
  it('currentuser is the signed-in user, a site user with a membership claim login', async () => {
    const me = await sp.web.currentUser<SpUser>();
    expect(me).toMatchObject({ Title: 'Elena Ricci', Email: ELENA, LoginName: `i:0#.f|membership|${ELENA}`, PrincipalType: 1, UserPrincipalName: ELENA, IsSiteAdmin: true });
  });

  it('ensureUser(login) adds a directory person to the site users; getuserbyid, getByEmail and getByLoginName then find them', async () => {
    const login = `i:0#.f|membership|${ANNA_BERG}`;
    expect(await fetch(`${wb.siteUrl}/_api/web/siteusers/getByEmail('${ANNA_BERG}')`, { headers: { Accept: 'application/json' } }).then((r) => r.status)).toBe(404);
    const ensured = (await sp.web.ensureUser(login)) as unknown as SpUser;
    expect(ensured).toMatchObject({ Title: 'Anna Berg', Email: ANNA_BERG, LoginName: login, PrincipalType: 1, IsSiteAdmin: false });
    // Ensuring again is the same user, not a second one.
    expect(((await sp.web.ensureUser(ANNA_BERG)) as unknown as SpUser).Id).toBe(ensured.Id);
    expect((await sp.web.getUserById(ensured.Id)<SpUser>()).Email).toBe(ANNA_BERG);
    expect((await sp.web.siteUsers.getByEmail(ANNA_BERG)<SpUser>()).Id).toBe(ensured.Id);
    // PnPjs sends the login as an OData parameter alias: siteUsers(@v)?@v='i:0%23.f%7Cmembership%7C…'.
    expect((await sp.web.siteUsers.getByLoginName(login)<SpUser>()).Id).toBe(ensured.Id);
    const filtered = await sp.web.siteUsers.filter(`Email eq '${ANNA_BERG}'`).select('Id', 'Title')<SpUser[]>();
    expect(filtered).toEqual([expect.objectContaining({ Id: ensured.Id, Title: 'Anna Berg' })]);
  });

  it("ensureuser of a login nobody in the directory has is SharePoint's SPException 'The specified user … could not be found.' (SPWeb.EnsureUser docs; pnp/powershell#4143)", async () => {
    const digest = ((await (await fetch(`${wb.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } })).json()) as { FormDigestValue: string }).FormDigestValue;
    const res = await fetch(`${wb.siteUrl}/_api/web/ensureuser`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': digest },
      body: JSON.stringify({ logonName: 'i:0#.f|membership|typo@contoso.example' }),
    });
    expect(res.status).toBe(500);
    const json = (await res.json()) as { 'odata.error': { code: string; message: { value: string } } };
    expect(json['odata.error'].code).toBe('-2146232832, Microsoft.SharePoint.SPException');
    expect(json['odata.error'].message.value).toBe('The specified user i:0#.f|membership|typo@contoso.example could not be found.');
  });

  it("ensureuser('login') in the URL works, and like every write it needs the request digest (403 without)", async () => {
    const url = `${wb.siteUrl}/_api/web/ensureuser('${encodeURIComponent(`i:0#.f|membership|${'tom.hansen@contoso.example'}`)}')`;
    expect((await fetch(url, { method: 'POST', headers: { Accept: 'application/json' } })).status).toBe(403);
    const digest = ((await (await fetch(`${wb.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } })).json()) as { FormDigestValue: string }).FormDigestValue;
    const res = await fetch(url, { method: 'POST', headers: { Accept: 'application/json', 'X-RequestDigest': digest } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as SpUser).Title).toBe('Tom Hansen');
  });
});

describe('the signed-in user (--user, GTM_USER)', () => {
  it('defaults to the Marketing Director; GTM_USER and --user pick another; an unknown one fails naming where it came from', () => {
    expect(parseArgs([], {}).user).toBe(ELENA);
    expect(parseArgs([], { GTM_USER: ANNA_BERG }).user).toBe(ANNA_BERG);
    expect(parseArgs(['--user', ANNA_BERG], { GTM_USER: ELENA }).user).toBe(ANNA_BERG);
    expect(() => parseArgs(['--user', 'typo@contoso.example'], {})).toThrow(/Unknown user 'typo@contoso.example' \(--user\)/);
  });

  it('a server without a user option still acts as the data folder admin (what older tests rely on)', async () => {
    const plain = await startWorkbench();
    try {
      expect((await spClient(plain.siteUrl).web.currentUser<SpUser>()).Email).toBe('admin@gtm.local');
    } finally {
      await plain.stop();
    }
  });
});
