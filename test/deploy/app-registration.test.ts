/**
 * deploy/app-registration.json declares exactly the permissions the code asks for: every scope a
 * surface requests is registered, and nothing is registered that no surface requests. The Teams
 * manifest's webApplicationInfo names the same registration, and deploy/register-app.js passes the
 * same permissions to `m365 entra app add`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROVISION_APP_ONLY_PERMISSION, provisionDelegatedScopes } from '../../workbench/src/cli/provision/scopes';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');

interface ResourceAccess { value: string; type: 'Scope' | 'Role'; requestedBy: string[] }
interface Registration {
  displayName: string;
  signInAudience: string;
  isFallbackPublicClient?: boolean;
  identifierUris?: string[];
  spa?: { redirectUris: string[] };
  requiredResourceAccess: { resource: string; resourceAppId: string; resourceAccess: ResourceAccess[] }[];
}
const registration = JSON.parse(read('deploy/app-registration.json')) as Registration;
const appOnly = JSON.parse(read('deploy/app-registration.app-only.json')) as Registration;

/** Where a surface builds its token requests, and how to read the scopes from that module. */
interface Surface { name: string; file: string; scopes: (module: Record<string, unknown>) => readonly string[] }
const SURFACES: Surface[] = [
  { name: 'teams-app', file: 'teams-app/src/host/graph-token.ts', scopes: (m) => m.GRAPH_SCOPES as string[] },
  {
    name: 'excel-addin',
    file: 'excel-addin/src/taskpane/auth/scopes.ts',
    // SharePoint scopes carry the tenant's host: any *.sharepoint.com host names the same permission.
    scopes: (m) => [...(m.GRAPH_SCOPES as string[]), ...(m.sharePointScopes as (host: string) => string[])('contoso.sharepoint.com')],
  },
  { name: 'gtm provision (device code)', file: 'workbench/src/cli/provision/scopes.ts', scopes: () => provisionDelegatedScopes('https://contoso.sharepoint.com') },
];

const GRAPH = 'https://graph.microsoft.com';
const SHAREPOINT = 'https://microsoft.sharepoint-df.com'; // how the CLI names SharePoint Online's service principal

/**
 * A requested scope as the registration names it: `<resource>/<permission>`.
 * `https://contoso.sharepoint.com/AllSites.Read` → `https://microsoft.sharepoint-df.com/AllSites.Read`.
 */
function permissionOf(scope: string): string {
  const url = new URL(scope);
  const name = url.pathname.slice(1);
  if (url.origin === GRAPH) return `${GRAPH}/${name}`;
  if (url.hostname.endsWith('.sharepoint.com')) return `${SHAREPOINT}/${name}`;
  throw new Error(`scope ${scope} is for neither Microsoft Graph nor SharePoint: add its resource to deploy/app-registration.json`);
}

/** Each surface found in the source, with the permissions it requests. */
function requested(): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const surface of SURFACES) {
    if (!existsSync(path.join(ROOT, surface.file))) continue; // a surface without sign-in yet requests nothing
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require(path.join(ROOT, surface.file)) as Record<string, unknown>;
    found.set(surface.name, new Set(surface.scopes(module).map(permissionOf)));
  }
  return found;
}

function registered(file: Registration, type: 'Scope' | 'Role'): Map<string, string[]> {
  return new Map(
    file.requiredResourceAccess.flatMap((r) => r.resourceAccess.filter((a) => a.type === type).map((a) => [`${r.resource}/${a.value}`, a.requestedBy] as const)),
  );
}

describe('the app registration and the scopes the code requests', () => {
  const bySurface = requested();
  const union = new Set([...bySurface.values()].flatMap((s) => [...s]));
  const delegated = registered(registration, 'Scope');

  it(`reads the scopes each surface requests from its source (found: ${[...bySurface.keys()].join(', ')})`, () => {
    expect([...bySurface.keys()]).toEqual(expect.arrayContaining(['teams-app', 'gtm provision (device code)']));
  });

  it('registers every delegated scope a surface requests', () => {
    const missing = [...union].filter((p) => !delegated.has(p));
    expect(missing).toEqual([]);
  });

  it('registers no delegated scope that no surface requests', () => {
    const unused = [...delegated.keys()].filter((p) => !union.has(p));
    expect(unused).toEqual([]);
  });

  it("names, for each permission, exactly the surfaces that request it (DEPLOY.md's table reads the same)", () => {
    for (const [permission, requestedBy] of delegated) {
      const surfaces = [...bySurface].filter(([, scopes]) => scopes.has(permission)).map(([name]) => name);
      expect({ permission, requestedBy: [...requestedBy].sort() }).toEqual({ permission, requestedBy: surfaces.sort() });
    }
  });

  it('asks for 12 delegated permissions and no application permission: 10 on Graph (MailboxSettings.Read for the next review’s zone), 2 on SharePoint', () => {
    expect(delegated.size).toBe(12);
    expect(registered(registration, 'Role').size).toBe(0);
    expect([...delegated.keys()].filter((p) => p.startsWith(SHAREPOINT))).toEqual([`${SHAREPOINT}/AllSites.Read`, `${SHAREPOINT}/AllSites.Manage`]);
  });

  it('gives the app-only provisioning registration exactly the application permission gtm provision --certificate relies on', () => {
    expect([...registered(appOnly, 'Role').keys()]).toEqual([`${SHAREPOINT}/${PROVISION_APP_ONLY_PERMISSION}`]);
    expect(registered(appOnly, 'Scope').size).toBe(0);
    // the certificate path asks for <origin>/.default, so the grant above is all it gets
    expect(read('workbench/src/cli/provision/site-client.ts')).toContain('provisionAppOnlyScopes(origin)');
  });

  it('keeps gtm provision from naming a scope anywhere but its scopes module', () => {
    expect(read('workbench/src/cli/provision/site-client.ts')).not.toMatch(/AllSites\.|\/\.default/);
  });

  it('commits no secret or certificate', () => {
    for (const file of ['deploy/app-registration.json', 'deploy/app-registration.app-only.json', 'deploy/register-app.js']) {
      expect(read(file)).not.toMatch(/passwordCredentials|keyCredentials|withSecret|BEGIN (RSA |EC )?PRIVATE KEY/);
    }
  });
});

describe('the registration and the hosts', () => {
  const template = JSON.parse(read('teams-app/appPackage/manifest.template.json')) as {
    webApplicationInfo: { id: string; resource: string };
    configurableTabs: { configurationUrl: string }[];
    authorization?: { permissions?: { resourceSpecific?: { name: string; type: string }[] } };
  };

  it("is the registration the Teams manifest's webApplicationInfo names: its client id and its Application ID URI", () => {
    expect(template.webApplicationInfo.id).toBe('{{CLIENT_ID}}');
    // the Teams manifest fills {{DOMAIN}} from the tab's base URL, the registration calls it {{TEAMS_DOMAIN}}
    expect(template.webApplicationInfo.resource.replace('{{DOMAIN}}', '{{TEAMS_DOMAIN}}')).toBe(registration.identifierUris?.[0]);
    expect(template.configurableTabs[0]?.configurationUrl).toContain('clientId={{CLIENT_ID}}');
  });

  it('grants resource-specific (RSC) permissions in Teams only, never as Entra permissions', () => {
    const rsc = template.authorization?.permissions?.resourceSpecific ?? [];
    const entraNames = [...registered(registration, 'Scope').keys()].map((p) => p.split('/').pop());
    for (const permission of rsc) {
      expect(['Delegated', 'Application']).toContain(permission.type);
      expect(entraNames).not.toContain(permission.name);
    }
  });

  it('redirects nested app authentication to the Teams and Excel hosts and the Office dialog to auth-dialog.html', () => {
    expect(registration.spa?.redirectUris).toEqual(['brk-multihub://{{TEAMS_DOMAIN}}', 'brk-multihub://{{EXCEL_DOMAIN}}', '{{EXCEL_BASE_URL}}auth-dialog.html']);
    expect(registration.signInAudience).toBe('AzureADMyOrg');
    expect(registration.isFallbackPublicClient).toBe(true); // gtm provision's device code is a public-client flow
  });
});

describe('deploy/register-app.js', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { registrationArgs } = require('../../deploy/register-app.js') as {
    registrationArgs: (r: Registration, o: Record<string, unknown>) => string[];
  };
  const option = (args: string[], name: string): string | undefined => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };

  it('passes exactly the registered permissions, URIs and flows to m365 entra app add', () => {
    const args = registrationArgs(registration, { teamsBaseUrl: 'https://tabs.contoso.com/gtm/', excelBaseUrl: 'https://addins.contoso.com/gtm/' });
    expect(args.slice(0, 5)).toEqual(['entra', 'app', 'add', '--name', 'GTM suite']);
    expect(new Set(option(args, '--apisDelegated')?.split(','))).toEqual(new Set(registered(registration, 'Scope').keys()));
    expect(option(args, '--platform')).toBe('spa');
    expect(option(args, '--redirectUris')).toBe('brk-multihub://tabs.contoso.com,brk-multihub://addins.contoso.com,https://addins.contoso.com/gtm/auth-dialog.html');
    expect(option(args, '--uri')).toBe('api://tabs.contoso.com/_appId_');
    expect(args).toContain('--allowPublicClientFlows');
    expect(args).not.toContain('--multitenant');
  });

  it('lists a redirect once when Teams and Excel share a host', () => {
    const args = registrationArgs(registration, { teamsBaseUrl: 'https://gtm.contoso.com/teams/', excelBaseUrl: 'https://gtm.contoso.com/excel/' });
    expect(option(args, '--redirectUris')).toBe('brk-multihub://gtm.contoso.com,https://gtm.contoso.com/excel/auth-dialog.html');
  });

  it('registers the app-only registration with its certificate public key and the application permission', () => {
    const args = registrationArgs(appOnly, { certificateFile: 'gtm-provision.cer', grantAdminConsent: true });
    expect(option(args, '--apisApplication')).toBe(`${SHAREPOINT}/Sites.Manage.All`);
    expect(option(args, '--certificateFile')).toBe('gtm-provision.cer');
    expect(args).toContain('--grantAdminConsent');
    expect(args).not.toContain('--apisDelegated');
  });
});
